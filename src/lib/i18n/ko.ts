import type { Dictionary } from './types.ts';

export const ko: Dictionary = {
  languageName: '한국어',
  otherLanguages: '다른 언어',
  original: '원문',
  translatedBy: (names) => `번역: ${names}`,
  translationOf: (title) => `「${title}」의 번역`,
  essaysFeedIn: (language) => `${language} 에세이`,
  translations: '번역',
};
