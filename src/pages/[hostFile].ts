/**
 * The host files of Netlify and Cloudflare Pages: dist/_redirects, where every old address
 * of a published essay answers with a real 301 to its page (the HTML redirect pages stay for
 * hosts without it), and dist/_headers with the security headers (lib/security-headers.ts).
 * (The route is a parameter because Astro ignores page files named "_…".)
 */
import type { APIRoute } from 'astro';
import { getArchive } from '../queries/collections.ts';
import { entryPath, withBase } from '../lib/urls.ts';
import { redirectRules } from '../lib/redirect-page.ts';
import { headersFile } from '../lib/security-headers.ts';
import { BASE, SETTINGS } from '../config.ts';

export function getStaticPaths() {
  return [
    { params: { hostFile: '_redirects' }, props: { file: 'redirects' } },
    { params: { hostFile: '_headers' }, props: { file: 'headers' } },
  ];
}

export const GET: APIRoute<{ file: 'redirects' | 'headers' }> = async ({ props }) => {
  if (props.file === 'headers') {
    return new Response(headersFile(BASE, SETTINGS.cms.enabled), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
  }
  const archive = await getArchive();
  const rules = archive.essays.flatMap((essay) =>
    essay.data.aliases.map((alias) => ({ from: withBase(alias, BASE), to: withBase(entryPath('essays', essay.id), BASE) })),
  );
  return new Response(redirectRules(rules), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
