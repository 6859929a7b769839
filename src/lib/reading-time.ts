/**
 * Minutes a reader needs for a text. Latin-script words are counted at 220 a minute;
 * Chinese, Japanese and Korean are counted by character (CJK text has no spaces between
 * words) at 500 a minute.
 */
import { markdownText } from './markdown-text.ts';

const CJK = /[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uac00-\ud7af]/gu;

export function readingMinutes(markdown: string): number {
  const text = markdownText(markdown);
  const cjkChars = text.match(CJK)?.length ?? 0;
  const words = text.replace(CJK, ' ').split(' ').filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
  return Math.max(1, Math.round(words / 220 + cjkChars / 500));
}
