/**
 * Search in a real browser (Debian's Chromium) on a built fixture site: typing, filters and
 * their counts, the URL, languages other than English, and what must never be found.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { launchBrowser } from '../../scripts/lib/browser.ts';
import { serveStatic, type StaticSite } from '../../scripts/lib/serve.ts';

let site: StaticSite;
let browser: BrowserContext;
let page: Page;

beforeAll(async () => {
  const build = inject('siteBuild');
  if (build.status !== 0) throw new Error(build.output);
  site = await serveStatic(build.outDir);
  browser = await launchBrowser();
  page = await browser.newPage();
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

const status = () => page.locator('[data-search-status]').textContent();
const titles = () => page.locator('[data-search-results] .record-title a').allTextContents();

/** Waits until the latest search has put its results and status on the page. */
const settled = () => page.waitForSelector('[data-search-results][aria-busy="false"]', { state: 'attached' });

async function open(query: string) {
  await page.goto(`${site.origin}/search/${query}`);
  await settled();
}

/** Waits until the status line says `text` and the search that said it has shown its results. */
async function statusBecomes(text: string) {
  await page.waitForFunction(
    (expected) =>
      document.querySelector('[data-search-status]')?.textContent === expected &&
      document.querySelector('[data-search-results]')?.getAttribute('aria-busy') === 'false',
    text,
  );
}

describe('search page', () => {
  test('a query in the URL is run on load, with title, type, date and highlighted excerpt', async () => {
    await open('?q=publishedword');
    expect(await status()).toBe('1 result for “publishedword”');
    expect(await titles()).toEqual(['Tides & <Currents>: "quoted" essay']);
    const result = page.locator('[data-search-results] li').first();
    expect(await result.locator('.record-meta').textContent()).toBe('Essay1 August 2025');
    expect(await result.locator('mark').first().textContent()).toMatch(/PUBLISHEDWORD/i);
    expect(await result.locator('a').getAttribute('href')).toBe('/essays/published-essay/');
  });

  test('typing searches and writes the query into the URL', async () => {
    await open('');
    expect(await status()).toBe('Type words to search, or choose filters to browse the archive.');
    await page.locator('#search-query').fill('harbour');
    await statusBecomes('8 results for “harbour”');
    expect(new URL(page.url()).search).toBe('?q=harbour');
    // The essays say which Harbour dialogue they reflect on, each version of one in its language.
    expect((await titles()).sort()).toEqual(
      [
        'Closed Harbour Dialogue',
        'Harbour Institute',
        'Open River Roundtable',
        'Second Harbour Dialogue',
        'Tides & <Currents>: "quoted" essay',
        '潮流と海流についてのエッセイ',
        '조류와 해류에 관한 에세이',
        '태평양 협력에 대한 성찰',
      ].sort(),
    );
  });

  test('ticking a filter narrows the results, shows counts and goes into the URL', async () => {
    await open('?q=harbour');
    const dialogueBox = page.getByLabel(/^Dialogue \(\d+\)$/);
    expect(
      await page
        .locator('label', { has: page.locator('.count') })
        .filter({ hasText: /^Dialogue / })
        .textContent(),
    ).toBe('Dialogue (3)');
    expect(
      await page
        .locator('label')
        .filter({ hasText: /^Partner / })
        .first()
        .textContent(),
    ).toBe('Partner (1)');
    await dialogueBox.check();
    await statusBecomes('3 results for “harbour” with the chosen filters');
    expect(new URL(page.url()).search).toBe('?q=harbour&type=Dialogue');
    expect((await titles()).sort()).toEqual(['Closed Harbour Dialogue', 'Open River Roundtable', 'Second Harbour Dialogue']);
    // Counts within the ticked group stay what ticking would give; other groups count what is left.
    expect(
      await page
        .locator('label')
        .filter({ hasText: /^Partner / })
        .first()
        .textContent(),
    ).toBe('Partner (1)');
    expect(
      await page
        .locator('label')
        .filter({ hasText: /^Roundtable / })
        .textContent(),
    ).toBe('Roundtable (1)');
    await page.locator('summary', { hasText: 'Format' }).click();
    await page.getByLabel(/^Roundtable \(1\)$/).check();
    await statusBecomes('1 result for “harbour” with the chosen filters');
    expect(new URL(page.url()).searchParams.getAll('format')).toEqual(['Roundtable']);
    expect(await titles()).toEqual(['Open River Roundtable']);
  });

  test('a shared URL with filters restores them', async () => {
    await open('?type=Essay&language=ko');
    expect(await status()).toBe('2 results with the chosen filters');
    expect((await titles()).sort()).toEqual(['조류와 해류에 관한 에세이', '태평양 협력에 대한 성찰']);
    expect(await page.getByLabel(/^한국어 \(2\)$/).isChecked()).toBe(true);
  });

  test('sorting newest first keeps records that have no date', async () => {
    await open('?type=Partner&type=Essay&sort=date');
    expect(await status()).toBe('11 results with the chosen filters');
    // Ten at a time: the last one comes with "more".
    await page.locator('[data-search-more]').click();
    await page.waitForFunction(() => document.querySelector('[data-search-more]')?.hasAttribute('hidden'));
    const found = await titles();
    expect(found).toHaveLength(11);
    expect(found.slice(0, 2)).toEqual(['Hợp tác khu vực Thái Bình Dương', '太平洋合作的思考']);
    expect(found.slice(-2).sort()).toEqual(['Harbour Institute', 'River Academy']);
  });
});

