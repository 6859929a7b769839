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
import { interfaceFor } from '../lib/i18n/index.ts';

export async function getStaticPaths() {
  const archive = await getArchive();
  return archive.essays.flatMap((essay) =>
    essay.data.aliases.map((alias) => ({
      params: { alias: aliasOutputFile(alias) },
      props: { title: essay.data.title, lang: essay.data.lang, path: entryPath('essays', essay.id) },
    })),
  );
}

export const GET: APIRoute<{ title: string; lang: string; path: string }> = ({ props, site }) => {
  const target = withBase(props.path, BASE);
  // In the essay's language where it has a dictionary, as the essay's page is.
  const ui = interfaceFor(props.lang, SITE.lang);
  const html = redirectPageHtml({
    target,
    canonical: new URL(target, site).href,
    title: props.title,
    siteTitle: SITE.title,
    lang: ui.lang,
    titleLang: props.lang,
    words: ui.t.site.redirect,
  });
  return new Response(html, { headers: { 'Content-Type': 'text/html; charset=utf-8' } });
};
