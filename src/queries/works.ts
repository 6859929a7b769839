/**
 * Lists show works, not versions: a translated essay is one entry in the site's language
 * (lib/translations.ts listWorks), with its other languages beside it. Bound here to the
 * archive's versions and the site's language, for the lists and the pages of the essay list.
 */
import { BASE, SITE } from '../config.ts';
import { languageAlternates, listWorks, type LanguageAlternate, type Work } from '../lib/translations.ts';
import { entryPath, withBase } from '../lib/urls.ts';
import type { Archive, Essay } from './collections.ts';

/** The works among `essays`, in the list's order, each with every version a reader can open. */
export function worksOf(archive: Archive, essays: readonly Essay[]): Work<Essay>[] {
  return listWorks(essays, SITE.lang, archive.versionsOf);
}

/**
 * The essays of the works from `start` to `end` among `essays` (a page of the essay list, the
 * latest few): EssayList shows them as those works again.
 */
export function essaysOfWorks(archive: Archive, essays: readonly Essay[], start: number, end: number): Essay[] {
  return worksOf(archive, essays)
    .slice(start, end)
    .flatMap((work) => work.listed);
}

/** The hreflang alternates of an essay's page: every version of its work, absolute, and x-default. */
export function essayAlternates(archive: Archive, essay: Essay, site: URL): LanguageAlternate[] {
  return languageAlternates(
    archive.versionsOf(essay),
    SITE.lang,
    (version) => new URL(withBase(entryPath('essays', version.id), BASE), site).href,
  );
}
