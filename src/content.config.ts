/**
 * Wiring only: one loader and one schema per collection, all from src/schemas/. The folder
 * comes from CONTENT_DIR (default content/); the loader is build/archive-loader.ts.
 */
import { defineCollection } from 'astro:content';
import { archiveLoader } from './build/archive-loader';
import { SETTINGS } from './config';
import { contentLayerSchemas as schemas } from './schemas/index';

const loader = (folder: string, extensions: string, options: { readingTime?: boolean; publishedOnly?: boolean } = {}) =>
  archiveLoader(SETTINGS.contentDir, folder, extensions, options);

export const collections = {
  partners: defineCollection({ loader: loader('partners', 'md'), schema: schemas.partners }),
  people: defineCollection({ loader: loader('people', 'md'), schema: schemas.people }),
  topics: defineCollection({ loader: loader('topics', 'md'), schema: schemas.topics }),
  dialogues: defineCollection({ loader: loader('dialogues', 'md'), schema: schemas.dialogues }),
  essays: defineCollection({
    // Unpublished essays are loaded by `astro dev` only (build/archive-loader.ts).
    loader: loader('essays', '{md,mdx}', { readingTime: true, publishedOnly: import.meta.env.ARCHIVE_PREVIEW !== true }),
    schema: ({ image }) => schemas.essays({ image }),
  }),
  pages: defineCollection({ loader: loader('pages', 'md'), schema: schemas.pages }),
};
