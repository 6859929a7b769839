/**
 * Rebuilds over Astro's cache: entries carry their rendered bodies in files beside the data
 * store (src/lib/html-shelf.ts), not in it. An edited body must show its new text, an old
 * body's file must go, and a cache folder that lost the files must still give whole pages.
 */
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { cacheDirFor } from '../../src/config';
import { buildSite, PROJECT_ROOT } from '../helpers/astro';

const folder = mkdtempSync(join(tmpdir(), 'archive-cache-'));
cpSync(resolve(import.meta.dirname, '../fixtures/site'), folder, { recursive: true });
const cache = join(PROJECT_ROOT, cacheDirFor(folder));
const shelf = join(cache, 'rendered-html/build');
const essayFile = join(folder, 'essays/published-essay.md');

function build() {
  const result = buildSite(folder, { BUILD_DATE: '2026-06-01' });
  expect(result.status, result.output).toBe(0);
  return (path: string) => readFileSync(join(result.outDir, path), 'utf8');
}

afterAll(() => rmSync(cache, { recursive: true, force: true }));

describe('rendered bodies beside the data store', () => {
  test('a first build keeps bodies out of the store, in files, and shows them', () => {
    const page = build();
    expect(page('essays/published-essay/index.html')).toContain('PUBLISHEDWORD');
    expect(page('rss.xml')).toContain('PUBLISHEDWORD');
    expect(readFileSync(join(cache, 'data-store.json'), 'utf8')).not.toContain('PUBLISHEDWORD');
    const bodies = readdirSync(join(shelf, 'essays')).map((name) => readFileSync(join(shelf, 'essays', name), 'utf8'));
    expect(bodies.filter((html) => html.includes('PUBLISHEDWORD'))).toHaveLength(1);
    expect(readdirSync(join(shelf, 'people')).length).toBeGreaterThan(0);
  }, 120_000);

  test('an edited body shows its new text on the next build, and its old file is gone', () => {
    const before = readdirSync(join(shelf, 'essays')).length;
    writeFileSync(essayFile, readFileSync(essayFile, 'utf8').replace('PUBLISHEDWORD', 'REWRITTENWORD'));
    const page = build();
    expect(page('essays/published-essay/index.html')).toContain('REWRITTENWORD');
    expect(page('essays/published-essay/index.html')).not.toContain('PUBLISHEDWORD');
    const bodies = readdirSync(join(shelf, 'essays')).map((name) => readFileSync(join(shelf, 'essays', name), 'utf8'));
    expect(bodies).toHaveLength(before);
    expect(bodies.some((html) => html.includes('PUBLISHEDWORD'))).toBe(false);
  }, 120_000);

  test('a cache folder that lost the body files still builds whole pages', () => {
    rmSync(shelf, { recursive: true, force: true });
    const page = build();
    expect(page('essays/published-essay/index.html')).toContain('REWRITTENWORD');
    expect(page('people/ada-author/index.html')).toMatch(/<main[\s\S]*<p>/);
    expect(existsSync(join(shelf, 'essays'))).toBe(true);
  }, 120_000);
});
