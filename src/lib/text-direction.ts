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
