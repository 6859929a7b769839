/**
 * The page's own language throughout: an essay's page speaks the essay's language where a
 * dictionary exists (interface words, dates, header and footer), marks with `lang` only what is
 * in another language, and falls back to the site's language where there is no dictionary.
 * SITE_LANG turns the whole interface, feeds and search index into another language.
 */
import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import { beforeAll, describe, expect, inject, test } from 'vitest';
import { buildSite, type BuildResult } from '../helpers/astro';
import { mainText, read } from '../helpers/html';

const html = (build: BuildResult, file: string) => parse(read(build.outDir, file));
const text = (element: HTMLElement | null) => (element?.textContent ?? '').replace(/\s+/g, ' ').trim();

describe('an essay in a language with a dictionary, on the English site', () => {
  let build: BuildResult;
  beforeAll(() => {
    build = inject('siteBuild');
  });

  test('the Korean essay’s page is Korean throughout: interface words, dates, header and footer', () => {
    const page = html(build, 'essays/2026/korean-essay/index.html');
    expect(page.querySelector('html')?.getAttribute('lang')).toBe('ko');
    expect(text(page.querySelector('.kicker'))).toBe('성찰 에세이');
    const meta = text(page.querySelector('.essay-meta'));
    expect(meta).toContain('게시일 2026년 1월 15일');
    expect(meta).toContain('1분 분량');
    expect(meta).toContain('다룬 대화: Closed Harbour Dialogue');
    expect(meta).toContain('2025년 7월 14일~16일');
    expect(text(page.querySelector('#cite-heading'))).toBe('이 에세이 인용하기');
    expect(text(page.querySelector('#about-heading'))).toBe('저자 소개');
    expect(text(page.querySelector('.skip-link'))).toBe('본문으로 건너뛰기');
    expect(page.querySelectorAll('.site-header nav a').map(text)).toEqual(['에세이', '대화', '파트너', '인물', '주제']);
    expect(text(page.querySelector('.site-footer p'))).toBe('발행: Asia New Zealand Foundation');
    const main = mainText(read(build.outDir, 'essays/2026/korean-essay/index.html'));
    for (const english of ['Published', 'min read', 'Reflects on', 'Cite this', 'About the author', 'Download the reference']) {
      expect(main).not.toContain(english);
    }
  });

  test('what is not in the essay’s language carries its own lang; the interface, in the page’s, carries none', () => {
    const page = html(build, 'essays/2026/korean-essay/index.html');
    for (const selector of ['.site-header', '.site-footer', '.essay-meta', '.kicker', '.essay-footer', '.skip-link']) {
      expect(page.querySelector(selector)?.getAttribute('lang'), selector).toBeUndefined();
    }
    // The site's own texts and the records other than essays are in the site's language.
    expect(page.querySelector('.site-title')?.getAttribute('lang')).toBe('en');
    expect(page.querySelector('.reflects-on a')?.getAttribute('lang')).toBe('en');
    expect(page.querySelector('.author-bio')?.getAttribute('lang')).toBe('en');
    expect(page.querySelector('.site-footer nav ul')?.getAttribute('lang')).toBe('en');
    // The other essay of the dialogue keeps its own.
    expect(page.querySelector('[aria-labelledby="siblings-heading"] li')?.getAttribute('lang')).toBe('en');
    // The copy buttons' script is handed the interface's words.
    expect(page.querySelector('section.cite')?.getAttribute('data-copied-label')).toBe('복사됨');
  });

  test.each([
    ['essays/2026/japanese-essay/index.html', 'ja', '公開日 2026年2月1日', '省察エッセイ'],
    ['essays/2026/chinese-essay/index.html', 'zh-Hans', '发布于 2026年2月2日', '反思文章'],
    ['essays/2026/vietnamese-essay/index.html', 'vi', 'Đăng ngày 3 tháng 2, 2026', 'Bài viết suy ngẫm'],
    ['essays/published-essay/index.html', 'en', 'Published 1 August 2025', 'Reflection essay'],
  ])('%s speaks %s', (file, lang, published, kicker) => {
    const page = html(build, file);
    expect(page.querySelector('html')?.getAttribute('lang')).toBe(lang);
    expect(text(page.querySelector('.essay-meta'))).toContain(published);
    expect(text(page.querySelector('.kicker'))).toBe(kicker);
    // Simplified Chinese as "zh-Hans" is the "zh" dictionary's language: nothing to mark.
    expect(page.querySelector('.site-header')?.getAttribute('lang')).toBeUndefined();
  });

  test('lists on the English site keep English around each essay’s own language', () => {
    const page = html(build, 'index.html');
    const korean = page.querySelectorAll('.record-list li').find((li) => li.getAttribute('lang') === 'ko')!;
    expect(korean.querySelector('.record-meta')?.getAttribute('lang')).toBe('en');
    expect(text(korean.querySelector('time'))).toBe('15 January 2026');
  });
});

