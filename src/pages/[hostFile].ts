/**
 * The host files of Netlify and Cloudflare Pages: dist/_redirects, where every old address
 * of a published essay answers with a real 301 to its page (the HTML redirect pages stay for
 * hosts without it), and dist/_headers with the security headers (lib/security-headers.ts).
 * (The route is a parameter because Astro ignores page files named "_…".)
 */
import type { APIRoute } from 'astro';
import { getArchive } from '../queries/archive.ts';
import { sitePath } from '../lib/site-path.ts';
import { entryPath } from '../lib/urls.ts';
import { redirectRules } from '../lib/redirect-page.ts';
import { headersFile } from '../lib/security-headers.ts';
import { basePath } from '../config.ts';
import { cmsEnabled } from '../integrations/cms-admin.ts';

export function getStaticPaths() {
  return [
    { params: { hostFile: '_redirects' }, props: { file: 'redirects' } },
    { params: { hostFile: '_headers' }, props: { file: 'headers' } },
  ];
}

export const GET: APIRoute<{ file: 'redirects' | 'headers' }> = async ({ props }) => {
  if (props.file === 'headers') {
    return new Response(headersFile(basePath(), cmsEnabled()), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
  }
  const archive = await getArchive();
  const rules = archive.essays.flatMap((essay) => essay.data.aliases.map((alias) => ({ from: sitePath(alias), to: sitePath(entryPath('essays', essay.id)) })));
  return new Response(redirectRules(rules), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
