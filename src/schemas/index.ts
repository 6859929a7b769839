import type { z } from 'astro/zod';
import { dialogueSchema } from './dialogues.ts';
import { essayContentLayerSchema, essaySchema } from './essays.ts';
import type { CollectionName } from './fields.ts';
import { pageSchema } from './pages.ts';
import { partnerSchema } from './partners.ts';
import { personSchema } from './people.ts';
import { topicSchema } from './topics.ts';

export { COLLECTION_NAMES, ID_PATTERN } from './fields.ts';
export type { CollectionName } from './fields.ts';

/** How each collection is stored: its schema and the file types it accepts. */
export interface CollectionSpec {
  schema: z.ZodType;
  extensions: readonly string[];
  /** Singular noun for messages ("essay"). */
  noun: string;
}

/** The single registry of collections, read by the Astro wiring and the validator alike. */
export const COLLECTIONS: Record<CollectionName, CollectionSpec> = {
  partners: { schema: partnerSchema, extensions: ['.md'], noun: 'partner' },
  people: { schema: personSchema, extensions: ['.md'], noun: 'person' },
  topics: { schema: topicSchema, extensions: ['.md'], noun: 'topic' },
  dialogues: { schema: dialogueSchema, extensions: ['.md'], noun: 'dialogue' },
  essays: { schema: essaySchema, extensions: ['.md', '.mdx'], noun: 'essay' },
  pages: { schema: pageSchema, extensions: ['.md'], noun: 'page' },
};

/**
 * Each collection's schema as Astro's content layer takes it (src/content.config.ts): the
 * same schemas, with the essays' `image.src` through Astro's `image()`.
 */
export const contentLayerSchemas = {
  partners: partnerSchema,
  people: personSchema,
  topics: topicSchema,
  dialogues: dialogueSchema,
  essays: essayContentLayerSchema,
  pages: pageSchema,
} satisfies Record<CollectionName, unknown>;