describe('languages', () => {
  test.each([
    ['협력은', '태평양 협력에 대한 성찰', 'ko'],
    ['협력', '태평양 협력에 대한 성찰', 'ko'],
    ['気候', '太平洋における日本とニュージーランド', 'ja'],
    ['協力', '太平洋における日本とニュージーランド', 'ja'],
    ['气候', '太平洋合作的思考', 'zh-Hans'],
    ['合作', '太平洋合作的思考', 'zh-Hans'],
    ['hợp tác', 'Hợp tác khu vực Thái Bình Dương', 'vi'],
    ['khí hậu', 'Hợp tác khu vực Thái Bình Dương', 'vi'],
  ])('%s finds the essay written in its language, from the one search page, marked with it', async (query, title, lang) => {
    await open(`?q=${encodeURIComponent(query)}`);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    expect(await titles()).toContain(title);
    const result = page.locator('[data-search-results] li', { has: page.locator('.record-title a', { hasText: title }) });
    const link = result.locator('.record-title a');
    expect(await link.getAttribute('lang')).toBe(lang);
    expect(await link.getAttribute('hreflang')).toBe(lang);
    expect(await result.locator('.record-summary').getAttribute('lang')).toBe(lang);
  });

  test('a result in another language than the page says which, by its own name', async () => {
    await open(`?q=${encodeURIComponent('협력')}`);
    const result = page.locator('[data-search-results] li', {
      has: page.locator('.record-title a', { hasText: '태평양 협력에 대한 성찰' }),
    });
    const language = result.locator('.record-meta span[lang="ko"]');
    expect(await language.textContent()).toBe('한국어');
    await open('?q=publishedword');
    expect(await page.locator('[data-search-results] .record-meta span[lang]').count()).toBe(0);
  });

  test('the language filter narrows the results to one language, and goes into the URL as its tag', async () => {
    await open('?q=harbour');
    const all = await titles();
    expect(all).toEqual(expect.arrayContaining(['Tides & <Currents>: "quoted" essay', '태평양 협력에 대한 성찰']));
    await page.locator('summary', { hasText: 'Language' }).click();
    const korean = page.getByLabel(/^한국어 \(2\)$/);
    expect(await page.locator('[data-filter-group="language"] label', { hasText: '한국어' }).locator('span[lang="ko"]').count()).toBe(1);
    await korean.check();
    await statusBecomes('2 results for “harbour” with the chosen filters');
    expect(new URL(page.url()).search).toBe('?q=harbour&language=ko');
    expect((await titles()).sort()).toEqual(['조류와 해류에 관한 에세이', '태평양 협력에 대한 성찰']);
  });

  test('a language in the URL is found however its tag is written', async () => {
    await open('?type=Essay&language=ZH-hans&language=vi');
    expect((await titles()).sort()).toEqual(['Bản dịch ra mắt trước bản gốc', 'Hợp tác khu vực Thái Bình Dương', '太平洋合作的思考']);
    expect(await page.getByLabel(/^Tiếng Việt \(2\)$/).isChecked()).toBe(true);
  });

  test('an excerpt in Chinese reads without the index’s word spaces', async () => {
    await open(`?q=${encodeURIComponent('气候')}`);
    const excerpt = await page.locator('[data-search-results] .record-summary').first().textContent();
    expect(excerpt).toContain('太平洋地区在气候变化方面的合作非常重要');
  });
});

describe('what is never found', () => {
  test.each(['DRAFTSECRETWORD', 'SCHEDULEDSECRETWORD', 'DRAFTTRANSLATIONWORD'])(
    'the unique word of an unpublished essay, %s',
    async (word) => {
      await open(`?q=${word}`);
      expect(await status()).toBe(`No results for “${word}”`);
      expect(await titles()).toEqual([]);
    },
  );

  test.each(['Quentin', 'Rosalind Reticent'])('a closed dialogue, when searching a delegate’s name (%s)', async (name) => {
    await open(`?q=${encodeURIComponent(name)}`);
    const found = await titles();
    expect(found.length).toBeGreaterThan(0);
    expect(found).not.toContain('Closed Harbour Dialogue');
  });

  test('an open dialogue is found by its delegate’s name', async () => {
    await open('?q=Oscar');
    expect(await titles()).toContain('Open River Roundtable');
  });
});

describe('every page', () => {
  test('the header search box submits to the search page', async () => {
    await page.goto(`${site.origin}/essays/`);
    await page.locator('#site-search-input').fill('harbour');
    await page.locator('#site-search-input').press('Enter');
    await page.waitForURL(/\/search\/\?q=harbour$/);
    await statusBecomes('8 results for “harbour”');
  });

  test('without JavaScript the search page says how to browse instead', async () => {
    const html = await (await fetch(`${site.origin}/search/?q=harbour`)).text();
    expect(html).toMatch(/<noscript>[\s\S]*Search runs in your browser and needs JavaScript[\s\S]*<\/noscript>/);
    // The forms need no script to submit.
    expect(html).toMatch(/<form class="site-search" role="search" action="\/search\/" method="get">/);
  });
});
