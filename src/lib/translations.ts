/**
 * Language versions of one work. An essay is either an original or names the original it
 * translates (`translationOf`); the original and its translations are the versions of one
 * work, each in its own language. Pure: records in, groups out. Which versions are published
 * is the caller's (lib/archive.ts applies the publication rule before grouping).
 */

export interface Versioned {
  id: string;
  data: { lang: string; translationOf?: string | undefined };
}

/** The id of the work an essay is a version of: the original's id. */
export function workId(essay: Versioned): string {
  return essay.data.translationOf ?? essay.id;
}

/**
 * The versions of each work among `essays`, by work id: the original first when it is among
 * them, then the translations in the order of their language tags. A translation whose
 * original is not among `essays` (a draft, say) still forms a work with its sibling versions.
 */
export function groupVersions<E extends Versioned>(essays: readonly E[]): Map<string, E[]> {
  const works = new Map<string, E[]>();
  for (const essay of essays) {
    const key = workId(essay);
    const list = works.get(key);
    if (list) list.push(essay);
    else works.set(key, [essay]);
  }
  for (const [key, list] of works) list.sort(versionOrder(key));
  return works;
}

function versionOrder(original: string) {
  return (a: Versioned, b: Versioned) =>
    Number(b.id === original) - Number(a.id === original) || a.data.lang.localeCompare(b.data.lang, 'en') || a.id.localeCompare(b.id, 'en');
}

const isOriginal = (essay: Versioned) => essay.data.translationOf === undefined;

/** Whether `tag` is in `lang`: the same tag, or the same primary language ("en-GB" for "en"). */
function speaks(tag: string, lang: string): boolean {
  const [a, b] = [tag.toLowerCase(), lang.toLowerCase()];
  return a === b || a.split('-')[0] === b.split('-')[0];
}

/**
 * The version to show for a work in `lang`: the version in that language (the exact tag
 * first, then the same primary language), else the original, else the first of `versions`.
 */
export function leadVersion<E extends Versioned>(versions: readonly E[], lang: string): E | undefined {
  const wanted = lang.toLowerCase();
  return (
    versions.find((v) => v.data.lang.toLowerCase() === wanted) ??
    versions.find((v) => speaks(v.data.lang, lang)) ??
    versions.find(isOriginal) ??
    versions[0]
  );
}

/** An alternate language version of a page, as `<link rel="alternate" hreflang>` and the sitemap's `xhtml:link` name it. */
export interface LanguageAlternate {
  hreflang: string;
  href: string;
}

/**
 * The hreflang alternates of a work: one per version, the page itself included, so that every
 * version lists the same set and each link is answered by one back; then `x-default`, for
 * readers whose language none of them is: the original, else the version in `lang` (the
 * site's), else the first. None for a work in one language, which has no alternate.
 */
export function languageAlternates<E extends Versioned>(
  versions: readonly E[],
  lang: string,
  href: (essay: E) => string,
): LanguageAlternate[] {
  if (versions.length < 2) return [];
  const fallback = versions.find(isOriginal) ?? leadVersion(versions, lang)!;
  return [
    ...versions.map((version) => ({ hreflang: version.data.lang, href: href(version) })),
    { hreflang: 'x-default', href: href(fallback) },
  ];
}

/** One entry of a list of essays: a work, shown by one of its versions. */
export interface Work<E> {
  /** The version the list shows (leadVersion among those listed). */
  lead: E;
  /** The work's versions among the essays listed, in the list's order. */
  listed: E[];
  /** Every version of the work a reader can open, the lead included, original first. */
  versions: E[];
}

/**
 * The works among `essays`, one per work, for a list in `lang`: each shown by its version in
 * that language, else its original, else its first version listed; in the list's order of
 * those versions. `versionsOf` gives all of a work's versions a reader can open (the
 * archive's), which may be more than the list holds: a topic page lists the versions filed
 * under the topic, and still offers every language.
 */
export function listWorks<E extends Versioned>(essays: readonly E[], lang: string, versionsOf?: (essay: E) => readonly E[]): Work<E>[] {
  const groups = new Map<string, E[]>();
  for (const essay of essays) {
    const group = groups.get(workId(essay));
    if (group) group.push(essay);
    else groups.set(workId(essay), [essay]);
  }
  const position = new Map(essays.map((essay, index) => [essay, index]));
  return [...groups.values()]
    .map((listed) => {
      const lead = leadVersion(listed, lang)!;
      const all = versionsOf?.(lead) ?? [];
      return { lead, listed, versions: all.length > 0 ? [...all] : groupVersions(listed).get(workId(lead))! };
    })
    .sort((a, b) => position.get(a.lead)! - position.get(b.lead)!);
}
