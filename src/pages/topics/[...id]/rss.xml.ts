import type { APIRoute } from 'astro';
import { getArchive, type Topic } from '../../../queries/collections.ts';
import { essayFeed, feedLinks, feedWords } from '../../../queries/feeds.ts';
import { entryPath } from '../../../lib/urls.ts';

export async function getStaticPaths() {
  const archive = await getArchive();
  return archive.topics.map((topic) => ({ params: { id: topic.id }, props: { topic } }));
}

export const GET: APIRoute<{ topic: Topic }> = async ({ props: { topic }, site }) => {
  const archive = await getArchive();
  const xml = await essayFeed(
    archive,
    site!,
    feedLinks.topic(topic),
    entryPath('topics', topic.id),
    feedWords.topicChannel(topic.data.name),
    archive.essaysOfTopic(topic.id),
  );
  return new Response(xml, { headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' } });
};
