/**
 * The interface's words, one dictionary per language. Every dictionary implements the whole
 * of `Dictionary`, so a language with a missing word is a type error and cannot ship half
 * translated. Words that take a value are functions, so each language orders them its own way.
 */
export interface Dictionary {
  /** The language's name in its own script, as a language switcher shows it: "한국어". */
  languageName: string;
  /** Heading of the list of an essay's other language versions. */
  otherLanguages: string;
  /** Marks the version that is the original text. */
  original: string;
  /** Credit line for the translators: "Translated by A and B". */
  translatedBy: (names: string) => string;
  /** Says which essay a translation translates: "Translation of “Title”". */
  translationOf: (title: string) => string;
  /** Title of the full-text feed of the essays in one language: "Essays in Korean". */
  essaysFeedIn: (language: string) => string;
  /** Heading of the essays a person translated, on their page. */
  translations: string;
}
