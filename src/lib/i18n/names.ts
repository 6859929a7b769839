/**
 * Names of languages and countries in the interface's language. Apart from the dictionaries,
 * so that the search page's script, which names nothing, does not carry them.
 */
import { countryName } from '../../schemas/countries.ts';
import { intlLocale } from '../labels.ts';

/** A language's name in the interface's language: "Korean" in English, "한국어" in Korean, "韓国語" in Japanese. */
export function languageNameIn(lang: string, interfaceLang: string): string {
  const locale = intlLocale(interfaceLang);
  const name = new Intl.DisplayNames([locale], { type: 'language', fallback: 'none' }).of(lang);
  return name ? name.charAt(0).toLocaleUpperCase(locale) + name.slice(1) : lang;
}

/**
 * A country's name in the interface's language. English names are the archive's own list
 * (schemas/countries.ts); other languages take Unicode's names from `Intl`, which come with
 * the Node the project pins (package.json), so every build names a country alike.
 */
export function countryNameIn(code: string, interfaceLang: string): string {
  const locale = intlLocale(interfaceLang);
  if (locale.startsWith('en')) return countryName(code);
  return new Intl.DisplayNames([locale], { type: 'region', fallback: 'none' }).of(code) ?? countryName(code);
}
