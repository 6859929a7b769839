import { z } from 'astro/zod';
import { countryCode, noRepeats, text, webUrl } from './fields.ts';

export const PARTNER_KINDS = ['think-tank', 'diplomatic-academy', 'research-network', 'university', 'government', 'forum'] as const;
export const PARTNER_RELATIONSHIPS = ['reciprocal', 'supported', 'ad-hoc', 'external-forum'] as const;

/** partners/*.md: an institution or forum the programme holds dialogues with. Body: its profile. */
export const partnerSchema = z.strictObject({
  /** Full name, as the institution writes it. */
  name: text().describe('Full name, as the institution writes it'),
  /** Short name or acronym used in lists ("ICWA"). */
  shortName: text(40).optional().describe('Short name or acronym used in lists, e.g. ICWA'),
  /** Countries the partner belongs to (ISO codes); a regional network lists its members. */
  countries: z
    .array(countryCode)
    .min(1, 'must list at least one country code, e.g. [KR]')
    .superRefine(noRepeats)
    .describe('ISO 3166-1 alpha-2 codes, e.g. [KR]'),
  /** What kind of institution it is. */
  kind: z.enum(PARTNER_KINDS).describe('What kind of institution it is'),
  /** How the programme works with it. */
  relationship: z.enum(PARTNER_RELATIONSHIPS).describe('How the programme works with it'),
  /** Year the relationship began. */
  since: z
    .int('must be a year, e.g. 2012')
    .min(1900, 'must be a year, e.g. 2012')
    .max(2100, 'must be a year, e.g. 2012')
    .optional()
    .describe('Year the relationship began'),
  /** The partner's own website. */
  website: webUrl.optional().describe("The partner's own website (https://…)"),
});

export type PartnerData = z.output<typeof partnerSchema>;
