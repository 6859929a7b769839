/**
 * The open data export: every published record as JSON, with stable ids, absolute URLs and
 * the links between records (docs/open-data.md). Pure: the archive and a URL maker in.
 * The Chatham House Rule holds: a closed dialogue gives its delegation as counts by role,
 * and no person lists a closed dialogue.
 */
import { countryName } from '../schemas/countries.ts';
import { machineDate, toIsoDate } from './dates.ts';
import type { Archive, DialogueRecord, EssayRecord, PageRecord, PartnerRecord, PersonRecord, TopicRecord } from './archive.ts';
import type { CollectionName } from '../schemas/fields.ts';

export const DATASETS = ['essays', 'dialogues', 'partners', 'people', 'topics'] as const;
export type Dataset = (typeof DATASETS)[number];

/** The archive the export reads (any record types carrying these fields). */
type AnyArchive = Archive<EssayRecord, DialogueRecord, PartnerRecord, PersonRecord, TopicRecord, PageRecord>;

export interface ExportContext {
  /** Absolute URL of an entry's page. */
  url(collection: CollectionName, id: string): string;
  /** Absolute URL of any site path. */
  absolute(path: string): string;
  /** Attachments of an essay, as published. */
  attachments(essay: EssayRecord): Array<{ title: string; path: string; mime: string; bytes: number }>;
}

const ref = (context: ExportContext, collection: CollectionName) => (record: { id: string }) => ({
  id: record.id,
  url: context.url(collection, record.id),
});
const country = (code: string) => ({ code, name: countryName(code) });

function essaysData(archive: AnyArchive, context: ExportContext) {
  return archive.essays.map((essay) => {
    const { data } = essay;
    const dialogue = data.dialogue ? archive.dialogue(data.dialogue) : undefined;
    // Only a published original is named: a translation of a draft stands alone here as on its page.
    const original = data.translationOf ? archive.essay(data.translationOf) : undefined;
    return {
      id: essay.id,
      url: context.url('essays', essay.id),
      title: data.title,
      description: data.description,
      published: machineDate(data.pubDate, data.datePrecision),
      updated: data.updatedDate ? toIsoDate(data.updatedDate) : null,
      language: data.lang,
      authors: archive.peopleOf(data.authors).map(ref(context, 'people')),
      translationOf: original ? ref(context, 'essays')(original) : null,
      translators: archive.peopleOf(data.translators).map(ref(context, 'people')),
      versions: archive
        .versionsOf(essay)
        .filter((version) => version.id !== essay.id)
        .map((version) => ({ ...ref(context, 'essays')(version), language: version.data.lang })),
      dialogue: dialogue ? ref(context, 'dialogues')(dialogue) : null,
      topics: archive.topicsOf(data.topics).map(ref(context, 'topics')),
      countries: data.countries.map(country),
      attachments: context
        .attachments(essay)
        .map((file) => ({ title: file.title, url: context.absolute(file.path), type: file.mime, bytes: file.bytes })),
      citation: {
        bibtex: context.absolute(`/essays/${essay.id}.bib`),
        ris: context.absolute(`/essays/${essay.id}.ris`),
        cslJson: context.absolute(`/essays/${essay.id}.json`),
      },
    };
  });
}

function dialoguesData(archive: AnyArchive, context: ExportContext) {
  return archive.dialogues.map((dialogue) => {
    const { data } = dialogue;
    const delegation = archive.delegationOf(dialogue);
    const members = delegation.open ? delegation.people : [];
    const byRole = delegation.open
      ? Object.fromEntries(
          members.reduce((counts, person) => {
            const role = person.data.roles[0]!;
            return counts.set(role, (counts.get(role) ?? 0) + 1);
          }, new Map<string, number>()),
        )
      : Object.fromEntries(delegation.counts.map((c) => [c.role, c.count]));
    return {
      id: dialogue.id,
      url: context.url('dialogues', dialogue.id),
      title: data.title,
      format: data.format,
      edition: data.edition ?? null,
      start: machineDate(data.startDate, data.datePrecision),
      end: data.endDate && data.datePrecision === 'day' ? toIsoDate(data.endDate) : null,
      location: { city: data.location.city, country: country(data.location.country) },
      summary: data.summary,
      partners: archive.partnersOf(data.partners).map(ref(context, 'partners')),
      topics: archive.topicsOf(data.topics).map(ref(context, 'topics')),
      essays: archive.essaysOfDialogue(dialogue.id).map(ref(context, 'essays')),
      chathamHouse: data.chathamHouse,
      delegation: {
        total: delegation.open ? members.length : delegation.total,
        byRole,
        // Names only where the meeting was on the record.
        people: delegation.open ? members.map(ref(context, 'people')) : null,
      },
    };
  });
}

function partnersData(archive: AnyArchive, context: ExportContext) {
  return archive.partners.map((partner) => ({
    id: partner.id,
    url: context.url('partners', partner.id),
    name: partner.data.name,
    shortName: partner.data.shortName ?? null,
    countries: partner.data.countries.map(country),
    kind: partner.data.kind,
    relationship: partner.data.relationship,
    since: partner.data.since ?? null,
    website: partner.data.website ?? null,
    dialogues: archive.dialoguesOfPartner(partner.id).map(ref(context, 'dialogues')),
    essays: archive.essaysOfPartner(partner.id).map(ref(context, 'essays')),
  }));
}

function peopleData(archive: AnyArchive, context: ExportContext) {
  return archive.people.map((person) => ({
    id: person.id,
    url: context.url('people', person.id),
    name: person.data.name,
    familyName: person.data.familyName ?? null,
    givenName: person.data.givenName ?? null,
    roles: person.data.roles,
    affiliation: person.data.affiliation ?? null,
    position: person.data.position ?? null,
    website: person.data.website ?? null,
    essays: archive.essaysByAuthor(person.id).map(ref(context, 'essays')),
    translations: archive.translationsBy(person.id).map(ref(context, 'essays')),
    // Open dialogues only: attendance at a Chatham House dialogue is never published.
    dialoguesAttended: archive.openDialoguesAttended(person.id).map(ref(context, 'dialogues')),
  }));
}

function topicsData(archive: AnyArchive, context: ExportContext) {
  return archive.topics.map((topic) => ({
    id: topic.id,
    url: context.url('topics', topic.id),
    name: topic.data.name,
    description: topic.data.description ?? null,
    essays: archive.essaysOfTopic(topic.id).map(ref(context, 'essays')),
    dialogues: archive.dialoguesOfTopic(topic.id).map(ref(context, 'dialogues')),
  }));
}

export const DATASET_BUILDERS: Record<Dataset, (archive: AnyArchive, context: ExportContext) => unknown[]> = {
  essays: essaysData,
  dialogues: dialoguesData,
  partners: partnersData,
  people: peopleData,
  topics: topicsData,
};

export const DATASET_DESCRIPTIONS: Record<Dataset, string> = {
  essays: 'Published reflection essays: authors, the dialogue each reflects on, topics, countries, attachments and citation files.',
  dialogues:
    'Dialogues, roundtables and forums: partners, place, dates, topics, essays, and the delegation (names only for meetings on the record).',
  partners: 'Partner institutions and forums, with the dialogues held with each and the essays from them.',
  people: 'Authors, delegates and staff, with their essays and the on-the-record dialogues they attended.',
  topics: 'Topics, with their essays and dialogues.',
};

/** A dataset file: what it is, when, and its items. */
export function datasetDocument(name: Dataset, items: unknown[], generated: Date) {
  return { dataset: name, description: DATASET_DESCRIPTIONS[name], generated: toIsoDate(generated), count: items.length, items };
}
