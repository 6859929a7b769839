import type { APIRoute } from 'astro';
import { getArchive, type Partner } from '../../../queries/collections.ts';
import { essayFeed, feedLinks, feedWords } from '../../../queries/feeds.ts';
import { entryPath } from '../../../lib/urls.ts';

export async function getStaticPaths() {
  const archive = await getArchive();
  return archive.partners.map((partner) => ({ params: { id: partner.id }, props: { partner } }));
}

export const GET: APIRoute<{ partner: Partner }> = async ({ props: { partner }, site }) => {
  const archive = await getArchive();
  const description = feedWords.partnerChannel(partner.data.name);
  const xml = await essayFeed(
    archive,
    site!,
    feedLinks.partner(partner),
    entryPath('partners', partner.id),
    description,
    archive.essaysOfPartner(partner.id),
  );
  return new Response(xml, { headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' } });
};
