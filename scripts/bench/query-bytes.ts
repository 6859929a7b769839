/** Bytes the search page fetches from /pagefind/, measured in Chromium on a built site. */
import type { Page } from 'playwright-core';
import { launchBrowser } from '../lib/browser.ts';
import { serveStatic } from '../lib/serve.ts';

/** Waits until the latest search has put its results and status on the page. */
async function settled(page: Page, status: string) {
  await page.waitForFunction(
    (expected) =>
      (document.querySelector('[data-search-status]')?.textContent ?? '').includes(expected) &&
      document.querySelector('[data-search-results]')?.getAttribute('aria-busy') === 'false',
    status,
    { timeout: 120_000 },
  );
}

/** To start the search page (Pagefind's code, metadata, filters), then for each one-word query. */
export async function queryBytes(dist: string, words: readonly string[]) {
  const site = await serveStatic(dist);
  const browser = await launchBrowser();
  try {
    const page = await browser.newPage();
    // Bytes as the server sent them (compressed where a host compresses), counted on the wire.
    let mark = 0;
    const since = () => site.bytesSent('/pagefind/') - mark;
    await page.goto(`${site.origin}/search/`);
    await settled(page, 'Type words');
    const startup = since();
    const queries: Array<{ word: string; bytes: number; results: string }> = [];
    for (const word of words) {
      mark = site.bytesSent('/pagefind/');
      await page.locator('#search-query').fill(word);
      await settled(page, `“${word}”`);
      const status = (await page.locator('[data-search-status]').textContent()) ?? '';
      queries.push({ word, bytes: since(), results: status.replace(/ for .*/, '') });
    }
    return { startup, queries };
  } finally {
    await browser.close();
    await site.close();
  }
}
