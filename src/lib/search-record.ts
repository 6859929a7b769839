/**
 * What the search index knows about each record: its type, title, date, text and the values
 * it can be filtered by. Decided here, from the same archive the pages are built from, so
 * search can never list what the site does not publish. Delegates are never a filter, and a
 * closed dialogue's delegates are never in its text: the Chatham House Rule holds in the
 * index too.
 */
import type { DatePrecision } from '../schemas/dates.ts';
import { formatDate, toIsoDate } from './dates.ts';
import { countryNameIn } from './i18n/names.ts';
import { FORMAT_LABELS, RECORD_TYPE_LABELS, type DialogueFormat, type RecordType } from './labels.ts';
import { ownLanguageName } from './text-direction.ts';
import type { DialogueRecord, EssayRecord, PageRecord, PartnerRecord, PersonRecord, TopicRecord } from './archive.ts';

/**
 * The words a search record is written with: the search page's interface language (the site's),
 * in which results show their type and date and filters name their values. Taken from its
 * dictionary by the caller (integrations/search-index.ts): this module is also the search
 * page script's, which carries no dictionary.
 */
export interface SearchLabels {
  lang: string;
  recordTypes: Record<RecordType, string>;
  formats: Record<DialogueFormat, string>;
  reflectsOn: string;
}

const ENGLISH: SearchLabels = { lang: 'en', recordTypes: RECORD_TYPE_LABELS, formats: FORMAT_LABELS, reflectsOn: 'Reflects on' };

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
 * The one language the search index is built in, whatever the languages of the records and of
 * the interface. Pagefind splits an index by language and the browser loads only the index of
 * the search page's language, so one index for all is what lets the one search page find every
 * version of an essay (the `language` filter narrows to one). Pinned, rather than following
 * the interface language, for what Pagefind 1.6 does with it: an English index finds Chinese
 * and Japanese split into words beforehand (lib/segment.ts) and stems English ("cooperate"
 * finds "cooperation"), while a Korean, Chinese or Japanese one finds the same words but stems
 * no English, and for Chinese and Japanese puts segmenters of Pagefind's own at both ends.
 * English stemming leaves other scripts alone. docs/search.md has the comparison.
 */
export const SEARCH_INDEX_LANGUAGE = 'en';

/**
 * What a filter value is called on the search page. A language is filtered by its tag (the
 * URL says `language=ko`, whatever the interface's language) and shown by its name in its own
 * script ("한국어"), as language switchers show it; other values are shown as they are.
 */
export function filterValueLabel(key: FilterKey, value: string): string {
  return key === 'language' ? ownLanguageName(value) : value;
}

/**
 * Sort key for records without a date: they come last when sorting newest first, instead of
 * being dropped (the index leaves out records that lack the sort key).
 */
export const UNDATED_SORT_KEY = '0000-00-00';

