/**
 * MDX essays stay within the safe subset (../mdx-subset.ts, docs/mdx.md): nothing in an essay
 * runs code of its author's choosing when the site is built. Checked before Astro reads any
 * content, so a refused essay is never compiled.
 */
import { mdxSubsetFindings } from '../mdx-subset.ts';
import { positionAt } from '../source.ts';
import type { Candidate, Reporter } from '../types.ts';

/**
 * The components essays may use, by tag name, with the one specifier each may be imported from.
 * None yet: the essay page gives MDX no components, so essays use HTML tags only.
 */
const MDX_COMPONENTS: Readonly<Record<string, string>> = {};

export function checkMdx(candidates: Candidate[], report: Reporter) {
  for (const candidate of candidates) {
    if (!candidate.file.endsWith('.mdx')) continue;
    for (const finding of mdxSubsetFindings(candidate.body, { components: MDX_COMPONENTS })) {
      const pos = positionAt(candidate.starts, candidate.bodyOffset + finding.offset);
      report(candidate.file, pos.line, pos.column, 'body', finding.message);
    }
  }
}
