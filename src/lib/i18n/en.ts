import type { Dictionary } from './types.ts';

export const en: Dictionary = {
  languageName: 'English',
  otherLanguages: 'Other languages',
  original: 'Original',
  translatedBy: (names) => `Translated by ${names}`,
  translationOf: (title) => `Translation of “${title}”`,
  essaysFeedIn: (language) => `Essays in ${language}`,
  translations: 'Translations',
};