describe('SITE_LANG=ko: the site in Korean', () => {
  let build: BuildResult;

  beforeAll(() => {
    // The fixture, with an essay in a language without a dictionary (Thai) and one written
    // right to left (Arabic).
    const dir = mkdtempSync(join(tmpdir(), 'site-lang-'));
    cpSync(resolve(import.meta.dirname, '../fixtures/site'), dir, { recursive: true });
    const essay = (lang: string, title: string, body: string) =>
      `---\ntitle: ${title}\ndescription: ${title}.\npubDate: 2026-03-04\nauthors: [ada-author]\nlang: ${lang}\n---\n\n${body}\n`;
    writeFileSync(join(dir, 'essays/2026/thai-essay.md'), essay('th', 'ความร่วมมือในแปซิฟิก', 'ความร่วมมือด้านสภาพภูมิอากาศมีความสำคัญ'));
    writeFileSync(join(dir, 'essays/2026/arabic-essay.md'), essay('ar', 'التعاون في المحيط الهادئ', 'التعاون في مجال المناخ مهم.'));
    build = buildSite(dir, { BUILD_DATE: '2026-06-01', SITE_LANG: 'ko' });
  });

  test('the build succeeds', () => {
    expect(build.status, build.output).toBe(0);
  });

  test('home, essay list, 404 and search pages are Korean, as is <html lang>', () => {
    const home = html(build, 'index.html');
    expect(home.querySelector('html')?.getAttribute('lang')).toBe('ko');
    expect(text(home.querySelector('#latest-heading'))).toBe('최신 에세이');
    expect(text(home.querySelector('#recent-heading'))).toBe('최근 대화');
    expect(home.querySelectorAll('.site-header nav a').map(text)).toEqual(['에세이', '대화', '파트너', '인물', '주제']);

    const essays = html(build, 'essays/index.html');
    expect(essays.querySelector('html')?.getAttribute('lang')).toBe('ko');
    expect(text(essays.querySelector('h1'))).toBe('에세이');
    expect(text(essays.querySelector('.lede'))).toContain('모두 9편입니다.');
    expect(text(essays.querySelector('.subscribe'))).toContain('새 에세이 구독하기');
    // An English essay in the list: its entry keeps "en", its date and names are in Korean.
    const english = essays.querySelectorAll('.record-list li').find((li) => li.getAttribute('lang') === 'en')!;
    expect(english.querySelector('.record-meta')?.getAttribute('lang')).toBe('ko');
    expect(text(english.querySelector('time'))).toMatch(/^\d{4}년 \d{1,2}월 \d{1,2}일$/);

    const notFound = html(build, '404.html');
    expect(notFound.querySelector('html')?.getAttribute('lang')).toBe('ko');
    expect(text(notFound.querySelector('h1'))).toBe('페이지를 찾을 수 없습니다');

    const search = html(build, 'search/index.html');
    expect(search.querySelector('html')?.getAttribute('lang')).toBe('ko');
    expect(text(search.querySelector('h1'))).toBe('아카이브 검색');
    expect(search.querySelectorAll('[data-filter-group] summary').map(text)).toContain('언어');
    const words = JSON.parse(search.querySelector('[data-search]')?.getAttribute('data-words') ?? '{}');
    expect(words).toMatchObject({ locale: 'ko', loading: '검색을 불러오는 중…', count: { otherFor: '“{query}”에 대한 결과 {count}건' } });
  });

  test('record pages name formats, roles and countries in Korean', () => {
    const dialogue = mainText(read(build.outDir, 'dialogues/closed-dialogue/index.html'));
    expect(dialogue).toContain('제3회 트랙 2 대화');
    expect(dialogue).toContain('장소 Seoul, 대한민국');
    expect(dialogue).toContain('채텀하우스 규칙');
    expect(dialogue).toContain('대표단 4명: 학자 2명, 언론인 1명 및 청년 참관인 1명.');
  });

  test('the feeds’ channels are Korean; the search index stays one English index for every language (docs/search.md)', () => {
    const rss = read(build.outDir, 'rss.xml');
    expect(rss).toContain('<language>ko</language>');
    expect(rss).toContain('<title>Track II Dialogue Archive: 에세이</title>');
    expect(rss).toContain('Asia New Zealand Foundation 트랙 2 프로그램의 성찰 에세이를 최신순으로 전합니다.');
    const dialogues = read(build.outDir, 'dialogues/rss.xml');
    expect(dialogues).toContain('트랙 2 대화 · 2025년 7월 14일~16일 · Seoul, 대한민국 · 함께한 기관: Harbour Institute');
    // Opened in a browser, a feed explains itself in Korean.
    const stylesheet = read(build.outDir, 'rss.xsl');
    expect(stylesheet).toContain('<html lang="ko">');
    expect(stylesheet).toContain('<strong>웹 피드입니다</strong> (RSS).');
    const entry = JSON.parse(read(build.outDir, 'pagefind/pagefind-entry.json')) as { languages: Record<string, unknown> };
    // A Korean index would lose English stemming and, for Chinese and Japanese, the archive's own segmentation.
    expect(Object.keys(entry.languages)).toEqual(['en']);
  });

  test('an English essay still speaks English: its language has a dictionary', () => {
    const page = html(build, 'essays/published-essay/index.html');
    expect(page.querySelector('html')?.getAttribute('lang')).toBe('en');
    expect(text(page.querySelector('.essay-meta'))).toContain('Published 1 August 2025');
    // The site's texts, in Korean, are marked so around the English page.
    expect(page.querySelector('.site-title')?.getAttribute('lang')).toBe('ko');
  });

  test('an essay in a language without a dictionary keeps its lang; the interface falls back to the site’s, marked so', () => {
    const page = html(build, 'essays/2026/thai-essay/index.html');
    expect(page.querySelector('html')?.getAttribute('lang')).toBe('th');
    expect(page.querySelector('.site-header')?.getAttribute('lang')).toBe('ko');
    expect(page.querySelector('.kicker')?.getAttribute('lang')).toBe('ko');
    expect(text(page.querySelector('.kicker'))).toBe('성찰 에세이');
    expect(page.querySelector('.essay-meta')?.getAttribute('lang')).toBe('ko');
    expect(text(page.querySelector('.essay-meta'))).toContain('게시일 2026년 3월 4일');
    expect(text(page.querySelector('.essay-meta'))).toContain('언어: 태국어');
    expect(page.querySelector('h1')?.getAttribute('lang')).toBeUndefined();
  });

  test('right-to-left text gets dir="rtl"; the interface around it keeps its own direction', () => {
    const page = html(build, 'essays/2026/arabic-essay/index.html');
    expect(page.querySelector('html')?.getAttribute('lang')).toBe('ar');
    expect(page.querySelector('html')?.getAttribute('dir')).toBe('rtl');
    for (const selector of ['.site-header', '.site-footer', '.kicker', '.essay-meta', '.essay-footer']) {
      expect(page.querySelector(selector)?.getAttribute('lang'), selector).toBe('ko');
      expect(page.querySelector(selector)?.getAttribute('dir'), selector).toBe('ltr');
    }
    const list = html(build, 'essays/index.html');
    const arabic = list.querySelectorAll('.record-list li').find((li) => li.getAttribute('lang') === 'ar')!;
    expect(arabic.getAttribute('dir')).toBe('rtl');
    expect(arabic.querySelector('.record-meta')?.getAttribute('dir')).toBe('ltr');
  });
});
