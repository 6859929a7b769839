/**
 * The site built under a base path (GitHub project pages: /<repo>/), served at that prefix
 * and crawled: every internal link, asset, feed link, canonical URL, sitemap entry and alias
 * redirect works, and search results open the right pages.
 */
import { parse } from 'node-html-parser';
import type { BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import { launchBrowser } from '../../scripts/lib/browser.ts';
import { serveStatic, type StaticSite } from '../../scripts/lib/serve.ts';
import { BASE_PATH as BASE, BASE_PATH_ORIGIN as ORIGIN } from '../global-setup';
import { filesIn, read } from '../helpers/html';

let site: StaticSite;
let dist: string;
let files: string[];
let browser: BrowserContext;

/** The site was built for ORIGIN; the server listens on a port the system chose. */
const local = (url: string) => (url.startsWith(ORIGIN) ? `${site.origin}${url.slice(ORIGIN.length)}` : url);

beforeAll(async () => {
  const build = inject('basePathBuild');
  if (build.status !== 0) throw new Error(build.output);
  dist = build.outDir;
  files = filesIn(dist);
  site = await serveStatic(dist, BASE);
  // The browser reaches ORIGIN at the local server, so absolute links can be followed too.
  browser = await launchBrowser([`--host-resolver-rules=MAP ${new URL(ORIGIN).host}:80 ${new URL(site.origin).host}`]);
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

/** Every URL a page refers to on this site: links, assets, srcset candidates, feed and canonical links, sharing tags. */
function internalUrls(html: string, pageUrl: string): string[] {
  const root = parse(html);
  const urls: string[] = [];
  for (const el of root.querySelectorAll('[href], [src]')) {
    for (const attribute of ['href', 'src']) {
      const value = el.getAttribute(attribute);
      if (value) urls.push(value);
    }
  }
  for (const el of root.querySelectorAll('[srcset]'))
    urls.push(
      ...el
        .getAttribute('srcset')!
        .split(',')
        .map((c) => c.trim().split(/\s+/)[0]!),
    );
  for (const el of root.querySelectorAll('meta[property="og:url"], meta[property="og:image"], meta[http-equiv="refresh"]')) {
    const content = el.getAttribute('content')!;
    urls.push(content.replace(/^0; url=/, ''));
  }
  return urls
    .map((u) => new URL(u, pageUrl))
    .filter((u) => u.origin === ORIGIN)
    .map((u) => `${u.pathname}${u.search}`);
}

test('every internal URL of every page resolves under the base path', async () => {
  const checked = new Map<string, number>();
  const failures: string[] = [];
  for (const file of files.filter((f) => f.endsWith('.html'))) {
    const pageUrl = `${ORIGIN}${BASE}${file.replace(/index\.html$/, '')}`;
    for (const path of internalUrls(read(dist, file), pageUrl)) {
      if (!path.startsWith(BASE)) failures.push(`${file}: ${path} is outside ${BASE}`);
      if (!checked.has(path)) checked.set(path, (await fetch(local(`${ORIGIN}${path}`), { redirect: 'manual' })).status);
      if (checked.get(path) !== 200) failures.push(`${file}: ${path} answers ${checked.get(path)}`);
    }
  }
  expect(failures).toEqual([]);
  expect(checked.size).toBeGreaterThan(60);
});

test('links written in content follow the base path', () => {
  expect(read(dist, 'essays/published-essay/index.html')).toContain(`<a href="${BASE}dialogues/closed-dialogue/">closed dialogue</a>`);
});

test('feeds, sitemap, robots, redirects and data carry the prefix', async () => {
  const origin = `${ORIGIN}${BASE}`;
  const rss = read(dist, 'rss.xml');
  expect(rss).toContain(`<?xml-stylesheet href="${BASE}rss.xsl" type="text/xsl"?>`);
  expect(rss).toContain(`<link>${origin}essays/published-essay/</link>`);
  expect(rss).toContain(`&lt;a href=&quot;${origin}dialogues/closed-dialogue/&quot;&gt;`);
  const korean = read(dist, 'feeds/essays/ko.xml');
  expect(korean).toContain(`<atom:link href="${origin}feeds/essays/ko.xml" rel="self" type="application/rss+xml"/>`);
  expect(korean).toContain(`<link>${origin}essays/2026/korean-essay/</link>`);
  expect(read(dist, 'feeds/index.html')).toContain(`href="${BASE}feeds/essays/ko.xml"`);
  const sitemap = [...read(dist, 'sitemap-0.xml').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!);
  expect(sitemap.every((url) => url.startsWith(origin))).toBe(true);
  for (const url of sitemap) expect((await fetch(local(url))).status, url).toBe(200);
  expect(read(dist, 'robots.txt')).toContain(`Sitemap: ${origin}sitemap-index.xml`);
  expect(read(dist, '_redirects')).toContain(`${BASE}news/tides/ ${BASE}essays/published-essay/ 301`);
  expect(read(dist, 'old/tides-and-currents.html')).toContain(
    `<meta http-equiv="refresh" content="0; url=${BASE}essays/published-essay/">`,
  );
  expect(JSON.parse(read(dist, 'data/essays.json')).items[0].url).toBe(`${origin}essays/2026/vietnamese-essay/`);
});

test('search works under the prefix and its results open the right pages', async () => {
  const page = await browser.newPage();
  await page.goto(`${ORIGIN}${BASE}search/?q=harbour`);
  await page.waitForSelector('[data-search-results][aria-busy="false"]', { state: 'attached' });
  const links = await page
    .locator('[data-search-results] .record-title a')
    .evaluateAll((as) => as.map((a) => [a.textContent, a.getAttribute('href')]));
  expect(links.length).toBeGreaterThan(3);
  for (const [, href] of links) expect(href).toMatch(new RegExp(`^${BASE}`));
  const dialogue = links.find(([title]) => title === 'Closed Harbour Dialogue')!;
  await page.locator(`a[href="${dialogue[1]}"]`).click();
  await page.waitForURL(`${ORIGIN}${dialogue[1]}`);
  expect(await page.locator('h1').textContent()).toBe('Closed Harbour Dialogue');
  await page.close();
});
