/**
 * Interface phrases with links inside them. A dictionary says "Translated by A and B" as a
 * function of plain text (lib/i18n/types.ts), and each language puts the names where its
 * grammar wants them ("번역: A, B", "翻訳：A、B"); a page that links each name asks where the
 * value goes and how the language joins a list, and puts its links there.
 */

/** Stands in for the value: no phrase of a dictionary contains it. */
const SLOT = '\u0000';

/** The words a phrase puts before and after its value: `(t) => \`Translation of “${t}”\`` → "Translation of “", "”". */
export function aroundValue(phrase: (value: string) => string): { before: string; after: string } {
  const text = phrase(SLOT);
  const at = text.indexOf(SLOT);
  return at < 0 ? { before: text, after: '' } : { before: text.slice(0, at), after: text.slice(at + SLOT.length) };
}

/**
 * A list of `count` items as `lang` joins them, the items by their index and the words
 * between as text: for "en", 3 → [0, ", ", 1, ", and ", 2]; for "ko", 2 → [0, " 및 ", 1].
 */
export function listParts(lang: string, count: number): Array<number | string> {
  const items = Array.from({ length: count }, (_, index) => `${SLOT}${index}${SLOT}`);
  return new Intl.ListFormat(lang, { type: 'conjunction' })
    .formatToParts(items)
    .map((part) => (part.type === 'element' ? items.indexOf(part.value) : part.value));
}
