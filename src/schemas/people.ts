import { z } from 'astro/zod';
import { everyField, noRepeats, text, webUrl } from './fields.ts';

export const PERSON_ROLES = [
  'academic',
  'former-diplomat',
  'diplomat',
  'journalist',
  'commentator',
  'official',
  'youth-observer',
  'staff',
  'business',
] as const;

/** people/*.md: a delegate, author or staff member. Body: a short biography. */
export const personSchema = z
  .strictObject({
    /** Name as the person writes it, in any script ("Alex Tan", "김민수"). */
    name: text().describe('Name as the person writes it, in any script'),
    /** Roles, most important first: the first one is used when a delegation is shown as counts. */
    roles: z
      .array(z.enum(PERSON_ROLES))
      .min(1, 'must list at least one role, e.g. [academic]')
      .superRefine(noRepeats)
      .describe('Roles, most important first (the first counts for delegation summaries)'),
    /** Family name, for citations, when the last word of `name` is not it (e.g. "Nguyễn"). */
    familyName: text().optional().describe('Family name for citations, when it is not the last word of name'),
    /** Given name(s), for citations, with familyName. */
    givenName: text().optional().describe('Given name(s) for citations, with familyName'),
    /** Institution the person is with. */
    affiliation: text().optional().describe('Institution the person is with'),
    /** Position held there. */
    position: text().optional().describe('Position held there'),
    /** Personal or institutional web page. */
    website: webUrl.optional().describe('Personal or institutional web page (https://…)'),
  })
  .superRefine(
    (data, ctx) => {
      if (data.givenName && !data.familyName) ctx.addIssue({ code: 'custom', path: ['givenName'], message: 'needs familyName beside it' });
    },
    { when: everyField },
  );

export type PersonData = z.output<typeof personSchema>;
