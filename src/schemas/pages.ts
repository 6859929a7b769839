import { z } from 'astro/zod';
import { text } from './fields.ts';

/** pages/*.md: a standalone page (about the programme, how delegates are chosen, NextGen). */
export const pageSchema = z.strictObject({
  /** Page title. */
  title: text().describe('Page title'),
  /** One sentence for search engines and link previews. */
  description: text(300).describe('One sentence for search engines and link previews'),
  /** Position in the site menu (lower first); pages without it are not in the menu. */
  order: z
    .int('must be a whole number, e.g. 1')
    .optional()
    .describe('Position in the site menu (lower first); omit to keep it out of the menu'),
});

export type PageData = z.output<typeof pageSchema>;
