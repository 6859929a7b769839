/**
 * The feeds of the built fixture site, read the way feed readers read them: well-formed XML,
 * parsed by a real feed parser, items matching the published entries exactly.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SyntaxValidator } from 'fast-xml-validator';
import Parser from 'rss-parser';
import { beforeAll, describe, expect, inject, test } from 'vitest';
import { FIXTURE_ORIGIN } from '../global-setup';
import { filesIn, read } from '../helpers/html';

type Item = Parser.Item & { 'dc:creator'?: string; creators?: string[]; 'content:encoded'?: string; contentEncoded?: string };
const parser = new Parser<Record<string, unknown>, Item>({
  customFields: {
    feed: ['language', 'lastBuildDate'],
    item: [
      ['dc:creator', 'creators', { keepArray: true }],
      ['content:encoded', 'contentEncoded'],
    ],
  },
});

let dist: string;
let files: string[];
const feed = async (file: string) => parser.parseString(read(dist, file));
const origin = FIXTURE_ORIGIN;

beforeAll(() => {
  const build = inject('siteBuild');
  if (build.status !== 0) throw new Error(build.output);
  dist = build.outDir;
  files = filesIn(dist);
});

const PUBLISHED_ESSAYS = [
  '/essays/2026/vietnamese-essay/',
  '/essays/2026/chinese-essay/',
  '/essays/2026/japanese-essay/',
  '/essays/2026/korean-essay/',
  '/essays/published-essay-ja/',
  '/essays/mdx-essay/',
  '/essays/published-essay-ko/',
  '/essays/published-essay/',
  '/essays/early-translation/',
].map((path) => `${origin}${path}`);

/** The feeds of the essays in each language: /feeds/essays/<tag>.xml. */
const LANGUAGE_FEED = /^feeds\/essays\/([a-z0-9-]+)\.xml$/;

test('every feed is well-formed XML that a feed parser reads, with a complete channel', async () => {
  const feeds = files.filter((f) => f.endsWith('rss.xml') || LANGUAGE_FEED.test(f));
  expect(feeds.filter((f) => f.endsWith('rss.xml'))).toEqual(
    [
      'rss.xml',
      'dialogues/rss.xml',
      'topics/security/rss.xml',
      'topics/unused/rss.xml',
      'partners/harbour-institute/rss.xml',
      'partners/river-academy/rss.xml',
      'people/ada-author/rss.xml',
      'people/closed-delegate-one/rss.xml',
      'people/closed-delegate-two/rss.xml',
      'people/korean-author/rss.xml',
      'people/open-delegate/rss.xml',
      'people/tina-translator/rss.xml',
    ].sort(),
  );
  for (const file of feeds) {
    const xml = read(dist, file);
    expect(SyntaxValidator.validate(xml), file).toBe(true);
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?><?xml-stylesheet href="/rss.xsl" type="text/xsl"?>'), file).toBe(true);
    const parsed = await feed(file);
    expect(parsed.title, file).toMatch(/^Track II Dialogue Archive: /);
    expect(parsed.link, file).toMatch(new RegExp(`^${origin}/`));
    expect(parsed.description, file).not.toBe('');
    // A language's feed is in that language; every other feed in the site's.
    expect(String(parsed.language).toLowerCase(), file).toBe(LANGUAGE_FEED.exec(file)?.[1] ?? 'en');
    expect(new Date(parsed.lastBuildDate as string).getTime(), file).not.toBeNaN();
    expect(xml).toContain(`<atom:link href="${origin}/${file}" rel="self" type="application/rss+xml"/>`);
  }
});

