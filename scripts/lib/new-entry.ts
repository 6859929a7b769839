/**
 * Templates for `npm run new`: a new file for any collection, named from its title, with every
 * required field filled and the optional ones written out as comments to uncomment.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'yaml';

export const KINDS = ['essay', 'dialogue', 'partner', 'person', 'topic', 'page'] as const;
export type Kind = (typeof KINDS)[number];

export const FOLDERS: Record<Kind, string> = {
  essay: 'essays',
  dialogue: 'dialogues',
  partner: 'partners',
  person: 'people',
  topic: 'topics',
  page: 'pages',
};

/** The values a template needs beyond the title; which are required depends on the kind. */
export interface EntryValues {
  title: string;
  /** YYYY-MM-DD: publication (essays) or first day (dialogues). */
  date: string;
  authors?: string[];
  dialogue?: string;
  topics?: string[];
  lang?: string;
  partners?: string[];
  format?: string;
  city?: string;
  country?: string;
  countries?: string[];
  kind?: string;
  relationship?: string;
  roles?: string[];
}

/** What each kind needs from the editor, with how to ask for it. */
export const REQUIRED: Record<Kind, Array<{ key: keyof EntryValues; flag: string; question: string; many?: boolean }>> = {
  essay: [{ key: 'authors', flag: '--author', question: 'Author (person id, e.g. alex-tan)', many: true }],
  dialogue: [
    { key: 'partners', flag: '--partner', question: 'Partner (partner id, e.g. asan-institute)', many: true },
    { key: 'city', flag: '--city', question: 'City where it takes place' },
    { key: 'country', flag: '--country', question: 'Country code (ISO, e.g. NZ)' },
  ],
  partner: [
    { key: 'countries', flag: '--country', question: 'Country code (ISO, e.g. KR)', many: true },
    { key: 'kind', flag: '--kind', question: 'Kind (think-tank, diplomatic-academy, research-network, university, government, forum)' },
    { key: 'relationship', flag: '--relationship', question: 'Relationship (reciprocal, supported, ad-hoc, external-forum)' },
  ],
  person: [
    {
      key: 'roles',
      flag: '--role',
      question: 'Role (academic, former-diplomat, diplomat, journalist, commentator, official, youth-observer, staff, business)',
      many: true,
    },
  ],
  topic: [],
  page: [],
};

/** A file name from a title: "The Pacific: a frontier" → "the-pacific-a-frontier". */
function slugify(title: string): string {
  return title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/gi, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/, '');
}

/** The first free id for `title` in `folder`: "title", then "title-2", "title-3"… */
export function freeId(contentDir: string, folder: string, title: string): string {
  const base = slugify(title) || 'untitled';
  let id = base;
  for (let n = 2; existsSync(join(contentDir, folder, `${id}.md`)) || existsSync(join(contentDir, folder, `${id}.mdx`)); n++)
    id = `${base}-${n}`;
  return id;
}

/** A YAML scalar, quoted only when it must be. */
function scalar(value: unknown): string {
  return stringify(value, { lineWidth: 0 }).trimEnd();
}

/** YAML for a set of fields, one per line, lists written [a, b] as editors write them. */
export function fields(values: Record<string, unknown>): string {
  return Object.entries(values)
    .map(([key, value]) => `${key}: ${Array.isArray(value) ? `[${value.map(scalar).join(', ')}]` : scalar(value)}`)
    .join('\n');
}

/** The text of a new file. */
export function entryText(kind: Kind, v: EntryValues): string {
  switch (kind) {
    case 'essay':
      return `---
${fields({ title: v.title, description: 'TODO: one or two sentences on what the essay argues (at most 300 characters).', pubDate: v.date, authors: v.authors ?? [] })}
${v.dialogue ? fields({ dialogue: v.dialogue }) : '# dialogue: dialogue-id          # the dialogue it reflects on'}
${v.topics?.length ? fields({ topics: v.topics }) : '# topics: [topic-id]            # helps readers find it'}
${v.lang ? fields({ lang: v.lang }) : '# lang: en                      # ko, ja, zh-Hant, vi, …'}
# countries: [NZ, KR]
# updatedDate: YYYY-MM-DD
# image:
#   src: ./files/photo.jpg
#   alt: What the photo shows, for readers who cannot see it
#   caption: A caption
#   credit: Photographer
# attachments:
#   - title: Report (PDF)
#     file: ./files/report.pdf
# aliases: [/old/address/]
draft: true                      # delete this line to publish
---

Write the essay here.
`;
    case 'dialogue':
      return `---
${fields({ title: v.title, format: v.format ?? 'track-2', partners: v.partners ?? [], startDate: v.date })}
# endDate: YYYY-MM-DD
# edition: 12
# datePrecision: month            # when only the month is known
location:
${fields({ city: v.city ?? '', country: v.country ?? '' })
  .split('\n')
  .map((line) => `  ${line}`)
  .join('\n')}
# topics: [topic-id]
# delegates: [person-id]
chathamHouse: true                # delegates are shown only as counts by role
${fields({ summary: 'TODO: two or three sentences on what was discussed (at most 400 characters).' })}
---

An account of the meeting: what was discussed, not who said what.
`;
    case 'partner':
      return `---
${fields({ name: v.title, countries: v.countries ?? [], kind: v.kind ?? '', relationship: v.relationship ?? '' })}
# shortName: ACRONYM
# since: 2012
# website: https://example.org/
---

A profile of the institution.
`;
    case 'person':
      return `---
${fields({ name: v.title, roles: v.roles ?? [] })}
# affiliation: Institution
# position: Position held there
# website: https://example.org/
# familyName: Family      # for citations, when it is not the last word of the name
# givenName: Given
---

A short biography.
`;
    case 'topic':
      return `---
${fields({ name: v.title })}
# description: One or two sentences (at most 200 characters).
---
`;
    case 'page':
      return `---
${fields({ title: v.title, description: 'TODO: one sentence for search engines and link previews.' })}
# order: 4                         # position in the footer menu
---

The text of the page.
`;
  }
}
