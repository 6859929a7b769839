/** `npm run dev` shows drafts and scheduled essays, each with a banner saying so. */
import { resolve } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { startDevServer } from '../helpers/astro';

let server: Awaited<ReturnType<typeof startDevServer>>;

beforeAll(async () => {
  server = await startDevServer(resolve(import.meta.dirname, '../fixtures/site'));
});
afterAll(() => server?.stop());

const get = async (path: string) => {
  const response = await fetch(`${server.origin}${path}`);
  return { status: response.status, html: await response.text() };
};

test('a draft is shown with a "Draft" banner', async () => {
  const { status, html } = await get('/essays/draft-essay/');
  expect(status).toBe(200);
  expect(html).toMatch(/class="status-banner"[^>]*data-status="draft"/);
  expect(html).toContain('DRAFTSECRETWORD');
});

test('a scheduled essay is shown with a "Scheduled" banner', async () => {
  const { status, html } = await get('/essays/scheduled-essay/');
  expect(status).toBe(200);
  expect(html).toMatch(/class="status-banner"[^>]*data-status="scheduled"/);
});

test('lists mark them too, and published essays carry no banner', async () => {
  const list = await get('/essays/');
  expect(list.html).toMatch(/>draft</);
  expect(list.html).toMatch(/>scheduled</);
  const published = await get('/essays/published-essay/');
  expect(published.html).not.toContain('status-banner"');
});

test('citation files are served in the preview too', async () => {
  const bib = await get('/essays/published-essay.bib');
  expect(bib.status).toBe(200);
  expect(bib.html).toMatch(/^@online\{author2025tides,/);
  expect((await get('/essays/published-essay.ris')).html).toMatch(/^TY {2}- ELEC/);
  expect(JSON.parse((await get('/essays/published-essay.json')).html)[0].title).toBe('Tides & <Currents>: "quoted" essay');
});
