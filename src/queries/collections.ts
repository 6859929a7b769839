/**
 * The only module that reads the content collections. Every page, feed and index gets its
 * records from `getArchive()`, so they all agree on what is published: the published site
 * holds published essays only; the dev preview also shows drafts and scheduled essays,
 * which pages mark with a banner.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { today } from '../config.ts';
import { buildArchive, type Archive as PureArchive } from '../lib/archive.ts';

export type Essay = CollectionEntry<'essays'>;
export type Dialogue = CollectionEntry<'dialogues'>;
export type Partner = CollectionEntry<'partners'>;
export type Person = CollectionEntry<'people'>;
export type Topic = CollectionEntry<'topics'>;
export type Page = CollectionEntry<'pages'>;
export type Archive = PureArchive<Essay, Dialogue, Partner, Person, Topic, Page>;

async function load(): Promise<Archive> {
  const [essays, dialogues, partners, people, topics, pages] = await Promise.all([
    getCollection('essays'),
    getCollection('dialogues'),
    getCollection('partners'),
    getCollection('people'),
    getCollection('topics'),
    getCollection('pages'),
  ]);
  return buildArchive(
    { essays, dialogues, partners, people, topics, pages },
    { today: today(), includeUnpublished: import.meta.env.ARCHIVE_PREVIEW === true },
  );
}

let cached: Promise<Archive> | undefined;

/** The archive of this build (read once per build; afresh on every request in dev). */
export function getArchive(): Promise<Archive> {
  if (import.meta.env.ARCHIVE_PREVIEW) return load();
  cached ??= load();
  return cached;
}
