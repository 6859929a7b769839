/**
 * Ids: the form of a file name, ids used twice in one collection, and names the site reserves.
 */
import { RESERVED_PAGE_IDS } from '../../lib/urls.ts';
import { ID_PATTERN } from '../../schemas/index.ts';
import type { Candidate, Reporter } from '../types.ts';
import { slug } from './names.ts';

/** A file name that is not a valid id, with the name to rename it to. */
export function checkIdForm(candidate: Candidate, report: Reporter) {
  if (ID_PATTERN.test(candidate.id)) return;
  const extension = candidate.file.slice(candidate.file.lastIndexOf('.'));
  report(
    candidate.file,
    1,
    1,
    'file',
    `file name must use only lowercase letters, digits and hyphens (id "${candidate.id}"); rename it to "${suggestFileName(candidate.id.split('/'), extension)}"`,
  );
}

export function checkDuplicateIds(candidates: Candidate[], report: Reporter) {
  const byId = new Map<string, Candidate[]>();
  for (const candidate of candidates) {
    const key = `${candidate.collection}/${candidate.id}`;
    byId.set(key, [...(byId.get(key) ?? []), candidate]);
  }
  for (const group of byId.values()) {
    if (group.length < 2) continue;
    for (const candidate of group) {
      const others = group.filter((other) => other !== candidate).map((other) => other.file);
      report(candidate.file, 1, 1, 'file', `has the same id "${candidate.id}" as ${others.join(', ')}; rename one of them`);
    }
  }
}

export function checkReservedIds(candidates: Candidate[], report: Reporter) {
  for (const candidate of candidates) {
    if (candidate.collection === 'pages') {
      const top = candidate.id.split('/')[0]!;
      if ((RESERVED_PAGE_IDS as readonly string[]).includes(top)) {
        report(candidate.file, 1, 1, 'file', `a page cannot be called "${top}": the site uses /${top}/ already; rename the file`);
      }
    }
    if (candidate.collection === 'essays' && candidate.id.split('/')[0] === 'page') {
      report(
        candidate.file,
        1,
        1,
        'file',
        'an essay id cannot start with "page/": /essays/page/… holds the pages of the essay list; rename the folder',
      );
    }
  }
}

function suggestFileName(segments: string[], extension: string): string {
  return `${segments.map((part) => slug(part) || 'untitled').join('/')}${extension}`;
}
