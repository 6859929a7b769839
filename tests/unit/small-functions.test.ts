import { describe, expect, test } from 'vitest';
import { settingsFrom } from '../../src/config';
import { baseLinksPlugins, needsBase } from '../../src/lib/base-links';
import { countryName, COUNTRY_CODES, isCountryCode } from '../../src/schemas/countries';
import { attachmentType, extensionOf, formatBytes } from '../../src/lib/files';
import { joinNames, ordinal } from '../../src/lib/labels';
import { markdownText } from '../../src/lib/markdown-text';
import { readingMinutes, readingMinutesOfText } from '../../src/lib/reading-time';
import { redirectPageHtml } from '../../src/lib/redirect-page';
import { languageName, textDirection } from '../../src/lib/text-direction';
import { aliasOutputFile, attachmentPath, entryPath, essayListPath, withBase } from '../../src/lib/urls';

describe('countries', () => {
  test('the full ISO 3166-1 alpha-2 list', () => {
    expect(COUNTRY_CODES).toHaveLength(249);
    expect(isCountryCode('NZ')).toBe(true);
    expect(isCountryCode('UK')).toBe(false);
    expect(isCountryCode('nz')).toBe(false);
    expect(countryName('KR')).toBe('South Korea');
    expect(countryName('TW')).toBe('Taiwan');
    expect(countryName('ZZ')).toBe('ZZ');
  });
});

describe('urls', () => {
  test.each([
    [entryPath('essays', '2025/nz-korea'), '/essays/2025/nz-korea/'],
    [entryPath('pages', 'about'), '/about/'],
    [entryPath('people', 'alex-tan'), '/people/alex-tan/'],
    [essayListPath(1), '/essays/'],
    [essayListPath(3), '/essays/page/3/'],
    [attachmentPath('a/b', 'r.pdf'), '/essays/a/b/r.pdf'],
    [aliasOutputFile('/news/old/'), 'news/old/index.html'],
    [aliasOutputFile('/news/old'), 'news/old/index.html'],
    [aliasOutputFile('/news/old.html'), 'news/old.html'],
    [aliasOutputFile('/news/old.HTM'), 'news/old.HTM'],
    [withBase('/essays/', '/'), '/essays/'],
    [withBase('/essays/', '/archive/'), '/archive/essays/'],
    [withBase('essays/', '/archive'), '/archive/essays/'],
  ])('%s is %s', (actual, expected) => {
    expect(actual).toBe(expected);
  });
});

describe('files', () => {
  test.each([
    [0, '0 bytes'],
    [756, '756 bytes'],
    [1024, '1.0 KB'],
    [917_228, '896 KB'],
    [1_572_864, '1.5 MB'],
  ])('%i bytes reads %s', (bytes, expected) => {
    expect(formatBytes(bytes)).toBe(expected);
  });

  test('types by extension', () => {
    expect(extensionOf('a/b/Report.PDF')).toBe('pdf');
    expect(extensionOf('.hidden')).toBe('');
    expect(attachmentType('x.pdf')).toEqual({ label: 'PDF', mime: 'application/pdf', content: 'pdf' });
    expect(attachmentType('x.exe')).toBeUndefined();
  });
});

describe('labels', () => {
  test.each([
    [1, '1st'],
    [2, '2nd'],
    [3, '3rd'],
    [4, '4th'],
    [11, '11th'],
    [12, '12th'],
    [13, '13th'],
    [21, '21st'],
    [112, '112th'],
  ])('ordinal %i', (n, expected) => {
    expect(ordinal(n)).toBe(expected);
  });

  test('joinNames', () => {
    expect(joinNames([])).toBe('');
    expect(joinNames(['A'])).toBe('A');
    expect(joinNames(['A', 'B'])).toBe('A and B');
    expect(joinNames(['A', 'B', 'C'])).toBe('A, B and C');
  });
});

describe('reading time', () => {
  test('counts words in Latin scripts and characters in CJK', () => {
    expect(readingMinutes('word '.repeat(1100))).toBe(5);
    expect(readingMinutes('가'.repeat(2500))).toBe(5);
    expect(readingMinutes('')).toBe(1);
    // Only runs holding a letter or digit are words: 660 runs, 330 words (1.5 minutes).
    expect(readingMinutes('word, — '.repeat(330))).toBe(2);
    expect(readingMinutes('Ünï, … '.repeat(660))).toBe(3);
    expect(readingMinutes('𝐀 😀 '.repeat(330))).toBe(2);
    // CJK characters count on their own and end a word: 1,000 characters and 440 words.
    expect(readingMinutes('東京abc京都 '.repeat(250) + 'x '.repeat(190))).toBe(4);
    expect(readingMinutes('```\n' + 'code '.repeat(5000) + '\n```\nShort.')).toBe(1);
  });
});

