/** The essay list pages through any number of essays, each work exactly once (a translated essay is one entry). */
import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { expect, test } from 'vitest';
import { buildSite } from '../helpers/astro';
import { filesIn, hrefs, read } from '../helpers/html';

test('45 more essays make three list pages, newest first, linked to each other', () => {
  const dir = mkdtempSync(join(tmpdir(), 'paginate-'));
  cpSync(resolve(import.meta.dirname, '../fixtures/site'), dir, { recursive: true });
  for (let i = 1; i <= 45; i++) {
    const day = String(1 + (i % 28)).padStart(2, '0');
    const month = String(1 + Math.floor(i / 28)).padStart(2, '0');
    writeFileSync(
      join(dir, `essays/generated-${i}.md`),
      `---\ntitle: Generated ${i}\ndescription: Essay number ${i}.\npubDate: 2024-${month}-${day}\nauthors: [ada-author]\n---\n\nText ${i}.\n`,
    );
  }
  const build = buildSite(dir, { BUILD_DATE: '2026-06-01' });
  expect(build.status, build.output).toBe(0);
  const files = filesIn(build.outDir);
  expect(files.filter((f) => /^essays\/(index\.html|page\/)/.test(f))).toEqual([
    'essays/index.html',
    'essays/page/2/index.html',
    'essays/page/3/index.html',
  ]);

  const lists = ['essays/index.html', 'essays/page/2/index.html', 'essays/page/3/index.html'].map((f) => read(build.outDir, f));
  const listed = lists.flatMap((html) => [...html.matchAll(/<h2 class="record-title">\s*<a href="([^"]+)"/g)].map((m) => m[1]!));
  // 45 generated + the fixture's 7 published works (9 essays: the published essay has a
  // Korean and a Japanese version, listed with it), each once.
  expect(listed).toHaveLength(52);
  expect(new Set(listed).size).toBe(52);
  expect(listed).not.toContain('/essays/published-essay-ko/');
  expect(lists.join('')).toContain('<a href="/essays/published-essay-ko/" hreflang="ko" lang="ko" dir="ltr">한국어</a>');
  expect(listed[0]).toBe('/essays/2026/vietnamese-essay/');
  expect(listed.at(-1)).toBe('/essays/generated-1/');

  expect(hrefs(lists[0]!)).toContain('/essays/page/2/');
  expect(hrefs(lists[1]!)).toEqual(expect.arrayContaining(['/essays/', '/essays/page/3/']));
  expect(lists[2]).toContain('Page 3 of 3');
});
