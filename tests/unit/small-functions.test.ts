import { describe, expect, test, vi } from 'vitest';
import { basePath } from '../../src/config';
import { baseLinksPlugins, withBasePath } from '../../src/lib/base-links';
import { countryName, COUNTRY_CODES, isCountryCode } from '../../src/lib/countries';
import { attachmentType, extensionOf, formatBytes } from '../../src/lib/files';
import { joinNames, ordinal } from '../../src/lib/labels';
import { markdownText } from '../../src/lib/markdown-text';
import { readingMinutes, readingMinutesOfText } from '../../src/lib/reading-time';
import { redirectPageHtml } from '../../src/lib/redirect-page';
import { languageName, textDirection } from '../../src/lib/text-direction';
import { aliasOutputFile, attachmentPath, entryPath, essayListPath, joinBase } from '../../src/lib/urls';

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
    [joinBase('/', '/essays/'), '/essays/'],
    [joinBase('/archive/', '/essays/'), '/archive/essays/'],
    [joinBase('/archive', 'essays/'), '/archive/essays/'],
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
    expect(attachmentType('x.pdf')).toEqual({ label: 'PDF', mime: 'application/pdf' });
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
    const html = redirectPageHtml({ target: '/essays/a/', canonical: 'https://x.org/essays/a/', title: 'A & <B> "C"', siteTitle: 'Archive' });
    expect(html).toContain('<meta http-equiv="refresh" content="0; url=/essays/a/">');
    expect(html).toContain('<link rel="canonical" href="https://x.org/essays/a/">');
    expect(html).toContain('“A &amp; &lt;B&gt; &quot;C&quot;” is now at <a href="/essays/a/">');
    expect(html).not.toContain('<B>');
  });
});

describe('basePath', () => {
  test('BASE_PATH with a slash at each end, read again whenever it changes', () => {
    const saved = process.env.BASE_PATH;
    try {
      delete process.env.BASE_PATH;
      expect(basePath()).toBe('/');
      process.env.BASE_PATH = 'archive';
      expect(basePath()).toBe('/archive/');
      process.env.BASE_PATH = '//programme/archive//';
      expect(basePath()).toBe('/programme/archive/');
      process.env.BASE_PATH = '/';
      expect(basePath()).toBe('/');
      delete process.env.BASE_PATH;
      expect(basePath()).toBe('/');
    } finally {
      if (saved === undefined) delete process.env.BASE_PATH;
      else process.env.BASE_PATH = saved;
    }
  });
});

describe('base links in Markdown', () => {
  test('site paths get the base path; other links, and paths that have it, are left alone', () => {
    expect(withBasePath('/partners/asialink/', '/archive/')).toBe('/archive/partners/asialink/');
    expect(withBasePath('/archive/partners/asialink/', '/archive/')).toBe('/archive/partners/asialink/');
    expect(withBasePath('https://example.org/x', '/archive/')).toBe('https://example.org/x');
    expect(withBasePath('//cdn.example.org/x', '/archive/')).toBe('//cdn.example.org/x');
    expect(withBasePath('../x', '/archive/')).toBe('../x');
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

describe('body texts shared between the search records and the reading time', () => {
  const body = '\n# Heading\n\nSome *emphasised* words and [a link](/x/).\n\n';
  const slot = () => (globalThis as Record<symbol, Map<string, string> | undefined>)[Symbol.for('archive.markdown-texts')];

  test('a text made for the search records is taken once by another module instance, then made afresh', async () => {
    const { markdownText, shareMarkdownText, forgetSharedMarkdownTexts } = await import('../../src/lib/markdown-text');
    forgetSharedMarkdownTexts();
    expect(shareMarkdownText(body)).toBe(markdownText(body));
    expect(slot()?.size).toBe(1);
    // The loader's copy of the module (Vite's) is another instance: it finds the text all the same.
    vi.resetModules();
    const other = await import('../../src/lib/markdown-text');
    // Astro trims the body it gives the loader.
    expect(other.takeMarkdownText(body.trim())).toBe('Heading Some emphasised words and a link.');
    expect(slot()?.size).toBe(0);
    expect(other.takeMarkdownText(body)).toBe(markdownText(body));
  });

  test('a body changed since is not found, and its text is its own', async () => {
    const { shareMarkdownText, takeMarkdownText, forgetSharedMarkdownTexts } = await import('../../src/lib/markdown-text');
    forgetSharedMarkdownTexts();
    shareMarkdownText(body);
    expect(takeMarkdownText(body.replace('Some', 'Other'))).toBe('Heading Other emphasised words and a link.');
    expect(slot()?.size).toBe(1);
    forgetSharedMarkdownTexts();
    expect(slot()?.size).toBe(0);
  });

  test('the reading time of a text is that of its body', () => {
    const markdown = '東京abc京都 '.repeat(250) + '[x](/y/) '.repeat(190);
    expect(readingMinutesOfText(markdownText(markdown))).toBe(readingMinutes(markdown));
  });
});
