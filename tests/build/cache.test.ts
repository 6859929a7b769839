/**
 * Rebuilds over Astro's cache: entries keep their rendered bodies in packs beside the data
 * store (src/lib/html-shelf.ts), not in it. An edited body must show its new text, and a
 * cache folder that lost the packs must still give whole pages.
 */
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
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

function build(day = '2026-06-01') {
  const result = buildSite(folder, { BUILD_DATE: day });
  expect(result.status, result.output).toBe(0);
  return Object.assign((path: string) => readFileSync(join(result.outDir, path), 'utf8'), { outDir: result.outDir });
}

afterAll(() => rmSync(cache, { recursive: true, force: true }));

describe('rendered bodies beside the data store', () => {
  test('a first build keeps bodies out of the store, in one pack per collection, and shows them', () => {
    const page = build();
    expect(page('essays/published-essay/index.html')).toContain('PUBLISHEDWORD');
    expect(page('rss.xml')).toContain('PUBLISHEDWORD');
    expect(readFileSync(join(cache, 'data-store.json'), 'utf8')).not.toContain('PUBLISHEDWORD');
    const packs = readdirSync(join(shelf, 'essays')).map((name) => readFileSync(join(shelf, 'essays', name), 'utf8'));
    expect(packs).toHaveLength(1);
    expect(packs[0]).toContain('PUBLISHEDWORD');
    expect(readdirSync(join(shelf, 'people'))).toHaveLength(1);
  });

  test('an edited body shows its new text on the next build; the other bodies are not rendered again', () => {
    const [first] = readdirSync(join(shelf, 'essays'));
    writeFileSync(essayFile, readFileSync(essayFile, 'utf8').replace('PUBLISHEDWORD', 'REWRITTENWORD'));
    const page = build();
    expect(page('essays/published-essay/index.html')).toContain('REWRITTENWORD');
    expect(page('essays/published-essay/index.html')).not.toContain('PUBLISHEDWORD');
    expect(page('rss.xml')).toContain('REWRITTENWORD');
    // The first pack still holds the unchanged essays; the edited one is in a pack of its own.
    const packs = readdirSync(join(shelf, 'essays'));
    expect(packs).toHaveLength(2);
    expect(packs).toContain(first);
    const edited = packs.find((name) => name !== first)!;
    expect(readFileSync(join(shelf, 'essays', edited), 'utf8')).toContain('REWRITTENWORD');
    expect(statSync(join(shelf, 'essays', edited)).size * 3).toBeLessThan(statSync(join(shelf, 'essays', first!)).size);
  });

  test('a cache folder that lost its packs still builds whole pages', () => {
    rmSync(shelf, { recursive: true, force: true });
    const page = build();
    expect(page('essays/published-essay/index.html')).toContain('REWRITTENWORD');
    expect(page('people/ada-author/index.html')).toMatch(/<main[\s\S]*<p>/);
    expect(existsSync(join(shelf, 'essays'))).toBe(true);
  });

  test('an essay published by a later build day and kept in the cache is left out again on an earlier one, images and all', () => {
    const later = build('3000-01-01');
    expect(readdirSync(join(later.outDir, '_astro')).some((name) => name.startsWith('scheduled-photo.'))).toBe(true);
    const page = build();
    expect(existsSync(join(page.outDir, 'essays/scheduled-essay'))).toBe(false);
    expect(readdirSync(join(page.outDir, '_astro')).filter((name) => name.startsWith('scheduled-photo.'))).toEqual([]);
  });
});
