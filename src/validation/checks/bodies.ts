/**
 * The body of each file: raw HTML the site would not publish.
 */
import { findRawHtml } from '../../lib/raw-html.ts';
import { positionAt } from '../source.ts';
import type { Candidate, Reporter } from '../types.ts';

export function checkBodies(candidates: Candidate[], report: Reporter) {
  for (const candidate of candidates) {
    for (const finding of findRawHtml(candidate.body)) {
      const pos = positionAt(candidate.starts, candidate.bodyOffset + finding.offset);
      report(candidate.file, pos.line, pos.column, 'body', finding.message);
    }
  }
}
