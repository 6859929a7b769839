import { z } from 'astro/zod';
import { countryCode, datePrecision, everyField, isoDate, references, text } from './fields.ts';

export const DIALOGUE_FORMATS = ['track-2', 'track-1.5', 'roundtable', 'external-forum'] as const;

/** dialogues/*.md: one meeting. Body: an account of it (what was discussed, not who said what). */
export const dialogueSchema = z
  .strictObject({
    /** Title of the meeting. */
    title: text().describe('Title of the meeting'),
    /** Kind of meeting. */
    format: z.enum(DIALOGUE_FORMATS).describe('Kind of meeting'),
    /** Partner ids (files in partners/); the first is the main partner of the series. */
    partners: references('partners', { min: 1 }).describe('Partner ids, main partner first'),
    /** Number of the meeting in its series (12 for the 12th dialogue). */
    edition: z.int('must be a whole number, e.g. 12').positive('must be 1 or more').optional().describe('Number in its series, e.g. 12'),
    /** First day, YYYY-MM-DD. */
    startDate: isoDate().describe('First day, YYYY-MM-DD'),
    /** Last day, YYYY-MM-DD (omit for one-day meetings). */
    endDate: isoDate().optional().describe('Last day, YYYY-MM-DD'),
    /** How much of the date is known; "month" shows "July 2025". */
    datePrecision: datePrecision.describe('How much of the date is known: day, month or year'),
    /** Where it took place. */
    location: z
      .strictObject({
        city: text().describe('City'),
        country: countryCode.describe('ISO country code'),
      })
      .describe('Where it took place'),
    /** Topic ids. */
    topics: references('topics').default([]).describe('Topic ids'),
    /** Person ids of the delegation. Under the Chatham House Rule they are never shown by name. */
    delegates: references('people').default([]).describe('Person ids of the delegation'),
    /** Whether the Chatham House Rule applies: delegates are then shown only as counts by role. */
    chathamHouse: z.boolean('must be true or false').default(true).describe('Chatham House Rule: hide the names of delegates'),
    /** Two or three sentences for lists and feeds. */
    summary: text(400).describe('Two or three sentences for lists and feeds (at most 400 characters)'),
  })
  .superRefine(
    (data, ctx) => {
      if (data.endDate instanceof Date && data.startDate instanceof Date && data.endDate < data.startDate) {
        ctx.addIssue({ code: 'custom', path: ['endDate'], message: 'must not be before startDate' });
      }
    },
    { when: everyField },
  );

export type DialogueData = z.output<typeof dialogueSchema>;
