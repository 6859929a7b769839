/**
 * Each file's frontmatter against its collection's schema: every issue at its line, unknown
 * fields with the closest known name.
 */
import { COLLECTIONS } from '../../schemas/index.ts';
import { fieldsAt } from '../../schemas/walk.ts';
import { describeIssue, describeUnknownKey, fieldLabel } from '../issues.ts';
import { at, getAt, type Candidate, type Reporter } from '../types.ts';

export function checkSchema(candidate: Candidate, input: Record<string, unknown>, report: Reporter) {
  const { schema, noun } = COLLECTIONS[candidate.collection];
  const result = schema.safeParse(input);
  if (result.success) {
    candidate.data = result.data as Record<string, unknown>;
    return;
  }
  for (const issue of result.error.issues) {
    if (issue.code === 'unrecognized_keys') {
      const allowed = fieldsAt(schema, issue.path);
      const where = issue.path.length === 0 ? `a${/^[aeiou]/.test(noun) ? 'n' : ''} ${noun}` : `"${fieldLabel(issue.path)}"`;
      for (const key of issue.keys) {
        const path = [...issue.path, key];
        const pos = at(candidate, path, { key: true });
        report(candidate.file, pos.line, pos.column, fieldLabel(path), describeUnknownKey(key, allowed, where));
      }
      continue;
    }
    const value = getAt(input, issue.path);
    // A missing field is reported where it belongs: at its parent, or the opening "---".
    const pos =
      value === undefined
        ? issue.path.length > 1
          ? at(candidate, issue.path.slice(0, -1), { key: true })
          : { line: 1, column: 1 }
        : at(candidate, issue.path);
    report(candidate.file, pos.line, pos.column, fieldLabel(issue.path), describeIssue(issue, value));
  }
}
