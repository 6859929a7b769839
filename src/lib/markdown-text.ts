/**
 * The words of a Markdown or MDX body, without its syntax: what a reader reads.
 * - `markdownText` strips the syntax by pattern, quickly: enough to count words for the reading
 *   time, computed for every body as it is loaded.
 * - `publishedText` renders the body as the site does (Sätteri) and keeps the text of what the
 *   sanitiser publishes (lib/sanitise.ts): what search indexes, so the index never holds words
 *   the page does not show (a script's code, an attribute's value).
 */
import { markdownToHtml } from 'satteri';
import { visibleText } from './sanitise.ts';

/** MDX module lines (`import`, `export`): code, never shown. */
const MDX_MODULE_LINES = /^(?:import|export)\s[^\n]*$/gm;
/** MDX expressions (`{year}`): their value is computed by the build, not written in the text. */
const MDX_EXPRESSIONS = /\{[^{}\n]*\}/g;

export function markdownText(markdown: string): string {
  return markdown
    .replace(MDX_MODULE_LINES, ' ')
    .replace(/```[\s\S]*?```|~~~[\s\S]*?~~~/g, ' ') // fenced code
    .replace(/<[^>\n]+>/g, ' ') // HTML and JSX tags (their text stays)
    .replace(MDX_EXPRESSIONS, ' ')
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1') // images: their alt text
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1') // links: their text
    .replace(/^\s{0,3}\[[^\]]+\]:\s*\S+.*$/gm, ' ') // link definitions
    .replace(/^\s{0,3}(?:#{1,6}|>|[-*+]|\d+[.)])\s+/gm, '') // headings, quotes, list markers
    .replace(/[*_`~|]+/g, ' ') // emphasis, code, tables
    .replace(/\s+/g, ' ')
    .trim();
}

/** The text of `markdown` as published: rendered, sanitised, its words. */
export function publishedText(markdown: string): string {
  if (markdown.trim() === '') return '';
  const source = markdown.replace(MDX_MODULE_LINES, ' ').replace(MDX_EXPRESSIONS, ' ');
  return visibleText(markdownToHtml(source, { features: { gfm: true, smartPunctuation: true } }).html);
}
