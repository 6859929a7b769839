/** Languages written right to left, by primary subtag. */
const RTL = new Set(['ar', 'dv', 'fa', 'he', 'ks', 'ku', 'ps', 'sd', 'ug', 'ur', 'yi']);

/** The `dir` of a BCP 47 language tag. */
export function textDirection(lang: string): 'ltr' | 'rtl' {
  return RTL.has(lang.split('-')[0]!.toLowerCase()) ? 'rtl' : 'ltr';
}

const languageNames = new Intl.DisplayNames(['en'], { type: 'language' });

/** English name of a language tag ("ko" → "Korean"). */
export function languageName(lang: string): string {
  return languageNames.of(lang) ?? lang;
}

/**
 * A language's name in its own script ("ko" → "한국어", "vi" → "Tiếng Việt"), from the
 * browser's (or Node's) language data alone: for the search page's script, which must not
 * carry the interface's dictionaries. lib/i18n's `endonym` gives the same names for the
 * languages that have a dictionary (tests/unit/search.test.ts holds them to it).
 */
export function ownLanguageName(lang: string): string {
  let name: string | undefined;
  try {
    name = new Intl.DisplayNames([lang], { type: 'language', fallback: 'none' }).of(lang);
  } catch {
    name = undefined;
  }
  return name ? name.charAt(0).toLocaleUpperCase(lang) + name.slice(1) : lang;
}
