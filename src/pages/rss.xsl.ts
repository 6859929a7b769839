/** The stylesheet every feed names, so a feed opened in a browser reads as a page in the site's language. */
import type { APIRoute } from 'astro';
import { SITE } from '../config.ts';
import { feedStylesheet } from '../lib/feed-stylesheet.ts';
import { interfaceFor } from '../lib/i18n/index.ts';

export const GET: APIRoute = () => {
  const { lang, t } = interfaceFor(SITE.lang);
  return new Response(feedStylesheet(t.feeds.stylesheet, lang), { headers: { 'Content-Type': 'text/xsl; charset=utf-8' } });
};
