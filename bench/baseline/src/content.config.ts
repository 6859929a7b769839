import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';

export const collections = {
  essays: defineCollection({
    loader: glob({ base: process.env.BASELINE_ESSAYS ?? './essays', pattern: '**/*.{md,mdx}' }),
    schema: z.looseObject({ title: z.string(), description: z.string(), pubDate: z.coerce.date() }),
  }),
};
