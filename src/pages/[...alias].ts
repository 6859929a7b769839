/**
 * Old addresses of essays (their `aliases`) keep working: each gets a small page that
 * redirects to the essay (meta refresh + canonical) and says where it went.
 * An endpoint rather than a page, so that "/news/old.html" is written as that very file.
 */
import type { APIRoute } from 'astro';
import { BASE, SITE } from '../config.ts';
import { getArchive } from '../queries/collections.ts';
import { aliasOutputFile, entryPath, withBase } from '../lib/urls.ts';
import { redirectPageHtml } from '../lib/redirect-page.ts';

export async function getStaticPaths() {
  const archive = await getArchive();
  return archive.essays.flatMap((essay) =>
    essay.data.aliases.map((alias) => ({
      params: { alias: aliasOutputFile(alias) },
      props: { title: essay.data.title, path: entryPath('essays', essay.id) },
    })),
  );
}

export const GET: APIRoute<{ title: string; path: string }> = ({ props, site }) => {
  const target = withBase(props.path, BASE);
  const html = redirectPageHtml({ target, canonical: new URL(target, site).href, title: props.title, siteTitle: SITE.title });
  return new Response(html, { headers: { 'Content-Type': 'text/html; charset=utf-8' } });
};
