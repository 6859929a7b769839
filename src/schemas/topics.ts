import { z } from 'astro/zod';
import { text } from './fields.ts';

/** topics/*.md: a theme that essays and dialogues are filed under. Body: optional introduction. */
export const topicSchema = z.strictObject({
  /** Name of the topic. */
  name: text().describe('Name of the topic'),
  /** One or two sentences shown in lists and search results. */
  description: text(200).optional().describe('One or two sentences for lists (at most 200 characters)'),
});

export type TopicData = z.output<typeof topicSchema>;
