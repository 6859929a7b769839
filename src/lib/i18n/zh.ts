import type { Dictionary } from './types.ts';

export const zh: Dictionary = {
  languageName: '中文',
  otherLanguages: '其他语言',
  original: '原文',
  translatedBy: (names) => `译者：${names}`,
  translationOf: (title) => `《${title}》的译文`,
  essaysFeedIn: (language) => `${language}文章`,
  translations: '译文',
};
