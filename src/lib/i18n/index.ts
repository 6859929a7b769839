/**
 * Which dictionary speaks a language. A page takes the dictionary of its content's language
 * when there is one, else the site's interface language (SITE.lang), else English; the text
 * itself keeps its own `lang` whatever the interface falls back to.
 *
 * Adding a language: write `<tag>.ts` implementing `Dictionary` (types.ts) and list it below.
 */
import { en } from './en.ts';
import { ja } from './ja.ts';
import { ko } from './ko.ts';
import type { Dictionary } from './types.ts';
import { vi } from './vi.ts';
import { zh } from './zh.ts';

export type { Dictionary } from './types.ts';

/** Every dictionary, by BCP 47 tag (a primary language, or a language with its script). */
export const DICTIONARIES: Readonly<Record<string, Dictionary>> = { en, ko, vi, ja, zh };

/**
 * The tag of the dictionary for `lang`: the exact tag ("zh-Hant" when there is one), else
 * its primary language ("ko" for "ko-KR"), else undefined.
 */
export function dictionaryTag(lang: string): string | undefined {
  const tags = Object.keys(DICTIONARIES);
  const wanted = lang.toLowerCase();
  return tags.find((tag) => tag.toLowerCase() === wanted) ?? tags.find((tag) => tag.toLowerCase() === wanted.split('-')[0]);
}

/** The interface for `lang`: its dictionary and the tag to put on what it says. */
export function interfaceFor(lang: string, fallback = 'en'): { lang: string; t: Dictionary } {
  const tag = dictionaryTag(lang) ?? dictionaryTag(fallback) ?? 'en';
  return { lang: tag, t: DICTIONARIES[tag] ?? en };
}

/** A language's name in its own script ("한국어", "Tiếng Việt"), from its dictionary or from Intl. */
export function endonym(lang: string): string {
  const tag = dictionaryTag(lang);
  if (tag && tag.toLowerCase() === lang.toLowerCase()) return DICTIONARIES[tag]!.languageName;
  const name = new Intl.DisplayNames([lang], { type: 'language', fallback: 'none' }).of(lang);
  return name ? name.charAt(0).toLocaleUpperCase(lang) + name.slice(1) : lang;
}
