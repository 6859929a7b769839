/**
 * Wiring only: one glob loader and one schema per collection, all from src/schemas/. The
 * folder comes from CONTENT_DIR (default content/). Files and folders starting with "_"
 * are ignored. The id is the path without extension, exactly as the validator computes it.
 *
 * Bodies are not kept in the data store once rendered: every page would otherwise load the
 * Markdown of the whole archive a second time (the store is read in one piece). Essays keep
 * what the pages need from theirs, the reading time, computed as they are loaded. The
 * rendered HTML is kept in pack files beside the store (lib/html-shelf.ts), read back by
 * the page that shows it (queries/render.ts).
 *
 * Frontmatter is not parsed twice: the build has validated every file with these schemas
 * before Astro reads any, and the loaders take that data (validation/handoff.ts).
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import type { Loader, ParseDataOptions } from 'astro/loaders';
import { contentDir } from './config';
import { HtmlShelf, shelvedPlace } from './lib/html-shelf';
import { forgetSharedMarkdownTexts, takeMarkdownText } from './lib/markdown-text';
import { readingMinutesOfText } from './lib/reading-time';
import { contentLayerSchemas as schemas } from './schemas/index';
import { astroData, takeValidated } from './validation/handoff';

function loader(folder: string, extensions: string, options: { readingTime?: boolean } = {}): Loader {
  const files = glob({
    base: join(contentDir(), folder),
    pattern: [`**/*.${extensions}`, '!**/_*', '!**/_*/**'],
    generateId: ({ entry }) => entry.replace(/\.mdx?$/, ''),
    retainBody: Boolean(options.readingTime),
  });
  return {
    name: `archive-${folder}`,
    load: async (context) => {
      // Rendered bodies go to packs beside the store (lib/html-shelf.ts); `astro dev` and
      // `astro build` keep separate stores, so they keep separate shelves.
      const shelf = new HtmlShelf(fileURLToPath(new URL(`rendered-html/${context.watcher ? 'dev' : 'build'}/${folder}/`, context.config.cacheDir)));
      // Entries whose pack has gone, or is mostly old bodies, are loaded afresh.
      for (const id of shelf.stale(context.store.values())) context.store.delete(id);
      await files.load({
        ...context,
        // Frontmatter the validator has already parsed with the same schema is not parsed again.
        parseData: async <TData extends Record<string, unknown>>(props: ParseDataOptions<TData>): Promise<TData> => {
          const validated = props.filePath ? takeValidated(props.filePath) : undefined;
          return validated ? (astroData(validated) as TData) : context.parseData(props);
        },
        store: new Proxy(context.store, {
          get(target, property) {
            if (property === 'set') {
              // What the pages never read stays out of the store: the body (after the reading
              // time is taken from it) and the copy of the frontmatter in the render metadata.
              // The rendered HTML is kept beside the store.
              return ({ body, rendered, ...entry }: Parameters<typeof target.set>[0]) => {
                const { frontmatter: _, ...metadata } = rendered?.metadata ?? {};
                return target.set({
                  ...entry,
                  ...(rendered ? { rendered: shelf.put({ ...rendered, metadata }) } : {}),
                  ...(options.readingTime ? { data: { ...entry.data, readingMinutes: readingMinutesOfText(takeMarkdownText(body ?? '')) } } : {}),
                });
              };
            }
            const value = Reflect.get(target, property, target) as unknown;
            return typeof value === 'function' ? value.bind(target) : value;
          },
        }),
      });
      if (options.readingTime) forgetSharedMarkdownTexts();
      shelf.goLive();
      shelf.prune(context.store.values().flatMap((entry) => shelvedPlace(entry.rendered) ?? []));
    },
  };
}

export const collections = {
  partners: defineCollection({ loader: loader('partners', 'md'), schema: schemas.partners }),
  people: defineCollection({ loader: loader('people', 'md'), schema: schemas.people }),
  topics: defineCollection({ loader: loader('topics', 'md'), schema: schemas.topics }),
  dialogues: defineCollection({ loader: loader('dialogues', 'md'), schema: schemas.dialogues }),
  essays: defineCollection({ loader: loader('essays', '{md,mdx}', { readingTime: true }), schema: ({ image }) => schemas.essays({ image }) }),
  pages: defineCollection({ loader: loader('pages', 'md'), schema: schemas.pages }),
};
