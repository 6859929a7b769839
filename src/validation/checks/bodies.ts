/**
 * The body of each file: what the sanitiser would leave out of the published text (a warning:
 * the text is published without it), and names the site keeps for itself (an error).
 */
import { findRawHtml } from '../../lib/raw-html.ts';
import { positionAt } from '../source.ts';
import type { Candidate, Reporter } from '../types.ts';

export function checkBodies(candidates: Candidate[], report: Reporter) {
  for (const candidate of candidates) {
    for (const finding of findRawHtml(candidate.body, { mdx: candidate.file.endsWith('.mdx') })) {
      const pos = positionAt(candidate.starts, candidate.bodyOffset + finding.offset);
      report(candidate.file, pos.line, pos.column, 'body', finding.message, finding.severity);
    }
  }
}
