import type { Dictionary } from './types.ts';

export const vi: Dictionary = {
  languageName: 'Tiếng Việt',
  otherLanguages: 'Ngôn ngữ khác',
  original: 'Bản gốc',
  translatedBy: (names) => `Người dịch: ${names}`,
  translationOf: (title) => `Bản dịch của “${title}”`,
  essaysFeedIn: (language) => `Bài viết bằng ${language}`,
  translations: 'Bản dịch',
};
