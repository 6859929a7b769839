/** Words shown to readers for the archive's enumerated values. */
import type { DIALOGUE_FORMATS } from '../schemas/dialogues.ts';
import type { PARTNER_KINDS, PARTNER_RELATIONSHIPS } from '../schemas/partners.ts';
import type { PERSON_ROLES } from '../schemas/people.ts';

export type Role = (typeof PERSON_ROLES)[number];
export type DialogueFormat = (typeof DIALOGUE_FORMATS)[number];
export type PartnerKind = (typeof PARTNER_KINDS)[number];
export type Relationship = (typeof PARTNER_RELATIONSHIPS)[number];
export type RecordType = 'essay' | 'dialogue' | 'partner' | 'person' | 'topic' | 'page';

/*
 * The English names below are the English dictionary's (i18n/en.ts); every other language
 * names them in its own dictionary.
 */

export const ROLE_LABELS: Record<Role, { one: string; many: string }> = {
  academic: { one: 'academic', many: 'academics' },
  'former-diplomat': { one: 'former diplomat', many: 'former diplomats' },
  diplomat: { one: 'diplomat', many: 'diplomats' },
  journalist: { one: 'journalist', many: 'journalists' },
  commentator: { one: 'commentator', many: 'commentators' },
  official: { one: 'official', many: 'officials' },
  'youth-observer': { one: 'youth observer', many: 'youth observers' },
  staff: { one: 'programme staff member', many: 'programme staff' },
  business: { one: 'business representative', many: 'business representatives' },
};

export const FORMAT_LABELS: Record<DialogueFormat, string> = {
  'track-2': 'Track II dialogue',
  'track-1.5': 'Track 1.5 dialogue',
  roundtable: 'Roundtable',
  'external-forum': 'External forum',
};

export const KIND_LABELS: Record<PartnerKind, string> = {
  'think-tank': 'Think tank',
  'diplomatic-academy': 'Diplomatic academy',
  'research-network': 'Research network',
  university: 'University',
  government: 'Government',
  forum: 'Forum',
};

export const RELATIONSHIP_LABELS: Record<Relationship, string> = {
  reciprocal: 'Reciprocal annual dialogue',
  supported: 'Dialogue supported by the programme',
  'ad-hoc': 'Ad hoc engagement',
  'external-forum': 'External forum the programme takes part in',
};

export const RECORD_TYPE_LABELS: Record<RecordType, string> = {
  essay: 'Essay',
  dialogue: 'Dialogue',
  partner: 'Partner',
  person: 'Person',
  topic: 'Topic',
  page: 'Page',
};

/** "1st", "2nd", "12th", "23rd". */
export function ordinal(n: number): string {
  const tens = n % 100;
  if (tens >= 11 && tens <= 13) return `${n}th`;
  return `${n}${['th', 'st', 'nd', 'rd'][n % 10] ?? 'th'}`;
}

/**
 * The `Intl` locale of a language tag: English is written as in Britain and New Zealand
 * ("14 July 2025", "A, B and C"); a tag `Intl` has no data for falls back to that too, rather
 * than to whatever locale the machine that builds the site has.
 */
export function intlLocale(lang: string): string {
  if (lang.toLowerCase() === 'en') return 'en-GB';
  try {
    return Intl.DateTimeFormat.supportedLocalesOf([lang]).length > 0 ? lang : 'en-GB';
  } catch {
    return 'en-GB';
  }
}

const listFormats = new Map<string, Intl.ListFormat>();

/**
 * The parts of a list of `items` in `lang`, "A, B and C" (or, as a `disjunction`, "A, B or C"):
 * the items, and the words and commas between them.
 */
export function listParts(
  items: readonly string[],
  lang = 'en',
  type: 'conjunction' | 'disjunction' = 'conjunction',
): Array<{ type: 'element' | 'literal'; value: string }> {
  const locale = intlLocale(lang);
  const key = `${locale} ${type}`;
  let format = listFormats.get(key);
  if (!format) listFormats.set(key, (format = new Intl.ListFormat(locale, { type })));
  return format.formatToParts(items);
}

/** "Alex Tan", "Alex Tan and Kim Lee", "A, B and C"; "A, B 및 C" in Korean. */
export function joinNames(names: readonly string[], lang = 'en'): string {
  return listParts(names, lang)
    .map((part) => part.value)
    .join('');
}