describe('languages', () => {
  test('direction and names', () => {
    expect(textDirection('ar')).toBe('rtl');
    expect(textDirection('ko')).toBe('ltr');
    expect(languageName('ko')).toBe('Korean');
    expect(languageName('vi')).toBe('Vietnamese');
  });
});

describe('redirect page', () => {
  test('escapes the title and points everywhere at the target', () => {
    const html = redirectPageHtml({
      target: '/essays/a/',
      canonical: 'https://x.org/essays/a/',
      title: 'A & <B> "C"',
      siteTitle: 'Archive',
    });
    expect(html).toContain('<meta http-equiv="refresh" content="0; url=/essays/a/">');
    expect(html).toContain('<link rel="canonical" href="https://x.org/essays/a/">');
    expect(html).toContain('“A &amp; &lt;B&gt; &quot;C&quot;” is now at <a href="/essays/a/">');
    expect(html).not.toContain('<B>');
  });
});

describe('settings from the environment', () => {
  test('BASE_PATH with a slash at each end', () => {
    expect(settingsFrom({}, '/p').base).toBe('/');
    expect(settingsFrom({ BASE_PATH: 'archive' }, '/p').base).toBe('/archive/');
    expect(settingsFrom({ BASE_PATH: '//programme/archive//' }, '/p').base).toBe('/programme/archive/');
    expect(settingsFrom({ BASE_PATH: '/' }, '/p').base).toBe('/');
  });

  test('every setting has its default, and relative folders are read from the working directory', () => {
    expect(settingsFrom({}, '/p')).toEqual({
      contentDir: '/p/content',
      publicDir: '/p/public',
      siteUrl: 'http://localhost:4321',
      base: '/',
      buildDate: undefined,
      cms: { enabled: false, repo: undefined, branch: 'main' },
      chromePath: '/usr/bin/chromium',
      java: 'java',
      githubActions: false,
      siteLang: undefined,
    });
    const set = settingsFrom(
      { CONTENT_DIR: 'elsewhere', DECAP_CMS: '1', CMS_REPO: 'o/r', CMS_BRANCH: 'c', BUILD_DATE: '2026-01-01', GITHUB_ACTIONS: 'true' },
      '/p',
    );
    expect(set).toMatchObject({
      contentDir: '/p/elsewhere',
      cms: { enabled: true, repo: 'o/r', branch: 'c' },
      buildDate: '2026-01-01',
      githubActions: true,
    });
    expect(settingsFrom({ CONTENT_DIR: '/abs/content' }, '/p').contentDir).toBe('/abs/content');
  });

  test('SITE_LANG is read as a canonical language tag, and a value that is not one is refused by name', () => {
    expect(settingsFrom({ SITE_LANG: 'ko' }, '/p').siteLang).toBe('ko');
    expect(settingsFrom({ SITE_LANG: 'zh-hant' }, '/p').siteLang).toBe('zh-Hant');
    expect(settingsFrom({ SITE_LANG: '' }, '/p').siteLang).toBeUndefined();
    expect(() => settingsFrom({ SITE_LANG: 'Korean language' }, '/p')).toThrow('SITE_LANG "Korean language" is not a language tag');
  });
});

describe('base links in Markdown', () => {
  test('site paths get the base path; other links, and paths that have it, are left alone', () => {
    expect(needsBase('/partners/asialink/', '/archive/')).toBe(true);
    expect(needsBase('/archive/partners/asialink/', '/archive/')).toBe(false);
    expect(needsBase('/archive', '/archive/')).toBe(false);
    expect(needsBase('https://example.org/x', '/archive/')).toBe(false);
    expect(needsBase('//cdn.example.org/x', '/archive/')).toBe(false);
    expect(needsBase('../x', '/archive/')).toBe(false);
    expect(needsBase('/partners/asialink/', '/')).toBe(false);
  });

  test('no plugin at the root of a host; under a base path, one that rewrites links, images and definitions', () => {
    expect(baseLinksPlugins('/')).toEqual([]);
    expect(baseLinksPlugins('')).toEqual([]);
    const [plugin] = baseLinksPlugins('/archive/');
    const set: Array<[string, string]> = [];
    const context = { setProperty: (node: { url: string }, _key: 'url', value: string) => set.push([node.url, value]) };
    plugin!.link({ url: '/topics/x/' }, context);
    plugin!.image({ url: 'https://example.org/a.png' }, context);
    plugin!.definition({ url: '/people/y/' }, context);
    expect(set).toEqual([
      ['/topics/x/', '/archive/topics/x/'],
      ['/people/y/', '/archive/people/y/'],
    ]);
  });
});

describe('reading time', () => {
  test('the reading time of a text is that of its body', () => {
    const markdown = '東京abc京都 '.repeat(250) + '[x](/y/) '.repeat(190);
    expect(readingMinutesOfText(markdownText(markdown))).toBe(readingMinutes(markdown));
  });
});
