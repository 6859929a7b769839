/** Words shown to readers for the archive's enumerated values. */
import type { DIALOGUE_FORMATS } from '../schemas/dialogues.ts';
import type { PARTNER_KINDS, PARTNER_RELATIONSHIPS } from '../schemas/partners.ts';
import type { PERSON_ROLES } from '../schemas/people.ts';

export type Role = (typeof PERSON_ROLES)[number];
export type DialogueFormat = (typeof DIALOGUE_FORMATS)[number];
export type PartnerKind = (typeof PARTNER_KINDS)[number];
export type Relationship = (typeof PARTNER_RELATIONSHIPS)[number];

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

/** "1st", "2nd", "12th", "23rd". */
export function ordinal(n: number): string {
  const tens = n % 100;
  if (tens >= 11 && tens <= 13) return `${n}th`;
  return `${n}${['th', 'st', 'nd', 'rd'][n % 10] ?? 'th'}`;
}

/** "Alex Tan", "Alex Tan and Kim Lee", "A, B and C". */
export function joinNames(names: readonly string[]): string {
  if (names.length <= 1) return names[0] ?? '';
  return `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}
