/**
 * Which dictionary speaks a language. A page takes the dictionary of its content's language
 * when there is one, else the site's interface language (SITE.lang), else English; the text
 * itself keeps its own `lang` whatever the interface falls back to.
 *
 * Adding a language: write `<tag>.ts` implementing `Dictionary` (types.ts) and list it below
 * (docs/languages.md, step by step).
 */
import { textDirection } from '../text-direction.ts';
import { en } from './en.ts';
import { ja } from './ja.ts';
import { ko } from './ko.ts';
import type { Dictionary } from './types.ts';
import { vi } from './vi.ts';
import { zhHant } from './zh-Hant.ts';
import { zh } from './zh.ts';

export type { Dictionary } from './types.ts';
export { countryNameIn, languageNameIn } from './names.ts';

/**
 * Every dictionary, by BCP 47 tag: a primary language, or a language with its script where
 * one language is written in two ("zh" is simplified Chinese, "zh-Hant" traditional).
 */
export const DICTIONARIES: Readonly<Record<string, Dictionary>> = { en, ko, vi, ja, zh, 'zh-Hant': zhHant };

/** "zh-TW" → "zh-Hant", "ko" → "ko-Kore": the language and the script it is written in. */
function languageAndScript(lang: string): string | undefined {
  try {
    const locale = new Intl.Locale(lang).maximize();
    return `${locale.language}-${locale.script ?? ''}`.toLowerCase();
  } catch {
    return undefined;
  }
}

/**
 * The tag of the dictionary for `lang`: the exact tag, else the one of the same language in
 * the same script ("zh-TW" and "zh-HK" → "zh-Hant", "zh-CN" and "zh-Hans" → "zh", "ko-KR" →
 * "ko"), else undefined.
 */
export function dictionaryTag(lang: string): string | undefined {
  const tags = Object.keys(DICTIONARIES);
  const wanted = lang.toLowerCase();
  const exact = tags.find((tag) => tag.toLowerCase() === wanted);
  if (exact) return exact;
  const script = languageAndScript(lang);
  return script ? tags.find((tag) => languageAndScript(tag) === script) : undefined;
}

/** The interface for `lang`: its dictionary and the tag to put on what it says. */
export function interfaceFor(lang: string, fallback = 'en'): { lang: string; t: Dictionary } {
  const tag = dictionaryTag(lang) ?? dictionaryTag(fallback) ?? 'en';
  return { lang: tag, t: DICTIONARIES[tag] ?? en };
}

/**
 * The `lang` and `dir` attributes for text in `lang` inside a page (or element) in `around`:
 * none when both are the same language, so that only what differs is marked.
 */
export function langAttributes(lang: string, around: string): { lang?: string; dir?: 'ltr' | 'rtl' } {
  if (lang.toLowerCase() === around.toLowerCase() || (dictionaryTag(lang) !== undefined && dictionaryTag(lang) === dictionaryTag(around))) {
    return {};
  }
  const dir = textDirection(lang);
  return dir === textDirection(around) ? { lang } : { lang, dir };
}

/** A language's name in its own script ("한국어", "Tiếng Việt"), from its dictionary or from Intl. */
export function endonym(lang: string): string {
  const tag = dictionaryTag(lang);
  if (tag && tag.toLowerCase() === lang.toLowerCase()) return DICTIONARIES[tag]!.languageName;
  const name = new Intl.DisplayNames([lang], { type: 'language', fallback: 'none' }).of(lang);
  return name ? name.charAt(0).toLocaleUpperCase(lang) + name.slice(1) : lang;
}
