import type { APIRoute } from 'astro';
import { getArchive, type Person } from '../../../queries/collections.ts';
import { essayFeed, feedLinks, feedWords } from '../../../queries/feeds.ts';
import { entryPath } from '../../../lib/urls.ts';

export async function getStaticPaths() {
  const archive = await getArchive();
  return archive.people.map((person) => ({ params: { id: person.id }, props: { person } }));
}

export const GET: APIRoute<{ person: Person }> = async ({ props: { person }, site }) => {
  const archive = await getArchive();
  const xml = await essayFeed(
    archive,
    site!,
    feedLinks.person(person),
    entryPath('people', person.id),
    feedWords.personChannel(person.data.name),
    archive.essaysByAuthor(person.id),
  );
  return new Response(xml, { headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' } });
};
