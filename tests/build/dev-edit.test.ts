/**
 * Editing while `npm run dev` runs: the preview shows the change. The body goes through the
 * loader's bodies beside the store (src/lib/html-shelf.ts) and the frontmatter through
 * Astro's own parse, since the file no longer matches what was validated at start
 * (src/validation/handoff.ts).
 */
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { startDevServer } from '../helpers/astro';

const folder = mkdtempSync(join(tmpdir(), 'archive-dev-edit-'));
cpSync(resolve(import.meta.dirname, '../fixtures/site'), folder, { recursive: true });
let server: Awaited<ReturnType<typeof startDevServer>>;

beforeAll(async () => {
  server = await startDevServer(folder);
});
afterAll(() => server?.stop());

const page = async (path: string) => (await fetch(`${server.origin}${path}`)).text();

/** The page at `path` once it contains `text` (the preview rebuilds it after the edit is seen). */
async function pageWith(path: string, text: string): Promise<string> {
  let html = await page(path);
  while (!html.includes(text)) {
    await new Promise((r) => setTimeout(r, 200));
    html = await page(path);
  }
  return html;
}

test('an edited title and body show in the preview', async () => {
  expect(await page('/essays/published-essay/')).toContain('PUBLISHEDWORD');
  const file = join(folder, 'essays/published-essay.md');
  writeFileSync(
    file,
    readFileSync(file, 'utf8')
      .replace(`title: 'Tides & <Currents>: "quoted" essay'`, `title: 'Tides, edited'`)
      .replace('PUBLISHEDWORD', 'EDITEDINDEVWORD'),
  );
  const html = await pageWith('/essays/published-essay/', 'EDITEDINDEVWORD');
  expect(html).toContain('EDITEDINDEVWORD');
  expect(html).not.toContain('PUBLISHEDWORD');
  expect(html).toContain('<title>Tides, edited');
});
