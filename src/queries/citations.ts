/** The citation record of an essay, from the archive and the site's public address. */
import { SITE } from '../config.ts';
import { citationName, type Citation } from '../lib/citation.ts';
import { sitePath } from '../lib/site-path.ts';
import { entryPath } from '../lib/urls.ts';
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
    date: essay.data.pubDate,
    precision: essay.data.datePrecision,
    url: new URL(sitePath(entryPath('essays', essay.id)), site).href,
    containerTitle: SITE.title,
    publisher: SITE.publisher,
    language: essay.data.lang,
    abstract: essay.data.description,
    keywords: archive.topicsOf(essay.data.topics).map((t) => t.data.name),
  };
}

/** Where an essay's citation files are published: /essays/<id>.bib, .ris, .json. */
export function citationFilePath(essayId: string, format: 'bib' | 'ris' | 'json'): string {
  return sitePath(`/essays/${essayId}.${format}`);
}
