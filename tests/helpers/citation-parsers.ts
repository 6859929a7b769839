/** Real parsers for the citation formats (citation-js and its BibTeX and RIS plugins). */
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';

export interface CslItem {
  title?: string;
  author?: Array<{ family?: string; given?: string; literal?: string }>;
  issued?: { 'date-parts'?: number[][] };
  URL?: string;
  type?: string;
  [key: string]: unknown;
}

/** Parses BibTeX, RIS or CSL-JSON text into CSL items; throws on what it cannot read. */
export function parseCitation(text: string, format: '@biblatex/text' | '@ris/file' | '@csl/list+object'): CslItem[] {
  const input = format === '@csl/list+object' ? JSON.parse(text) : text;
  return new Cite(input, { forceType: format }).data as CslItem[];
}
