import type { APIRoute } from 'astro';
import { getArchive } from '../../queries/collections.ts';
import { dialogueFeed } from '../../queries/feeds.ts';

export const GET: APIRoute = async ({ site }) => {
  const xml = await dialogueFeed(await getArchive(), site!);
  return new Response(xml, { headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' } });
};
