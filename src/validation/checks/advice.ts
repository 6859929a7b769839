/**
 * Advice (warnings, never errors): records readers will struggle to find, placeholders left
 * from `npm run new` (in a title, a summary or the text: a new translation has all three),
 * descriptions that only repeat the title.
 */
import { positionAt } from '../source.ts';
import { at, fieldsOf, type Candidate, type Reporter } from '../types.ts';

const normalise = (text: string) =>
  text
    .toLowerCase()
    .replace(/[\s\p{P}]+/gu, ' ')
    .trim();

/**
 * Warnings: not mistakes the site cannot build with, but records readers will struggle to
 * find or that say nothing new. They never stop a build.
 */
export function checkAdvice(candidates: Candidate[], report: Reporter) {
  const referenced = new Set<string>();
  for (const candidate of candidates) {
    const fields = fieldsOf(candidate);
    if (!fields) continue;
    if (candidate.collection === 'essays' && Array.isArray(fields.authors)) for (const id of fields.authors) referenced.add(String(id));
    if (candidate.collection === 'essays' && Array.isArray(fields.translators))
      for (const id of fields.translators) referenced.add(String(id));
    if (candidate.collection === 'dialogues' && Array.isArray(fields.delegates))
      for (const id of fields.delegates) referenced.add(String(id));
  }
  for (const candidate of candidates) {
    const fields = candidate.data;
    if (!fieldsOf(candidate)) continue;
    if (fields && candidate.collection === 'essays' && Array.isArray(fields.topics) && fields.topics.length === 0) {
      const pos = candidate.input && 'topics' in candidate.input ? at(candidate, ['topics']) : { line: 1, column: 1 };
      report(
        candidate.file,
        pos.line,
        pos.column,
        'topics',
        'the essay has no topics; add at least one so readers can find it by topic',
        'warning',
      );
    }
    if (fields && candidate.collection === 'people' && !referenced.has(candidate.id)) {
      report(
        candidate.file,
        1,
        1,
        'file',
        'no essay names this person as an author or translator and no dialogue as a delegate; link them, or remove the file',
        'warning',
      );
    }
    const written = fieldsOf(candidate)!;
    for (const key of ['title', 'description', 'summary']) {
      const value = written[key];
      if (typeof value === 'string' && /^\s*TODO\b/.test(value)) {
        const pos = at(candidate, [key]);
        report(
          candidate.file,
          pos.line,
          pos.column,
          key,
          'still holds the placeholder text from `npm run new`; write the real one before publishing',
          'warning',
        );
      }
    }
    const placeholder = /^\s*TODO\b/.exec(candidate.body);
    if (placeholder) {
      const pos = positionAt(candidate.starts, candidate.bodyOffset + placeholder[0].length - 4);
      report(
        candidate.file,
        pos.line,
        pos.column,
        'body',
        'still holds the placeholder text from `npm run new`; write the real one before publishing',
        'warning',
      );
    }
    if (
      (candidate.collection === 'essays' || candidate.collection === 'pages') &&
      typeof written.title === 'string' &&
      typeof written.description === 'string'
    ) {
      if (normalise(written.description) === normalise(written.title)) {
        const pos = at(candidate, ['description']);
        report(
          candidate.file,
          pos.line,
          pos.column,
          'description',
          'only repeats the title; say in a sentence what the reader will find',
          'warning',
        );
      }
    }
  }
}