export interface SearchRecord {
  type: RecordType;
  title: string;
  /** The language the record is written in (BCP 47): an essay's own, the interface's for the rest. */
  lang: string;
  /**
   * The words of the record that search reads: its own main content (title, summary, body and
   * the facts shown at its head), never the navigation or the lists of linked records.
   */
  text: string;
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

/** Joins the parts of a record's text, leaving out the empty ones. */
const words = (...parts: Array<string | undefined | false>) => parts.filter((p): p is string => Boolean(p && p.trim())).join('. ');

const dated = (date: Date, precision: DatePrecision, lang: string) => ({
  iso: toIsoDate(date),
  display: formatDate(date, precision, lang),
});
const names = (records: ReadonlyArray<{ data: { name: string } }>) => records.map((r) => r.data.name);
const unique = (values: readonly string[]) => [...new Set(values)];
const year = (date: Date) => String(date.getUTCFullYear());

export function essaySearchRecord(essay: EssayRecord, lookups: SearchLookups, bodyText = '', labels = ENGLISH): SearchRecord {
  const { data } = essay;
  const dialogue = data.dialogue ? lookups.dialogue(data.dialogue) : undefined;
  const authors = names(lookups.peopleOf(data.authors));
  return {
    type: 'essay',
    title: data.title,
    lang: data.lang,
    text: words(data.title, data.description, authors.join(', '), dialogue && `${labels.reflectsOn} ${dialogue.data.title}`, bodyText),
    date: dated(data.pubDate, data.datePrecision, labels.lang),
    filters: {
      type: [labels.recordTypes.essay],
      topic: names(lookups.topicsOf(data.topics)),
      partner: dialogue ? names(lookups.partnersOf(dialogue.data.partners)) : [],
      country: data.countries.map((code) => countryNameIn(code, labels.lang)),
      year: [year(data.pubDate)],
      author: authors,
      language: [data.lang],
    },
  };
}

/**
 * A dialogue's record. `delegates` are the people of an open dialogue, who may be found by
 * name; a closed dialogue's are never passed in (Chatham House Rule).
 */
export function dialogueSearchRecord(
  dialogue: DialogueRecord,
  lookups: SearchLookups,
  lang: string,
  bodyText = '',
  delegates: readonly PersonRecord[] = [],
  labels = ENGLISH,
): SearchRecord {
  const { data } = dialogue;
  const partners = names(lookups.partnersOf(data.partners));
  return {
    type: 'dialogue',
    title: data.title,
    lang,
    text: words(
      data.title,
      data.summary,
      `${data.location.city}, ${countryNameIn(data.location.country, labels.lang)}`,
      partners.join(', '),
      !data.chathamHouse && names(delegates).join(', '),
      bodyText,
    ),
    date: dated(data.startDate, data.datePrecision, labels.lang),
    filters: {
      type: [labels.recordTypes.dialogue],
      topic: names(lookups.topicsOf(data.topics)),
      partner: partners,
      country: [countryNameIn(data.location.country, labels.lang)],
      year: [year(data.startDate)],
      language: [lang],
      format: [labels.formats[data.format]],
    },
  };
}

export function partnerSearchRecord(partner: PartnerRecord, lang: string, bodyText = '', labels = ENGLISH): SearchRecord {
  const countries = partner.data.countries.map((code) => countryNameIn(code, labels.lang));
  return {
    type: 'partner',
    title: partner.data.name,
    lang,
    text: words(partner.data.name, partner.data.shortName, countries.join(', '), bodyText),
    filters: {
      type: [labels.recordTypes.partner],
      partner: [partner.data.name],
      country: unique(countries),
      language: [lang],
    },
  };
}

export function personSearchRecord(person: PersonRecord, lang: string, bodyText = '', labels = ENGLISH): SearchRecord {
  const { data } = person;
  return {
    type: 'person',
    title: data.name,
    lang,
    text: words(data.name, data.position, data.affiliation, bodyText),
    filters: { type: [labels.recordTypes.person], language: [lang] },
  };
}

export function topicSearchRecord(topic: TopicRecord, lang: string, bodyText = '', labels = ENGLISH): SearchRecord {
  return {
    type: 'topic',
    title: topic.data.name,
    lang,
    text: words(topic.data.name, topic.data.description, bodyText),
    filters: { type: [labels.recordTypes.topic], topic: [topic.data.name], language: [lang] },
  };
}

export function pageSearchRecord(page: PageRecord, lang: string, bodyText = '', labels = ENGLISH): SearchRecord {
  return {
    type: 'page',
    title: page.data.title,
    lang,
    text: words(page.data.title, page.data.description, bodyText),
    filters: { type: [labels.recordTypes.page], language: [lang] },
  };
}

/** What the whole-archive record builder needs: the archive's lists and lookups. */
export interface SearchableArchive extends SearchLookups {
  essays: readonly EssayRecord[];
  dialogues: readonly DialogueRecord[];
  partners: readonly PartnerRecord[];
  people: readonly PersonRecord[];
  topics: readonly TopicRecord[];
  pages: readonly PageRecord[];
  delegationOf(dialogue: DialogueRecord): { open: true; people: PersonRecord[] } | { open: false };
}

/**
 * Every record of the published archive with its search record, in one pass. `bodyOf` gives
 * the text of an entry's body as the page publishes it ("essays/<id>" → its words:
 * lib/markdown-text.ts publishedText). Taken as text, not rendered here: the search page's
 * script imports this module for its filters, and must not carry the Markdown processor.
 */
export function archiveSearchRecords(
  archive: SearchableArchive,
  bodyOf: (collection: string, id: string) => string,
  lang: string,
  labels: SearchLabels = { ...ENGLISH, lang },
) {
  return [
    ...archive.essays.map((e) => ({
      collection: 'essays' as const,
      id: e.id,
      record: essaySearchRecord(e, archive, bodyOf('essays', e.id), labels),
    })),
    ...archive.dialogues.map((d) => {
      const delegation = archive.delegationOf(d);
      return {
        collection: 'dialogues' as const,
        id: d.id,
        record: dialogueSearchRecord(d, archive, lang, bodyOf('dialogues', d.id), delegation.open ? delegation.people : [], labels),
      };
    }),
    ...archive.partners.map((p) => ({
      collection: 'partners' as const,
      id: p.id,
      record: partnerSearchRecord(p, lang, bodyOf('partners', p.id), labels),
    })),
    ...archive.people.map((p) => ({
      collection: 'people' as const,
      id: p.id,
      record: personSearchRecord(p, lang, bodyOf('people', p.id), labels),
    })),
    ...archive.topics.map((t) => ({
      collection: 'topics' as const,
      id: t.id,
      record: topicSearchRecord(t, lang, bodyOf('topics', t.id), labels),
    })),
    ...archive.pages.map((p) => ({
      collection: 'pages' as const,
      id: p.id,
      record: pageSearchRecord(p, lang, bodyOf('pages', p.id), labels),
    })),
  ];
}
