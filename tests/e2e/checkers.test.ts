/**
 * The web's own checkers over the built fixture site: the W3C Nu HTML Checker (every page,
 * zero errors), linkinator (no broken internal link or #fragment), Lighthouse (scores on the
 * home page, an essay, a dialogue and search). Each checker is also shown to catch a fault.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, inject, test } from 'vitest';
import { audit, shortfalls, table } from '../../scripts/audit.ts';
import { crawl } from '../../scripts/lib/links.ts';
import { PROJECT_ROOT, userEnv } from '../helpers/astro';

const checkHtml = (folder: string) =>
  spawnSync(process.execPath, [join(PROJECT_ROOT, 'scripts/check-html.ts'), folder], { encoding: 'utf8', env: userEnv({}) });

describe('W3C Nu HTML Checker', () => {
  test('every page of the built site is valid HTML', () => {
    const result = checkHtml(inject('siteBuild').outDir);
    expect(result.stdout).toMatch(/^HTML: no errors in /m);
    expect(result.status).toBe(0);
  }, 120_000);

  test('and it does report invalid HTML', () => {
    const dir = mkdtempSync(join(tmpdir(), 'bad-html-'));
    writeFileSync(join(dir, 'index.html'), '<!doctype html><html lang="en"><head><title>x</title></head><body><p><div></p></body></html>');
    const result = checkHtml(dir);
    expect(result.status).toBe(1);
    expect(result.stdout).toContain('index.html:1.75-1.78: error: No “p” element in scope but a “p” end tag seen.');
  }, 120_000);
});

describe('links', () => {
  test('no broken internal link or fragment anywhere in the site', async () => {
    const { checked, broken } = await crawl(inject('siteBuild').outDir);
    expect(broken).toEqual([]);
    expect(checked).toBeGreaterThan(50);
  }, 120_000);

  test('and a missing page or fragment is caught', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bad-links-'));
    mkdirSync(join(dir, 'a'));
    writeFileSync(join(dir, 'index.html'), '<!doctype html><html lang="en"><title>x</title><a href="/a/">a</a> <a href="/missing/">m</a> <a href="/a/#nowhere">f</a>');
    writeFileSync(join(dir, 'a/index.html'), '<!doctype html><html lang="en"><title>a</title><h1 id="here">a</h1>');
    const { broken } = await crawl(dir);
    expect(broken.map((b) => b.url).sort()).toEqual(['/a/#nowhere', '/missing/']);
  }, 60_000);
});

describe('Lighthouse', () => {
  test('home, essay, dialogue and search: 100 for accessibility, best practices and SEO, 95+ for performance', async () => {
    const results = await audit(resolve(PROJECT_ROOT, 'tests/fixtures/site'), ['/', '/essays/published-essay/', '/dialogues/closed-dialogue/', '/search/?q=harbour']);
    console.log(table(results));
    expect({ shortfalls: shortfalls(results), errors: results.flatMap((r) => r.failures.filter((f) => f.startsWith('runtime error'))) }).toEqual({ shortfalls: [], errors: [] });
    // Only search loads its script and Pagefind; the essay its small copy-citation module.
    expect(results.find((r) => r.path === '/')!.jsBytes).toBe(0);
    expect(results.find((r) => r.path === '/dialogues/closed-dialogue/')!.jsBytes).toBe(0);
    for (const r of results) expect(r.cssBytes, r.path).toBeLessThan(12 * 1024);
  }, 240_000);
});
