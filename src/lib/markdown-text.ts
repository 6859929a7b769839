import { processSlot } from './process-slot.ts';

/**
 * The words of a Markdown or MDX body, without its syntax: what a reader reads. Used for
 * reading time and for the search index, which indexes the text of each record.
 */
export function markdownText(markdown: string): string {
  return markdown
    .replace(/^(?:import|export)\s[^\n]*$/gm, ' ') // MDX module lines
    .replace(/```[\s\S]*?```|~~~[\s\S]*?~~~/g, ' ') // fenced code
    .replace(/<[^>\n]+>/g, ' ') // HTML and JSX tags (their text stays)
    .replace(/\{[^{}\n]*\}/g, ' ') // MDX expressions
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1') // images: their alt text
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1') // links: their text
    .replace(/^\s{0,3}\[[^\]]+\]:\s*\S+.*$/gm, ' ') // link definitions
    .replace(/^\s{0,3}(?:#{1,6}|>|[-*+]|\d+[.)])\s+/gm, '') // headings, quotes, list markers
    .replace(/[*_`~|]+/g, ' ') // emphasis, code, tables
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Bodies' texts made once for two readers of one build: the search records, made by an
 * integration before Astro reads any content, and the reading time, taken by the essays'
 * loader as each essay is loaded. The two are separate module instances, so the texts travel
 * through a process-wide slot (lib/process-slot.ts), keyed by the body itself: a body that has
 * changed in between is not found, and its text is made afresh. Astro trims a body; so does
 * the key.
 */
const shared = processSlot<Map<string, string>>('archive.markdown-texts');

function sharedTexts(): Map<string, string> {
  let texts = shared.get();
  if (!texts) {
    texts = new Map();
    shared.set(texts);
  }
  return texts;
}

/** `markdownText(markdown)`, also kept for the next `takeMarkdownText` of the same body. */
export function shareMarkdownText(markdown: string): string {
  const body = markdown.trim();
  const text = markdownText(body);
  sharedTexts().set(body, text);
  return text;
}

/** The text kept for this body by `shareMarkdownText`, given up as it is taken; or made now. */
export function takeMarkdownText(markdown: string): string {
  const body = markdown.trim();
  const texts = sharedTexts();
  const text = texts.get(body);
  if (text === undefined) return markdownText(body);
  texts.delete(body);
  return text;
}

/** Drops the texts no one took (a body changed since its record was made). */
export function forgetSharedMarkdownTexts(): void {
  sharedTexts().clear();
}