describe('the essays feed', () => {
  test('holds exactly the published essays, newest first, with absolute permalinks', async () => {
    const parsed = await feed('rss.xml');
    expect(parsed.items.map((i) => i.link)).toEqual(PUBLISHED_ESSAYS);
    expect(parsed.items.map((i) => i.guid)).toEqual(PUBLISHED_ESSAYS);
    expect(read(dist, 'rss.xml')).toContain(`<guid isPermaLink="true">${origin}/essays/published-essay/</guid>`);
    expect(parsed.lastBuildDate).toBe('Tue, 03 Feb 2026 00:00:00 GMT');
  });

  test('each item has its date (RFC 822), authors, topics and description', async () => {
    const item = (await feed('rss.xml')).items.find((i) => i.link === `${origin}/essays/published-essay/`)!;
    expect(item.pubDate).toBe('Fri, 01 Aug 2025 00:00:00 GMT');
    expect(item.creators).toEqual(['Ada Author']);
    expect(item.categories).toEqual(['Security']);
    expect(item.contentSnippet ?? item.content).toBeDefined();
    const mdx = (await feed('rss.xml')).items.find((i) => i.link === `${origin}/essays/mdx-essay/`)!;
    expect(mdx.creators).toEqual(['Ada Author', '김민지']);
  });

  test('special characters in a title come through exactly', async () => {
    const item = (await feed('rss.xml')).items.find((i) => i.link === `${origin}/essays/published-essay/`)!;
    expect(item.title).toBe('Tides & <Currents>: "quoted" essay');
    const korean = (await feed('rss.xml')).items.find((i) => i.link === `${origin}/essays/2026/korean-essay/`)!;
    expect(korean.title).toBe('태평양 협력에 대한 성찰');
  });

  test('carries the full content, Markdown and MDX, with links and images made absolute', async () => {
    const items = (await feed('rss.xml')).items;
    const essay = items.find((i) => i.link === `${origin}/essays/published-essay/`)!.contentEncoded!;
    expect(essay).toContain('PUBLISHEDWORD');
    expect(essay).toContain(`<a href="${origin}/dialogues/closed-dialogue/">closed dialogue</a>`);
    expect(essay).toMatch(new RegExp(`<img src="${origin}/_astro/photo\\.[^"]+\\.webp" alt="A grey test pattern\\."`));
    expect(essay).toContain(`<a href="${origin}/essays/published-essay/report.pdf">The fixture report</a> (PDF, 756 bytes)`);
    expect(essay).not.toMatch(/(?:href|src)="\/(?!\/)/);
    const mdx = items.find((i) => i.link === `${origin}/essays/mdx-essay/`)!.contentEncoded!;
    expect(mdx).toContain('An MDX essay from 2025. MDXWORD');
  });
});

describe('the feeds of each language', () => {
  /** The language of each published essay, as its page declares it (`<html lang>`), by URL. */
  const pageLanguages = () =>
    new Map(
      PUBLISHED_ESSAYS.map((url) => {
        const html = read(dist, `${new URL(url).pathname.slice(1)}index.html`);
        return [url, /<html lang="([^"]+)"/.exec(html)![1]!];
      }),
    );

  test('one feed per language of the published essays, none for a language that only has a draft', () => {
    const languages = new Set([...pageLanguages().values()].map((lang) => lang.toLowerCase()));
    const feeds = files.filter((f) => LANGUAGE_FEED.test(f)).map((f) => LANGUAGE_FEED.exec(f)![1]!);
    expect(feeds.sort()).toEqual([...languages].sort());
    // The fixture's published essays are in these; its Indonesian translation is a draft.
    expect(feeds).toEqual(expect.arrayContaining(['en', 'ja', 'ko', 'vi', 'zh-hans']));
    expect(feeds).not.toContain('id');
  });

  test('each holds exactly the published essays in its language, newest first, with their full text', async () => {
    const languages = pageLanguages();
    for (const file of files.filter((f) => LANGUAGE_FEED.test(f))) {
      const parsed = await feed(file);
      const expected = PUBLISHED_ESSAYS.filter((url) => languages.get(url)!.toLowerCase() === LANGUAGE_FEED.exec(file)![1]);
      expect(
        parsed.items.map((i) => i.link),
        file,
      ).toEqual(expected);
      expect(String(parsed.language), file).toBe(languages.get(expected[0]!));
      for (const item of parsed.items) expect(item.contentEncoded, `${file}: ${item.link}`).toBeTruthy();
    }
    const korean = await feed('feeds/essays/ko.xml');
    expect(korean.items.map((i) => i.title)).toContain('태평양 협력에 대한 성찰');
    expect(korean.items[0]!.contentEncoded).toContain('태평양 지역의 협력은 중요합니다.');
  });

  test('a channel is named in its own language, from the dictionary of that language', async () => {
    expect((await feed('feeds/essays/ko.xml')).title).toBe('Track II Dialogue Archive: 한국어 에세이');
    expect((await feed('feeds/essays/vi.xml')).title).toBe('Track II Dialogue Archive: Bài viết bằng Tiếng Việt');
    expect((await feed('feeds/essays/ja.xml')).title).toBe('Track II Dialogue Archive: 日本語のエッセイ');
    expect((await feed('feeds/essays/en.xml')).title).toBe('Track II Dialogue Archive: Essays in English');
    expect(read(dist, 'feeds/essays/ko.xml')).toContain('<language>ko</language>');
    expect(read(dist, 'feeds/essays/zh-hans.xml')).toContain('<language>zh-Hans</language>');
  });

  test('a draft translation is in no feed', () => {
    for (const file of files.filter((f) => f.endsWith('.xml'))) {
      expect(read(dist, file), file).not.toContain('DRAFTTRANSLATIONWORD');
      expect(read(dist, file), file).not.toContain('draft-translation-id');
    }
  });

  test('the feeds page lists them, each link in its language', () => {
    const html = read(dist, 'feeds/index.html');
    expect(html).toMatch(
      /<a href="\/feeds\/essays\/ko\.xml" type="application\/rss\+xml" hreflang="ko" lang="ko" dir="ltr">\s*한국어 에세이\s*<\/a>/,
    );
    expect(html).toMatch(
      /<a href="\/feeds\/essays\/zh-hans\.xml" type="application\/rss\+xml" hreflang="zh-Hans" lang="zh-Hans" dir="ltr">\s*简体中文文章\s*<\/a>/,
    );
    expect(html).not.toContain('/feeds/essays/id.xml');
  });
});

