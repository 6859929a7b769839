/**
 * References between records: every id a field names must be a file of its collection.
 */
import { closest } from '../../lib/suggest.ts';
import { COLLECTION_NAMES, COLLECTIONS, ID_PATTERN, type CollectionName } from '../../schemas/index.ts';
import { referenceFields, valuesAt } from '../../schemas/walk.ts';
import { fieldLabel } from '../issues.ts';
import { at, fieldsOf, type Candidate, type Reporter } from '../types.ts';

export function checkReferences(candidates: Candidate[], report: Reporter) {
  const ids = new Map<CollectionName, Set<string>>(COLLECTION_NAMES.map((name) => [name, new Set<string>()]));
  for (const candidate of candidates) ids.get(candidate.collection)!.add(candidate.id);
  for (const candidate of candidates) {
    const fields = fieldsOf(candidate);
    if (!fields) continue;
    for (const field of referenceFields(COLLECTIONS[candidate.collection].schema)) {
      const known = ids.get(field.collection)!;
      for (const { path, value } of valuesAt(fields, field.path)) {
        if (typeof value !== 'string' || !ID_PATTERN.test(value) || known.has(value)) continue;
        const near = closest(value, known);
        const hint =
          near.length > 0
            ? `did you mean ${near.map((id) => `"${id}"`).join(' or ')}?`
            : `no file in ${field.collection}/ has a similar id`;
        const pos = at(candidate, path);
        report(
          candidate.file,
          pos.line,
          pos.column,
          fieldLabel(path),
          `refers to "${value}", but there is no ${field.collection}/${value}.md; ${hint}`,
        );
      }
    }
  }
}
