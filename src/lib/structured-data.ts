/**
 * schema.org JSON-LD for record pages, so search engines and tools read an essay as an
 * article with authors, a dialogue as an event, a partner as an organisation. Pure: records
 * and absolute URLs in, plain objects out. The Chatham House Rule holds here too: a closed
 * dialogue never lists its attendees.
 */
import { countryName } from '../schemas/countries.ts';
import { machineDate } from './dates.ts';
import type { DialogueRecord, EssayRecord, PartnerRecord, PersonRecord, TopicRecord } from './archive.ts';

type Json = Record<string, unknown>;

/** Serialises JSON-LD for a `<script type="application/ld+json">`: nothing in the text can end the element. */
export function jsonLdText(data: unknown): string {
  return JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

interface Publisher {
  name: string;
  /** Absolute URL of the site. */
  url: string;
}

const organization = (publisher: Publisher): Json => ({ '@type': 'Organization', name: publisher.name, url: publisher.url });

export function personLd(person: PersonRecord, url: string): Json {
  const { data } = person;
  return {
    '@type': 'Person',
    '@id': `${url}#person`,
    name: data.name,
    url,
    ...(data.familyName ? { familyName: data.familyName } : {}),
    ...(data.givenName ? { givenName: data.givenName } : {}),
    ...(data.position ? { jobTitle: data.position } : {}),
    ...(data.affiliation ? { affiliation: { '@type': 'Organization', name: data.affiliation } } : {}),
    ...(data.website ? { sameAs: [data.website] } : {}),
  };
}

export function partnerLd(partner: PartnerRecord, url: string): Json {
  const { data } = partner;
  return {
    '@type': 'Organization',
    '@id': `${url}#organization`,
    name: data.name,
    ...(data.shortName ? { alternateName: data.shortName } : {}),
    url,
    ...(data.website ? { sameAs: [data.website] } : {}),
    areaServed: data.countries.map((code) => ({ '@type': 'Country', name: countryName(code), identifier: code })),
  };
}

export interface EssayLdParts {
  essay: EssayRecord;
  url: string;
  authors: ReadonlyArray<{ person: PersonRecord; url: string }>;
  dialogue?: { dialogue: DialogueRecord; url: string } | undefined;
  topics: readonly TopicRecord[];
  publisher: Publisher;
  siteName: string;
  /** Absolute URL of the lead image, if any. */
  image?: string | undefined;
  /** When it was last updated (see lib/visibility lastUpdated). */
  updated?: Date | undefined;
  /** The other published versions of the essay's work (lib/archive.ts versionsOf), with their absolute URLs. */
  versions?: ReadonlyArray<{ essay: EssayRecord; url: string }>;
  /** The translators of a translation, with their pages' absolute URLs. */
  translators?: ReadonlyArray<{ person: PersonRecord; url: string }>;
}

/** Another version of an essay, named by the `@id` its own page gives its Article. */
const versionRef = ({ essay, url }: { essay: EssayRecord; url: string }): Json => ({
  '@type': 'Article',
  '@id': `${url}#article`,
  name: essay.data.title,
  url,
  inLanguage: essay.data.lang,
});

/**
 * How the versions of a work link: an original names its translations (`workTranslation`), a
 * translation its original (`translationOfWork`, when the original is published) and its
 * translators.
 */
function translationLd(essay: EssayRecord, versions: EssayLdParts['versions'] = [], translators: EssayLdParts['translators'] = []): Json {
  const original = essay.data.translationOf;
  const translations = original === undefined ? versions.filter((version) => version.essay.data.translationOf === essay.id) : [];
  const source = original === undefined ? undefined : versions.find((version) => version.essay.id === original);
  return {
    ...(translations.length > 0 ? { workTranslation: translations.map(versionRef) } : {}),
    ...(source ? { translationOfWork: versionRef(source) } : {}),
    ...(translators.length > 0 ? { translator: translators.map(({ person, url }) => personLd(person, url)) } : {}),
  };
}

export function essayLd({
  essay,
  url,
  authors,
  dialogue,
  topics,
  publisher,
  siteName,
  image,
  updated,
  versions,
  translators,
}: EssayLdParts): Json {
  const { data } = essay;
  return {
    '@type': 'Article',
    '@id': `${url}#article`,
    headline: data.title,
    name: data.title,
    description: data.description,
    url,
    mainEntityOfPage: url,
    datePublished: machineDate(data.pubDate, data.datePrecision),
    ...(updated ? { dateModified: machineDate(updated) } : {}),
    inLanguage: data.lang,
    author: authors.map(({ person, url: personUrl }) => personLd(person, personUrl)),
    publisher: organization(publisher),
    isPartOf: { '@type': 'WebSite', name: siteName, url: publisher.url },
    ...(dialogue
      ? { about: { '@type': 'Event', '@id': `${dialogue.url}#event`, name: dialogue.dialogue.data.title, url: dialogue.url } }
      : {}),
    ...(topics.length > 0 ? { keywords: topics.map((t) => t.data.name).join(', ') } : {}),
    ...(image ? { image } : {}),
    ...translationLd(essay, versions, translators),
  };
}

export interface DialogueLdParts {
  dialogue: DialogueRecord;
  url: string;
  partners: ReadonlyArray<{ partner: PartnerRecord; url: string }>;
  /** Attendees, for an open dialogue only. */
  attendees: ReadonlyArray<{ person: PersonRecord; url: string }>;
  publisher: Publisher;
}

export function dialogueLd({ dialogue, url, partners, attendees, publisher }: DialogueLdParts): Json {
  const { data } = dialogue;
  return {
    '@type': 'Event',
    '@id': `${url}#event`,
    name: data.title,
    description: data.summary,
    url,
    startDate: machineDate(data.startDate, data.datePrecision),
    ...(data.endDate && data.datePrecision === 'day' ? { endDate: machineDate(data.endDate) } : {}),
    eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
    location: {
      '@type': 'Place',
      name: data.location.city,
      address: { '@type': 'PostalAddress', addressLocality: data.location.city, addressCountry: data.location.country },
    },
    organizer: [
      organization(publisher),
      ...partners.map(({ partner, url: partnerUrl }) => ({ '@type': 'Organization', name: partner.data.name, url: partnerUrl })),
    ],
    // Under the Chatham House Rule no attendee is named, here as on the page.
    ...(data.chathamHouse
      ? {}
      : { attendee: attendees.map(({ person, url: personUrl }) => ({ '@type': 'Person', name: person.data.name, url: personUrl })) }),
  };
}

export function topicLd(topic: TopicRecord, url: string): Json {
  return {
    '@type': 'DefinedTerm',
    '@id': `${url}#term`,
    name: topic.data.name,
    url,
    ...(topic.data.description ? { description: topic.data.description } : {}),
  };
}

/** BreadcrumbList from the home page to the record: [["Home", url], ["Essays", url], [title, url]]. */
export function breadcrumbLd(trail: ReadonlyArray<readonly [name: string, url: string]>): Json {
  return {
    '@type': 'BreadcrumbList',
    itemListElement: trail.map(([name, url], index) => ({ '@type': 'ListItem', position: index + 1, name, item: url })),
  };
}

/** One JSON-LD document holding several nodes. */
export function graph(nodes: readonly Json[]): Json {
  return { '@context': 'https://schema.org', '@graph': nodes };
}