describe('feeds per topic, partner and person', () => {
  test.each([
    [
      'topics/security/rss.xml',
      [
        '/essays/2026/japanese-essay/',
        '/essays/published-essay-ja/',
        '/essays/published-essay-ko/',
        '/essays/published-essay/',
        '/essays/early-translation/',
      ],
    ],
    ['topics/unused/rss.xml', []],
    [
      'partners/harbour-institute/rss.xml',
      ['/essays/2026/korean-essay/', '/essays/published-essay-ja/', '/essays/published-essay-ko/', '/essays/published-essay/'],
    ],
    ['partners/river-academy/rss.xml', []],
    [
      'people/ada-author/rss.xml',
      [
        '/essays/2026/vietnamese-essay/',
        '/essays/2026/chinese-essay/',
        '/essays/2026/japanese-essay/',
        '/essays/published-essay-ja/',
        '/essays/mdx-essay/',
        '/essays/published-essay-ko/',
        '/essays/published-essay/',
        '/essays/early-translation/',
      ],
    ],
    ['people/korean-author/rss.xml', ['/essays/2026/korean-essay/', '/essays/mdx-essay/']],
  ])('%s', async (file, paths) => {
    expect((await feed(file)).items.map((i) => i.link)).toEqual(paths.map((p) => `${origin}${p}`));
  });
});

test('the dialogues feed lists every dialogue with dates, place and partners, and no delegate', async () => {
  const parsed = await feed('dialogues/rss.xml');
  expect(parsed.items.map((i) => i.title)).toEqual([
    'Future Forum',
    'Open River Roundtable',
    'Closed Harbour Dialogue',
    'Second Harbour Dialogue',
  ]);
  const closed = parsed.items.find((i) => i.title === 'Closed Harbour Dialogue')!;
  expect(closed.contentSnippet ?? closed.content).toContain('A dialogue held under the Chatham House Rule.');
  expect(closed.content).toContain('Track II dialogue · 14–16 July 2025 · Seoul, South Korea · with Harbour Institute');
  const xml = read(dist, 'dialogues/rss.xml');
  for (const name of ['Quentin', 'Rosalind', 'Oscar', 'Ada Author', '김민지']) expect(xml).not.toContain(name);
});

describe('pages advertise their feeds', () => {
  const alternates = (file: string) =>
    [...read(dist, file).matchAll(/<link rel="alternate" type="application\/rss\+xml" title="([^"]*)" href="([^"]*)">/g)].map((m) => m[2]!);

  test('every page links the essays feed, and the feeds that concern it', () => {
    for (const file of files.filter((f) => f.endsWith('.html') && !f.startsWith('old/') && !f.startsWith('news/'))) {
      const links = alternates(file);
      expect(links[0], file).toBe('/rss.xml');
      for (const href of links) expect(files, `${file} → ${href}`).toContain(href.slice(1));
    }
    expect(alternates('topics/security/index.html')).toEqual(['/rss.xml', '/topics/security/rss.xml']);
    expect(alternates('partners/harbour-institute/index.html')).toEqual(['/rss.xml', '/partners/harbour-institute/rss.xml']);
    expect(alternates('people/ada-author/index.html')).toEqual(['/rss.xml', '/people/ada-author/rss.xml']);
    expect(alternates('dialogues/index.html')).toEqual(['/rss.xml', '/dialogues/rss.xml']);
    expect(alternates('essays/published-essay/index.html')).toEqual([
      '/rss.xml',
      '/feeds/essays/en.xml',
      '/people/ada-author/rss.xml',
      '/topics/security/rss.xml',
    ]);
    // An essay advertises the feed of its language, whose title names the language. No hreflang
    // there: search engines would take the feed for a version of the page in that language.
    expect(read(dist, 'essays/2026/korean-essay/index.html')).toContain(
      '<link rel="alternate" type="application/rss+xml" title="Track II Dialogue Archive: 한국어 에세이" href="/feeds/essays/ko.xml">',
    );
  });

  test.each([
    ['topics/security/index.html', '/topics/security/rss.xml'],
    ['partners/harbour-institute/index.html', '/partners/harbour-institute/rss.xml'],
    ['people/ada-author/index.html', '/people/ada-author/rss.xml'],
    ['essays/index.html', '/rss.xml'],
  ])('%s shows a visible Subscribe link', (file, href) => {
    expect(read(dist, file)).toMatch(
      new RegExp(`<a href="${href.replace(/\//g, '\\/')}" type="application\\/rss\\+xml">[\\s\\S]*?Subscribe to`),
    );
  });

  test('the feeds page lists every feed, and the stylesheet is well-formed XSL', () => {
    const html = read(dist, 'feeds/index.html');
    for (const href of [
      '/rss.xml',
      '/dialogues/rss.xml',
      '/topics/security/rss.xml',
      '/partners/harbour-institute/rss.xml',
      '/people/ada-author/rss.xml',
    ]) {
      expect(html).toContain(`href="${href}"`);
    }
    const xsl = readFileSync(join(dist, 'rss.xsl'), 'utf8');
    expect(SyntaxValidator.validate(xsl)).toBe(true);
    expect(xsl).toContain('This is a web feed');
  });
});
