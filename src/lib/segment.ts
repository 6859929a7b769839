/**
 * Word boundaries for scripts written without spaces (Chinese, Japanese, Thai, Lao, Khmer,
 * Burmese). The search index holds one index for every language (see docs/search.md), and
 * its tokenizer splits on spaces; so text in these scripts is split into words with
 * Intl.Segmenter before indexing, and a query is split the same way before searching.
 * Korean and Vietnamese separate words with spaces and need nothing.
 */

const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u;
const UNSPACED_RUN =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}ー々]+/gu;
const KANA = /[\p{Script=Hiragana}\p{Script=Katakana}]/u;

/** The locale to segment a run of text with: the page's language if it is one of these, else a guess from the script. */
function localeFor(run: string, lang?: string): string {
  const primary = lang?.split('-')[0];
  if (primary && ['zh', 'ja', 'th', 'lo', 'km', 'my'].includes(primary)) return lang!;
  if (KANA.test(run)) return 'ja';
  if (/\p{Script=Han}/u.test(run)) return 'zh';
  if (/\p{Script=Thai}/u.test(run)) return 'th';
  if (/\p{Script=Lao}/u.test(run)) return 'lo';
  if (/\p{Script=Khmer}/u.test(run)) return 'km';
  return 'my';
}

const segmenters = new Map<string, Intl.Segmenter>();
function segmenter(locale: string): Intl.Segmenter {
  let s = segmenters.get(locale);
  if (!s) {
    s = new Intl.Segmenter(locale, { granularity: 'word' });
    segmenters.set(locale, s);
  }
  return s;
}

/** True when `text` holds a script that is written without spaces between words. */
function needsSegmenting(text: string): boolean {
  return UNSPACED.test(text);
}

/** `text` with a space between the words of every unspaced run: "气候变化" → "气候 变化". */
export function segmentWords(text: string, lang?: string): string {
  if (!needsSegmenting(text) || typeof Intl.Segmenter !== 'function') return text;
  return text.replace(UNSPACED_RUN, (run) =>
    Array.from(segmenter(localeFor(run, lang)).segment(run), (part) => part.segment)
      .filter((word) => word.trim() !== '')
      .join(' '),
  );
}

/**
 * The same for the text of an HTML document, leaving tags and attribute values alone:
 * what the indexer reads, never what readers see.
 */
export function segmentHtmlText(html: string, lang?: string): string {
  if (!needsSegmenting(html)) return html;
  return html.replace(/(<[^>]*>)([^<]+)(?=<)/g, (whole, tag: string, text: string) =>
    // Filter values, metadata and sort keys are shown as written, so they are left whole.
    needsSegmenting(text) && !/data-pagefind-(?:meta|filter|sort)/.test(tag) ? `${tag}${segmentWords(text, lang)}` : whole,
  );
}

/** Undoes the spaces the index put between unspaced words, for showing excerpts. */
export function joinSegmented(text: string): string {
  return text.replace(
    /([\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}ー々](?:<\/mark>)?) (?=(?:<mark>)?[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}ー々])/gu,
    '$1',
  );
}
