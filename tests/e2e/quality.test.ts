/**
 * Every kind of page in real Chromium, served with the site's security headers:
 * axe-core finds no WCAG 2.2 A/AA violation in light and dark schemes at 1280 and 360 px;
 * the keyboard reaches every link and the search box with a visible focus ring; no request
 * leaves the site's origin and the Content-Security-Policy reports no violation.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { axeViolations } from '../../scripts/lib/axe.ts';
import { launchBrowser } from '../../scripts/lib/browser.ts';
import { hostHeaders, serveStatic, type StaticSite } from '../../scripts/lib/serve.ts';

/** One page of every kind. */
export const PAGE_KINDS: ReadonlyArray<readonly [string, string]> = [
  ['home', '/'],
  ['essay list', '/essays/'],
  ['essay', '/essays/published-essay/'],
  ['essay in Korean', '/essays/2026/korean-essay/'],
  ['essay translated into Korean', '/essays/published-essay-ko/'],
  ['dialogue list', '/dialogues/'],
  ['dialogue (Chatham House)', '/dialogues/closed-dialogue/'],
  ['dialogue (open)', '/dialogues/open-roundtable/'],
  ['partner list', '/partners/'],
  ['partner', '/partners/harbour-institute/'],
  ['people', '/people/'],
  ['person', '/people/ada-author/'],
  ['topic list', '/topics/'],
  ['topic', '/topics/security/'],
  ['page', '/about/'],
  ['search', '/search/?q=harbour'],
  ['feeds', '/feeds/'],
  ['open data', '/data/'],
  ['not found', '/no-such-page/'],
];

let site: StaticSite;
let browser: BrowserContext;

beforeAll(async () => {
  const build = inject('siteBuild');
  if (build.status !== 0) throw new Error(build.output);
  site = await serveStatic(build.outDir, '/', 0, hostHeaders(build.outDir));
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

/** Opens a page and waits until it has settled (search: until its results are in). */
async function open(page: Page, path: string) {
  await page.goto(`${site.origin}${path}`, { waitUntil: 'load' });
  if (path.startsWith('/search/')) await page.waitForSelector('[data-search-results][aria-busy="false"]', { state: 'attached' });
}

describe('accessibility (axe-core, WCAG 2.2 A and AA)', () => {
  const variants = [
    ['light', 1280],
    ['dark', 1280],
    ['light', 360],
    ['dark', 360],
  ] as const;

  test.each(PAGE_KINDS)('%s (%s)', async (_kind, path) => {
    const page = await browser.newPage();
    try {
      const found: string[] = [];
      // One load per page: the colour scheme and the width change in place, as a reader's would.
      await open(page, path);
      for (const [scheme, width] of variants) {
        await page.setViewportSize({ width, height: 900 });
        await page.emulateMedia({ colorScheme: scheme });
        for (const violation of await axeViolations(page)) {
          found.push(`${scheme} ${width}px: ${violation.id}: ${violation.help} (${violation.targets.join(', ')})`);
        }
      }
      expect(found).toEqual([]);
    } finally {
      await page.close();
    }
  });

  test('and it does find a violation', async () => {
    const page = await browser.newPage();
    try {
      await page.setContent('<!doctype html><html lang="en"><title>x</title><main><img src="data:,"><a href="/x"></a></main></html>');
      expect((await axeViolations(page)).map((v) => v.id).sort()).toEqual(['image-alt', 'link-name']);
    } finally {
      await page.close();
    }
  });
});

describe('keyboard', () => {
  test.each(PAGE_KINDS)('%s: Tab reaches every link and the search box, each with a visible focus ring', async (_kind, path) => {
    const page = await browser.newPage();
    try {
      await page.setViewportSize({ width: 1280, height: 900 });
      await open(page, path);
      const expected = await page.evaluate(() => {
        const visible = (el: Element) => {
          const box = el.getBoundingClientRect();
          // checkVisibility() is false inside a closed <details>: opened with its summary first.
          return box.width > 0 && box.height > 0 && el.checkVisibility({ visibilityProperty: true });
        };
        return [...document.querySelectorAll('a[href], input, select, button, summary')].filter(visible).length;
      });
      const reached: Array<{ tag: string; text: string; ring: boolean; search: boolean; skip: boolean }> = [];
      for (let i = 0; i < expected + 5; i++) {
        await page.keyboard.press('Tab');
        const focused = await page.evaluate(() => {
          const el = document.activeElement as HTMLElement | null;
          if (!el || el === document.body) return null;
          // Back at an element already visited: the whole page has been walked through.
          if (el.dataset.tabVisited) return 'again';
          el.dataset.tabVisited = 'yes';
          const style = getComputedStyle(el);
          const ring = (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2) || style.boxShadow !== 'none';
          return {
            tag: el.tagName.toLowerCase(),
            text: (el.textContent ?? el.getAttribute('aria-label') ?? '').trim().slice(0, 40),
            ring,
            search: el.id === 'site-search-input',
            skip: el.matches('a.skip-link[href="#main"]'),
          };
        });
        if (focused === 'again') break;
        if (focused) reached.push(focused);
      }
      const missed = await page.evaluate(() =>
        [...document.querySelectorAll('a[href], input, select, button, summary')]
          .filter((el) => {
            const box = el.getBoundingClientRect();
            return (
              box.width > 0 && box.height > 0 && el.checkVisibility({ visibilityProperty: true }) && !(el as HTMLElement).dataset.tabVisited
            );
          })
          .map((el) => el.outerHTML.slice(0, 100)),
      );
      expect(missed).toEqual([]);
      expect(reached.length).toBeGreaterThanOrEqual(expected);
      expect(reached.some((r) => r.search)).toBe(true);
      expect(reached.filter((r) => !r.ring).map((r) => `${r.tag} "${r.text}"`)).toEqual([]);
      // The first stop is the skip link, and it leads to the main content (its words are the
      // page's language: "Skip to content", "본문으로 건너뛰기").
      expect(reached[0]?.skip).toBe(true);
      expect(reached[0]?.text).not.toBe('');
    } finally {
      await page.close();
    }
  });
});

describe('security', () => {
  test('every request of every page kind goes to the site itself, and the Content-Security-Policy reports nothing', async () => {
    const page = await browser.newPage();
    const foreign: string[] = [];
    const violations: string[] = [];
    page.on('request', (request) => {
      if (!request.url().startsWith(site.origin) && !request.url().startsWith('data:')) foreign.push(request.url());
    });
    page.on('console', (message) => {
      if (/Content Security Policy|Refused to/i.test(message.text())) violations.push(message.text());
    });
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (event) => {
        console.error(`Refused to load: CSP ${event.violatedDirective} ${event.blockedURI}`);
      });
    });
    for (const [, path] of PAGE_KINDS) {
      await open(page, path);
    }
    // Search really ran under the policy: its WebAssembly loaded and results came back.
    await open(page, '/search/?q=harbour');
    expect(await page.locator('[data-search-results] li').count()).toBeGreaterThan(0);
    expect(foreign).toEqual([]);
    expect(violations).toEqual([]);
    const response = await fetch(`${site.origin}/`);
    expect(response.headers.get('content-security-policy')).toContain("default-src 'self'");
    await page.close();
  });
});
