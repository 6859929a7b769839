/**
 * Wiring only: one glob loader and one schema per collection, all from src/schemas/. The
 * folder comes from CONTENT_DIR (default content/). Files and folders starting with "_"
 * are ignored. The id is the path without extension, exactly as the validator computes it.
 *
 * Bodies are not kept in the data store once rendered: every page would otherwise load the
 * Markdown of the whole archive a second time (the store is read in one piece). Essays keep
 * what the pages need from theirs, the reading time, computed as they are loaded.
 */
import { join } from 'node:path';
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import type { Loader } from 'astro/loaders';
import { contentDir } from './config';
import { readingMinutes } from './lib/reading-time';
import { dialogueSchema } from './schemas/dialogues';
import { createEssaySchema } from './schemas/essays';
import { pageSchema } from './schemas/pages';
import { partnerSchema } from './schemas/partners';
import { personSchema } from './schemas/people';
import { topicSchema } from './schemas/topics';

function loader(folder: string, extensions: string, options: { readingTime?: boolean } = {}): Loader {
  const files = glob({
    base: join(contentDir(), folder),
    pattern: [`**/*.${extensions}`, '!**/_*', '!**/_*/**'],
    generateId: ({ entry }) => entry.replace(/\.mdx?$/, ''),
    retainBody: Boolean(options.readingTime),
  });
  return {
    name: `archive-${folder}`,
    load: (context) =>
      files.load({
        ...context,
        store: new Proxy(context.store, {
          get(target, property) {
            if (property === 'set') {
              // What the pages never read stays out of the store: the body (after the reading
              // time is taken from it) and the copy of the frontmatter in the render metadata.
              return ({ body, rendered, ...entry }: Parameters<typeof target.set>[0]) => {
                const { frontmatter: _, ...metadata } = rendered?.metadata ?? {};
                return target.set({
                  ...entry,
                  ...(rendered ? { rendered: { ...rendered, metadata: metadata as NonNullable<typeof rendered.metadata> } } : {}),
                  ...(options.readingTime ? { data: { ...entry.data, readingMinutes: readingMinutes(body ?? '') } } : {}),
                });
              };
            }
            const value = Reflect.get(target, property, target) as unknown;
            return typeof value === 'function' ? value.bind(target) : value;
          },
        }),
      }),
  };
}

export const collections = {
  partners: defineCollection({ loader: loader('partners', 'md'), schema: partnerSchema }),
  people: defineCollection({ loader: loader('people', 'md'), schema: personSchema }),
  topics: defineCollection({ loader: loader('topics', 'md'), schema: topicSchema }),
  dialogues: defineCollection({ loader: loader('dialogues', 'md'), schema: dialogueSchema }),
  essays: defineCollection({ loader: loader('essays', '{md,mdx}', { readingTime: true }), schema: ({ image }) => createEssaySchema(image()) }),
  pages: defineCollection({ loader: loader('pages', 'md'), schema: pageSchema }),
};
