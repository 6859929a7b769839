/**
 * Wiring only: one glob loader and one schema per collection, all from src/schemas/. The
 * folder comes from CONTENT_DIR (default content/). Files and folders starting with "_"
 * are ignored. The id is the path without extension, exactly as the validator computes it.
 */
import { join } from 'node:path';
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { contentDir } from './config.ts';
import { dialogueSchema } from './schemas/dialogues.ts';
import { createEssaySchema } from './schemas/essays.ts';
import { pageSchema } from './schemas/pages.ts';
import { partnerSchema } from './schemas/partners.ts';
import { personSchema } from './schemas/people.ts';
import { topicSchema } from './schemas/topics.ts';

function loader(folder: string, extensions: string) {
  return glob({
    base: join(contentDir(), folder),
    pattern: [`**/*.${extensions}`, '!**/_*', '!**/_*/**'],
    generateId: ({ entry }) => entry.replace(/\.mdx?$/, ''),
  });
}

export const collections = {
  partners: defineCollection({ loader: loader('partners', 'md'), schema: partnerSchema }),
  people: defineCollection({ loader: loader('people', 'md'), schema: personSchema }),
  topics: defineCollection({ loader: loader('topics', 'md'), schema: topicSchema }),
  dialogues: defineCollection({ loader: loader('dialogues', 'md'), schema: dialogueSchema }),
  essays: defineCollection({ loader: loader('essays', '{md,mdx}'), schema: ({ image }) => createEssaySchema(image()) }),
  pages: defineCollection({ loader: loader('pages', 'md'), schema: pageSchema }),
};
