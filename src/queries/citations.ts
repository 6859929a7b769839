/** The citation record of an essay, from the archive and the site's public address. */
import { BASE, SITE } from '../config.ts';
import { citationName, type Citation } from '../lib/citation.ts';
import { entryPath, withBase } from '../lib/urls.ts';
import type { EssayRecord, PersonRecord, TopicRecord } from '../lib/archive.ts';

/** The archive's lookups a citation needs (the pages' archive, or one built from validated content). */
interface CitationLookups {
  peopleOf(ids: readonly string[]): PersonRecord[];
  topicsOf(ids: readonly string[]): TopicRecord[];
}

export function essayCitation(essay: EssayRecord, archive: CitationLookups, site: URL): Citation {
  return {
    id: essay.id,
    title: essay.data.title,
    authors: archive.peopleOf(essay.data.authors).map((person) => citationName(person.data)),
    translators: archive.peopleOf(essay.data.translators).map((person) => citationName(person.data)),
    date: essay.data.pubDate,
    precision: essay.data.datePrecision,
    url: new URL(withBase(entryPath('essays', essay.id), BASE), site).href,
    containerTitle: SITE.title,
    publisher: SITE.publisher,
    language: essay.data.lang,
    abstract: essay.data.description,
    keywords: archive.topicsOf(essay.data.topics).map((t) => t.data.name),
  };
}

/** Where an essay's citation files are published: /essays/<id>.bib, .ris, .json. */
export function citationFilePath(essayId: string, format: 'bib' | 'ris' | 'json'): string {
  return withBase(`/essays/${essayId}.${format}`, BASE);
}
