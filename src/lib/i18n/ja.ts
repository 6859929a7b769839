import type { Dictionary } from './types.ts';

export const ja: Dictionary = {
  languageName: '日本語',
  otherLanguages: '他の言語',
  original: '原文',
  translatedBy: (names) => `翻訳：${names}`,
  translationOf: (title) => `「${title}」の翻訳`,
  essaysFeedIn: (language) => `${language}のエッセイ`,
  translations: '翻訳',
};
