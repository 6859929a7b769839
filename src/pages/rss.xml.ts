import type { APIRoute } from 'astro';
import { SITE } from '../config.ts';
import { getArchive } from '../queries/collections.ts';
import { feedLinks, feedWords, fullTextEssayFeed } from '../queries/feeds.ts';

export const GET: APIRoute = async ({ site }) => {
  const archive = await getArchive();
  const body = fullTextEssayFeed(archive, site!, feedLinks.essays(), '/essays/', feedWords.essaysChannel(SITE.publisher), archive.essays);
  return new Response(body, { headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' } });
};
