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
