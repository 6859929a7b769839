/**
 * Minutes a reader needs for a text. Latin-script words are counted at 220 a minute;
 * Chinese, Japanese and Korean are counted by character (CJK text has no spaces between
 * words) at 500 a minute.
 *
 * Counted in one pass over the characters, without splitting the text into words: it runs
 * for every essay of the archive on each build.
 */
import { markdownText } from './markdown-text.ts';

/** Kana, CJK ideographs and Hangul syllables: each counts as a character read. */
function isCjk(code: number): boolean {
  return (
    (code >= 0x3040 && code <= 0x30ff) ||
    (code >= 0x3400 && code <= 0x4dbf) ||
    (code >= 0x4e00 && code <= 0x9fff) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0xac00 && code <= 0xd7af)
  );
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
/** Answers for the Basic Multilingual Plane, filled in as characters are met: 0 unknown, 1 yes, 2 no. */
const letterOrDigit = new Uint8Array(0x10000);

function isLetterOrDigit(text: string, index: number, code: number): boolean {
  if (code < 0x80) return (code >= 0x30 && code <= 0x39) || ((code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a);
  if (code >= 0xd800 && code <= 0xdbff) return LETTER_OR_DIGIT.test(String.fromCodePoint(text.codePointAt(index)!));
  if (letterOrDigit[code] === 0) letterOrDigit[code] = LETTER_OR_DIGIT.test(String.fromCharCode(code)) ? 1 : 2;
  return letterOrDigit[code] === 1;
}

/** Minutes to read a Markdown or MDX body. */
export function readingMinutes(markdown: string): number {
  return readingMinutesOfText(markdownText(markdown));
}

/** Minutes to read a body's text, its syntax taken out (`markdownText`). */
export function readingMinutesOfText(text: string): number {
  let cjkChars = 0;
  let words = 0;
  // A word is a run of characters between spaces (or CJK characters) holding a letter or digit.
  let inWord = false;
  let counted = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x20) {
      inWord = false;
    } else if (isCjk(code)) {
      cjkChars += 1;
      inWord = false;
    } else {
      if (!inWord) {
        inWord = true;
        counted = false;
      }
      if (!counted && isLetterOrDigit(text, i, code)) {
        words += 1;
        counted = true;
      }
    }
  }
  return Math.max(1, Math.round(words / 220 + cjkChars / 500));
}
