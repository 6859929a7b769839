import type { APIRoute } from 'astro';
import { SITE } from '../../../config.ts';
import { getArchive, type Essay } from '../../../queries/collections.ts';
import { feedLinks, fullTextEssayFeed, languageFeedName, languageFeeds } from '../../../queries/feeds.ts';

/** One full-text feed per language the published essays are written in: /feeds/essays/ko.xml. */
export async function getStaticPaths() {
  const archive = await getArchive();
  return languageFeeds(archive).map(({ lang, essays }) => ({ params: { lang: lang.toLowerCase() }, props: { lang, essays } }));
}

export const GET: APIRoute<{ lang: string; essays: Essay[] }> = async ({ props: { lang, essays }, site }) => {
  const archive = await getArchive();
  // The channel speaks the language of its items, as far as the site has its words.
  const description = `${languageFeedName(lang)} · ${SITE.publisher}`;
  const body = fullTextEssayFeed(archive, site!, feedLinks.language(lang), '/essays/', description, essays);
  return new Response(body, { headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' } });
};
