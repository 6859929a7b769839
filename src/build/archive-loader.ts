/**
 * The archive's content loader: Astro's glob loader, with two changes to what it keeps.
 *
 * What it works around: Astro's data store is read in one piece by every page process and
 * embedded whole in the server bundle, and by default it holds each entry's Markdown body and
 * rendered HTML (astro/dist/content/data-store, the glob loader's `retainBody` and
 * `rendered`). Each page shows one body, and only the main feed shows them all. So:
 * - bodies are not kept once rendered; essays keep what the pages need from theirs, the
 *   reading time, computed as they are loaded;
 * - the rendered HTML is kept in pack files beside the store (build/html-shelf.ts) and read
 *   back by the page that shows it (queries/render.ts);
 * - frontmatter the validator has already parsed with the same schema is not parsed again
 *   (build/validated-handoff.ts).
 * Entries kept from a build whose schemas differed are dropped (build/stored-shape.ts).
 * Files and folders starting with "_" are ignored. The id is the path without extension,
 * exactly as the validator computes it.
 *
 * With `publishedOnly` (essays in `astro build`), essays that are not published on the build
 * day are not loaded at all. An entry in the store is built into the site whether or not a
 * page shows it: Astro imports every image an entry names (its lead image, the images in its
 * text) and every MDX module, and copies them to `_astro/`, original bytes and metadata
 * included, and a draft's image would be public at an address nobody links to. The rule is
 * lib/visibility.ts, the day src/config.ts `today()`; `astro dev` loads every essay and shows
 * the unpublished ones with a banner.
 *
 * Measured with `npm run bench -- --essays 4000 --repeat 3` (docs/performance.md): without
 * the shelf and the handoff the build takes longer and its peak memory is higher.
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { glob } from 'astro/loaders';
import type { Loader, ParseDataOptions } from 'astro/loaders';
import { today } from '../config.ts';
import { markdownText } from '../lib/markdown-text.ts';
import { readingMinutesOfText } from '../lib/reading-time.ts';
import { essayVisibility, type Publishable } from '../lib/visibility.ts';
import { HtmlShelf, shelvedPlace } from './html-shelf.ts';
import { storedShapeDigest } from './stored-shape.ts';
import { astroData, takeValidated } from './validated-handoff.ts';

/** The loader of one collection folder under `contentDir`, for files matching `extensions` ("md", "{md,mdx}"). */
export function archiveLoader(
  contentDir: string,
  folder: string,
  extensions: string,
  options: { readingTime?: boolean; publishedOnly?: boolean } = {},
): Loader {
  const files = glob({
    base: join(contentDir, folder),
    pattern: [`**/*.${extensions}`, '!**/_*', '!**/_*/**'],
    generateId: ({ entry }) => entry.replace(/\.mdx?$/, ''),
    retainBody: Boolean(options.readingTime),
  });
  return {
    name: `archive-${folder}`,
    load: async (context) => {
      // Rendered bodies go to packs beside the store; `astro dev` and
      // `astro build` keep separate stores, so they keep separate shelves.
      const shelf = new HtmlShelf(
        fileURLToPath(new URL(`rendered-html/${context.watcher ? 'dev' : 'build'}/${folder}/`, context.config.cacheDir)),
      );
      // Entries kept by a build whose schemas or loader differed are loaded afresh (stored-shape.ts).
      const shape = storedShapeDigest(fileURLToPath(context.config.root));
      if (context.meta.get('stored-shape') !== shape) {
        context.store.clear();
        context.meta.set('stored-shape', shape);
      }
      // Entries whose pack has gone, or is mostly old bodies, are loaded afresh.
      for (const id of shelf.stale(context.store.values())) context.store.delete(id);
      const day = today();
      const kept = (data: unknown) => !options.publishedOnly || essayVisibility(data as Publishable, day) === 'published';
      // The glob loader keeps an unchanged entry from an earlier build as it is, imports and
      // all: one published then (a later BUILD_DATE) may not be now.
      for (const entry of context.store.values()) if (!kept(entry.data)) context.store.delete(entry.id);
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
                if (!kept(entry.data)) return false;
                const { frontmatter: _, ...metadata } = rendered?.metadata ?? {};
                return target.set({
                  ...entry,
                  ...(rendered ? { rendered: shelf.put({ ...rendered, metadata }) } : {}),
                  ...(options.readingTime
                    ? { data: { ...entry.data, readingMinutes: readingMinutesOfText(markdownText(body ?? '')) } }
                    : {}),
                });
              };
            }
            const value = Reflect.get(target, property, target) as unknown;
            return typeof value === 'function' ? value.bind(target) : value;
          },
        }),
      });
      shelf.goLive();
      shelf.prune(context.store.values().flatMap((entry) => shelvedPlace(entry.rendered) ?? []));
    },
  };
}
