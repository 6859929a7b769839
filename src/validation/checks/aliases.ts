/**
 * Old addresses (aliases) of essays: never a current page's address, one the site uses, or an
 * address claimed twice.
 */
import { aliasOutputFile, entryPath } from '../../lib/urls.ts';
import { fieldLabel } from '../issues.ts';
import { at, fieldsOf, type Candidate, type Reporter } from '../types.ts';

export function checkAliases(candidates: Candidate[], report: Reporter) {
  const pages = new Map<string, string>();
  for (const candidate of candidates) pages.set(aliasOutputFile(entryPath(candidate.collection, candidate.id)), candidate.file);
  const claims = new Map<string, Array<{ candidate: Candidate; index: number }>>();
  for (const candidate of candidates) {
    const fields = fieldsOf(candidate);
    if (candidate.collection !== 'essays' || !fields || !Array.isArray(fields.aliases)) continue;
    (fields.aliases as unknown[]).forEach((alias, index) => {
      if (typeof alias !== 'string' || !alias.startsWith('/')) return;
      const path = ['aliases', index];
      const pos = at(candidate, path);
      const output = aliasOutputFile(alias);
      const owner = pages.get(output);
      const top = alias.split('/')[1] ?? '';
      if (owner) {
        report(
          candidate.file,
          pos.line,
          pos.column,
          fieldLabel(path),
          owner === candidate.file
            ? 'is the address of this essay itself; remove it'
            : `is the address of ${owner}; an old address cannot replace a current page`,
        );
      } else if (
        ['_astro', 'pagefind', 'data'].includes(top) ||
        /^\/essays\/page\//.test(alias) ||
        /^\/(essays|dialogues|partners|people|topics)\/?$/.test(alias) ||
        /\.(xml|json|txt)$/.test(alias)
      ) {
        report(
          candidate.file,
          pos.line,
          pos.column,
          fieldLabel(path),
          "is an address the site itself uses; choose the old page's real path",
        );
      } else {
        claims.set(output, [...(claims.get(output) ?? []), { candidate, index }]);
      }
    });
  }
  for (const claimants of claims.values()) {
    if (claimants.length < 2) continue;
    for (const { candidate, index } of claimants) {
      const others = claimants.filter((c) => c.candidate !== candidate).map((c) => c.candidate.file);
      const path = ['aliases', index];
      const pos = at(candidate, path);
      const message =
        others.length > 0
          ? `is also an alias in ${others.join(', ')}; an old address can lead to one page only`
          : 'is listed twice; keep one';
      report(candidate.file, pos.line, pos.column, fieldLabel(path), message);
    }
  }
}
