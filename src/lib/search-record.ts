/**
 * What the search index knows about each record page: its type, title, date and the values
 * it can be filtered by. Decided here, from the same archive the pages are built from, so
 * search can never list what the site does not publish. Delegates are never a filter: the
 * Chatham House Rule holds in the index too.
 */
import { countryName } from './countries.ts';
import { formatDate, toIsoDate, type DatePrecision } from './dates.ts';
import { FORMAT_LABELS } from './labels.ts';
import { languageName } from './text-direction.ts';
import type { DialogueRecord, EssayRecord, PageRecord, PartnerRecord, PersonRecord, TopicRecord } from './archive.ts';

export const RECORD_TYPES = ['essay', 'dialogue', 'partner', 'person', 'topic', 'page'] as const;
export type RecordType = (typeof RECORD_TYPES)[number];

export const TYPE_LABELS: Record<RecordType, string> = {
  essay: 'Essay',
  dialogue: 'Dialogue',
  partner: 'Partner',
  person: 'Person',
  topic: 'Topic',
  page: 'Page',
};

/** The filters of the search page, in the order they are offered. */
export const FILTER_KEYS = ['type', 'topic', 'partner', 'country', 'year', 'author', 'language', 'format'] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];

export const FILTER_LABELS: Record<FilterKey, string> = {
  type: 'Type',
  topic: 'Topic',
  partner: 'Partner',
  country: 'Country',
  year: 'Year',
  author: 'Author',
  language: 'Language',
  format: 'Format',
};

/**
 * Sort key for records without a date: they come last when sorting newest first, instead of
 * being dropped (the index leaves out records that lack the sort key).
 */
export const UNDATED_SORT_KEY = '0000-00-00';

export interface SearchRecord {
  type: RecordType;
  title: string;
  /** The date shown in results and used for sorting. */
  date?: { iso: string; display: string };
  filters: Partial<Record<FilterKey, string[]>>;
}

/** What a search record needs to look up: the archive's lookups (see lib/archive.ts). */
export interface SearchLookups {
  peopleOf(ids: readonly string[]): PersonRecord[];
  topicsOf(ids: readonly string[]): TopicRecord[];
  partnersOf(ids: readonly string[]): PartnerRecord[];
  dialogue(id: string): DialogueRecord | undefined;
}

const dated = (date: Date, precision: DatePrecision = 'day') => ({ iso: toIsoDate(date), display: formatDate(date, precision) });
const names = (records: ReadonlyArray<{ data: { name: string } }>) => records.map((r) => r.data.name);
const unique = (values: readonly string[]) => [...new Set(values)];
const year = (date: Date) => String(date.getUTCFullYear());

/** The interface language's name: the language of every record but essays. */
export function interfaceLanguage(lang: string): string {
  return languageName(lang);
}

export function essaySearchRecord(essay: EssayRecord, lookups: SearchLookups): SearchRecord {
  const { data } = essay;
  const dialogue = data.dialogue ? lookups.dialogue(data.dialogue) : undefined;
  return {
    type: 'essay',
    title: data.title,
    date: dated(data.pubDate, data.datePrecision),
    filters: {
      type: [TYPE_LABELS.essay],
      topic: names(lookups.topicsOf(data.topics)),
      partner: dialogue ? names(lookups.partnersOf(dialogue.data.partners)) : [],
      country: data.countries.map(countryName),
      year: [year(data.pubDate)],
      author: names(lookups.peopleOf(data.authors)),
      language: [languageName(data.lang)],
    },
  };
}

export function dialogueSearchRecord(dialogue: DialogueRecord, lookups: SearchLookups, lang: string): SearchRecord {
  const { data } = dialogue;
  return {
    type: 'dialogue',
    title: data.title,
    date: dated(data.startDate, data.datePrecision),
    filters: {
      type: [TYPE_LABELS.dialogue],
      topic: names(lookups.topicsOf(data.topics)),
      partner: names(lookups.partnersOf(data.partners)),
      country: [countryName(data.location.country)],
      year: [year(data.startDate)],
      language: [interfaceLanguage(lang)],
      format: [FORMAT_LABELS[data.format]],
    },
  };
}

export function partnerSearchRecord(partner: PartnerRecord, lang: string): SearchRecord {
  return {
    type: 'partner',
    title: partner.data.name,
    filters: {
      type: [TYPE_LABELS.partner],
      partner: [partner.data.name],
      country: unique(partner.data.countries.map(countryName)),
      language: [interfaceLanguage(lang)],
    },
  };
}

export function personSearchRecord(person: PersonRecord, lang: string): SearchRecord {
  return { type: 'person', title: person.data.name, filters: { type: [TYPE_LABELS.person], language: [interfaceLanguage(lang)] } };
}

export function topicSearchRecord(topic: TopicRecord, lang: string): SearchRecord {
  return { type: 'topic', title: topic.data.name, filters: { type: [TYPE_LABELS.topic], topic: [topic.data.name], language: [interfaceLanguage(lang)] } };
}

export function pageSearchRecord(page: PageRecord, lang: string): SearchRecord {
  return { type: 'page', title: page.data.title, filters: { type: [TYPE_LABELS.page], language: [interfaceLanguage(lang)] } };
}
