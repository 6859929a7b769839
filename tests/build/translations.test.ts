/**
 * Translations on the built fixture site: the published essay has a Korean and a Japanese
 * version (with translators), a Vietnamese translation came out before its scheduled original,
 * and a Chinese translation is a draft. Checked: hreflang links, reciprocal, with x-default; the
 * versions block on each page; lists showing works; the sitemap's alternates; JSON-LD, citation
 * files and open data naming language and translators; and the draft nowhere, the search index
 * included.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { parse, type HTMLElement } from 'node-html-parser';
import { beforeAll, describe, expect, inject, test } from 'vitest';
import { FIXTURE_ORIGIN } from '../global-setup';
import { parseCitation } from '../helpers/citation-parsers';
import { hrefs, read } from '../helpers/html';

let dist: string;
const origin = FIXTURE_ORIGIN;
const doc = (file: string) => parse(read(dist, file));
const essayPage = (id: string) => doc(`essays/${id}/index.html`);
const url = (id: string) => `${origin}/essays/${id}/`;
const links = (root: HTMLElement, selector: string) =>
  root.querySelectorAll(selector).map((a) => ({
    href: a.getAttribute('href'),
    hreflang: a.getAttribute('hreflang'),
    lang: a.getAttribute('lang'),
    text: a.textContent.trim(),
  }));
const alternates = (root: HTMLElement) =>
  root.querySelectorAll('link[rel="alternate"][hreflang]').map((l) => [l.getAttribute('hreflang'), l.getAttribute('href')]);
const article = (root: HTMLElement) =>
  (JSON.parse(root.querySelector('script[type="application/ld+json"]')!.textContent)['@graph'] as Array<Record<string, any>>).find(
    (n) => n['@type'] === 'Article',
  )!;

const WORK = ['published-essay', 'published-essay-ja', 'published-essay-ko'];

beforeAll(() => {
  const build = inject('siteBuild');
  if (build.status !== 0) throw new Error(build.output);
  dist = build.outDir;
});

describe('hreflang', () => {
  test('every version names every published version, itself included, and the original as x-default', () => {
    const expected = [
      ['en', url('published-essay')],
      ['ja', url('published-essay-ja')],
      ['ko', url('published-essay-ko')],
      ['x-default', url('published-essay')],
    ];
    for (const id of WORK) expect(alternates(essayPage(id)), id).toEqual(expected);
  });

  test('an essay in one language, and a translation whose original is not out, have none', () => {
    expect(alternates(essayPage('mdx-essay'))).toEqual([]);
    expect(alternates(essayPage('early-translation'))).toEqual([]);
  });
});

describe('the versions block of an essay page', () => {
  test('a translation: its original, its translators, its other languages, in its own language', () => {
    const root = essayPage('published-essay-ko');
    const block = root.querySelector('.language-versions')!;
    expect(block.getAttribute('lang')).toBe('ko');
    expect(block.querySelector('.translation-of')!.textContent).toBe('「Tides & <Currents>: "quoted" essay」의 번역');
    expect(links(block, '.translation-of a')).toEqual([
      { href: '/essays/published-essay/', hreflang: 'en', lang: 'en', text: 'Tides & <Currents>: "quoted" essay' },
    ]);
    expect(block.querySelector('.translators')!.textContent).toBe('번역: 김민지 및 Tina Translator');
    expect(links(block, '.translators a').map((a) => a.href)).toEqual(['/people/korean-author/', '/people/tina-translator/']);
    expect(block.querySelector('.versions-label')!.textContent).toBe('다른 언어');
    expect(links(block, '.version-links a')).toEqual([
      { href: '/essays/published-essay/', hreflang: 'en', lang: 'en', text: 'English' },
      { href: '/essays/published-essay-ja/', hreflang: 'ja', lang: 'ja', text: '日本語' },
    ]);
    expect(block.querySelectorAll('.version-links li').map((li) => li.querySelector('.version-note')?.textContent ?? null)).toEqual([
      '원문',
      null,
    ]);
  });

  test('the original: its translations by their own names, no translator', () => {
    const block = essayPage('published-essay').querySelector('.language-versions')!;
    expect(block.getAttribute('lang')).toBe('en');
    expect(block.querySelector('.translation-of')).toBeNull();
    expect(block.querySelector('.translators')).toBeNull();
    expect(links(block, '.version-links a')).toEqual([
      { href: '/essays/published-essay-ja/', hreflang: 'ja', lang: 'ja', text: '日本語' },
      { href: '/essays/published-essay-ko/', hreflang: 'ko', lang: 'ko', text: '한국어' },
    ]);
    expect(essayPage('published-essay-ja').querySelector('.translators')!.textContent).toBe('翻訳：Tina Translator');
  });

  test('a translation whose original is scheduled stands alone, crediting its translator', () => {
    const root = essayPage('early-translation');
    const block = root.querySelector('.language-versions')!;
    expect(block.querySelector('.translation-of')).toBeNull();
    expect(block.querySelector('.versions')).toBeNull();
    expect(block.querySelector('.translators')!.textContent).toBe('Người dịch: Tina Translator');
    // No other essay page is linked: the original is not out.
    expect(hrefs(root.toString()).filter((h) => /^\/essays\/.+\/$/.test(h) && h !== '/essays/early-translation/')).toEqual([]);
  });

  test('an essay in one language has no block, and versions are not "more essays on this dialogue"', () => {
    expect(essayPage('mdx-essay').querySelector('.language-versions')).toBeNull();
    const more = (id: string) => links(essayPage(id).querySelector('[aria-labelledby="siblings-heading"]')!, 'a').map((a) => a.href);
    expect(more('published-essay')).toEqual(['/essays/2026/korean-essay/']);
    expect(more('published-essay-ko')).toEqual(['/essays/2026/korean-essay/']);
    // Another essay on the dialogue lists the translated one once, in the site's language.
    expect(more('2026/korean-essay')).toEqual(['/essays/published-essay/']);
  });
});

describe('lists show works', () => {
  const entries = (file: string) =>
    doc(file)
      .querySelectorAll('.record-list > li')
      .map((li) => ({
        title: li.querySelector('.record-title a')!.getAttribute('href'),
        versions: links(li, '.version-links a').map((a) => `${a.hreflang} ${a.href}`),
      }));
  const tides = {
    title: '/essays/published-essay/',
    versions: ['ja /essays/published-essay-ja/', 'ko /essays/published-essay-ko/'],
  };

  test.each([
    'essays/index.html',
    'topics/security/index.html',
    'people/ada-author/index.html',
    'dialogues/closed-dialogue/index.html',
    'partners/harbour-institute/index.html',
  ])('%s: the published essay once, in English, with its Korean and Japanese versions', (file) => {
    const listed = entries(file);
    expect(listed.filter((entry) => entry.title!.startsWith('/essays/published-essay'))).toEqual([tides]);
  });

  test('the essay list counts works', () => {
    expect(entries('essays/index.html').map((e) => e.title)).toEqual([
      '/essays/2026/vietnamese-essay/',
      '/essays/2026/chinese-essay/',
      '/essays/2026/japanese-essay/',
      '/essays/2026/korean-essay/',
      '/essays/mdx-essay/',
      '/essays/published-essay/',
      '/essays/early-translation/',
    ]);
    expect(read(dist, 'essays/index.html')).toContain('7 essays in all.');
  });

  test('a translator’s page lists the translations', () => {
    const root = doc('people/tina-translator/index.html');
    expect(root.querySelector('#translations-heading')!.textContent).toBe('Translations');
    expect(entries('people/tina-translator/index.html')).toEqual([
      { title: '/essays/published-essay-ja/', versions: ['en /essays/published-essay/', 'ko /essays/published-essay-ko/'] },
      { title: '/essays/early-translation/', versions: [] },
    ]);
  });
});

test('the sitemap carries the same alternates, for the published versions only', () => {
  const xml = read(dist, 'sitemap-0.xml');
  expect(xml).toContain('xmlns:xhtml="http://www.w3.org/1999/xhtml"');
  const entries = new Map(
    [...xml.matchAll(/<url><loc>([^<]+)<\/loc>(.*?)<\/url>/g)].map((m) => [
      m[1]!,
      [...m[2]!.matchAll(/<xhtml:link rel="alternate" hreflang="([^"]+)" href="([^"]+)"\/>/g)].map((l) => [l[1], l[2]]),
    ]),
  );
  for (const id of WORK) expect(entries.get(url(id)), id).toEqual(alternates(essayPage(id)));
  const others = [...entries].filter(([loc, links]) => links.length > 0 && !WORK.some((id) => url(id) === loc));
  expect(others).toEqual([]);
  expect(xml).not.toMatch(/draft-translation|zh-Hant|scheduled-essay/);
});

describe('what researchers read', () => {
  test('JSON-LD links the versions and names the translators', () => {
    const original = article(essayPage('published-essay'));
    expect(original.inLanguage).toBe('en');
    expect(original.workTranslation.map((w: { '@id': string; inLanguage: string }) => [w['@id'], w.inLanguage])).toEqual([
      [`${url('published-essay-ja')}#article`, 'ja'],
      [`${url('published-essay-ko')}#article`, 'ko'],
    ]);
    const korean = article(essayPage('published-essay-ko'));
    expect(korean.inLanguage).toBe('ko');
    expect(korean.translationOfWork['@id']).toBe(`${url('published-essay')}#article`);
    expect(korean.translator.map((p: { name: string; url: string }) => [p.name, p.url])).toEqual([
      ['김민지', `${origin}/people/korean-author/`],
      ['Tina Translator', `${origin}/people/tina-translator/`],
    ]);
    const early = article(essayPage('early-translation'));
    expect(early.translationOfWork).toBeUndefined();
    expect(early.translator.map((p: { name: string }) => p.name)).toEqual(['Tina Translator']);
  });

  test('Highwire and the citation files name the language and the translators', () => {
    const root = essayPage('published-essay-ko');
    expect(root.querySelector('meta[name="citation_language"]')!.getAttribute('content')).toBe('ko');
    const translators = [{ family: '김민지' }, { family: 'Translator', given: 'Tina' }];
    const [bib] = parseCitation(read(dist, 'essays/published-essay-ko.bib'), '@biblatex/text');
    expect(bib).toMatchObject({ language: 'ko', translator: translators });
    const [csl] = parseCitation(read(dist, 'essays/published-essay-ko.json'), '@csl/list+object');
    expect(csl).toMatchObject({ language: 'ko', translator: [{ literal: '김민지' }, { family: 'Translator', given: 'Tina' }] });
    const ris = read(dist, 'essays/published-essay-ko.ris');
    expect(ris).toContain('\r\nA4  - 김민지\r\nA4  - Translator, Tina\r\n');
    expect(parseCitation(ris, '@ris/file')[0]?.language).toBe('ko');
    expect(read(dist, 'essays/published-essay.bib')).not.toContain('translator');
    expect(root.querySelector('#cite-chicago')!.getAttribute('data-citation')).toContain('Translated by 김민지 and Tina Translator.');
  });

  test('open data: the original, the translators and the other versions', () => {
    const items = JSON.parse(read(dist, 'data/essays.json')).items as Array<Record<string, any>>;
    const byId = new Map(items.map((item) => [item.id, item]));
    expect(byId.get('published-essay-ko')).toMatchObject({
      language: 'ko',
      translationOf: { id: 'published-essay', url: url('published-essay') },
      translators: [{ id: 'korean-author' }, { id: 'tina-translator' }],
      versions: [
        { id: 'published-essay', language: 'en' },
        { id: 'published-essay-ja', language: 'ja' },
      ],
    });
    expect(byId.get('published-essay')).toMatchObject({ translationOf: null, translators: [] });
    expect(byId.get('early-translation')).toMatchObject({ translationOf: null, versions: [] });
    const people = JSON.parse(read(dist, 'data/people.json')).items as Array<Record<string, any>>;
    expect(people.find((p) => p.id === 'tina-translator')!.translations.map((e: { id: string }) => e.id)).toEqual([
      'published-essay-ja',
      'published-essay-ko',
      'early-translation',
    ]);
  });
});

test('the draft translation is nowhere: no page, no link, no search record', () => {
  expect(() => read(dist, 'essays/draft-translation/index.html')).toThrow();
  const records = readdirSync(join(dist, 'pagefind/fragment')).map((file) => {
    const text = gunzipSync(readFileSync(join(dist, 'pagefind/fragment', file))).toString('utf8');
    return JSON.parse(text.slice(text.indexOf('{'))) as { url: string; content: string };
  });
  const essays = records.map((r) => r.url).filter((u) => u.startsWith('/essays/'));
  expect(essays.sort()).toEqual(
    [
      '2026/chinese-essay',
      '2026/japanese-essay',
      '2026/korean-essay',
      '2026/vietnamese-essay',
      'early-translation',
      'mdx-essay',
      'published-essay',
      'published-essay-ja',
      'published-essay-ko',
    ]
      .map((id) => `/essays/${id}/`)
      .sort(),
  );
  // The versions are found by words of their own language.
  expect(records.find((r) => r.url === '/essays/published-essay-ko/')!.content).toContain('KOTRANSLATIONWORD');
  for (const record of records) expect(record.content, record.url).not.toMatch(/DRAFTTRANSLATIONWORD|草稿譯文/);
});
