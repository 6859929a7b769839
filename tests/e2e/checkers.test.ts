/**
 * The web's own checkers over the built fixture site: the W3C Nu HTML Checker (every page,
 * zero errors), linkinator (no broken internal link or #fragment), Lighthouse (the scores that
 * depend on the pages alone, on the home page, an essay, a dialogue and search). Each checker is also shown to catch a fault.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, inject, test } from 'vitest';
import { auditSite, shortfalls, table } from '../../scripts/audit.ts';
import { crawl } from '../../scripts/lib/links.ts';
import { PROJECT_ROOT, userEnv } from '../helpers/astro';

const checkHtml = (folder: string) =>
  spawnSync(process.execPath, [join(PROJECT_ROOT, 'scripts/check-html.ts'), folder], { encoding: 'utf8', env: userEnv({}) });

describe('W3C Nu HTML Checker', () => {
  test('every page of the built site is valid HTML', () => {
    const result = checkHtml(inject('siteBuild').outDir);
    expect(result.stdout).toMatch(/^HTML: no errors in /m);
    expect(result.status).toBe(0);
  });

  test('and it does report invalid HTML', () => {
    const dir = mkdtempSync(join(tmpdir(), 'bad-html-'));
    writeFileSync(join(dir, 'index.html'), '<!doctype html><html lang="en"><head><title>x</title></head><body><p><div></p></body></html>');
    const result = checkHtml(dir);
    expect(result.status).toBe(1);
    expect(result.stdout).toContain('index.html:1.75-1.78: error: No “p” element in scope but a “p” end tag seen.');
  });
});

describe('links', () => {
  test('no broken internal link or fragment anywhere in the site', async () => {
    const { checked, broken } = await crawl(inject('siteBuild').outDir);
    expect(broken).toEqual([]);
    expect(checked).toBeGreaterThan(50);
  });

  test('and a missing page or fragment is caught', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bad-links-'));
    mkdirSync(join(dir, 'a'));
    writeFileSync(
      join(dir, 'index.html'),
      '<!doctype html><html lang="en"><title>x</title><a href="/a/">a</a> <a href="/missing/">m</a> <a href="/a/#nowhere">f</a>',
    );
    writeFileSync(join(dir, 'a/index.html'), '<!doctype html><html lang="en"><title>a</title><h1 id="here">a</h1>');
    const { broken } = await crawl(dir);
    expect(broken.map((b) => b.url).sort()).toEqual(['/a/#nowhere', '/missing/']);
  });
});

describe('Lighthouse', () => {
  // Only what depends on the pages alone. The performance score and its timings measure the
  // machine as much as the site: `npm run audit` prints them against their targets.
  test('home, essay, dialogue and search: 100 for accessibility, best practices and SEO; no stylesheet request, little script, nothing from elsewhere', async () => {
    const results = await auditSite(inject('siteBuild').outDir, [
      '/',
      '/essays/published-essay/',
      '/dialogues/closed-dialogue/',
      '/search/?q=harbour',
    ]);
    console.log(table(results));
    expect(shortfalls(results)).toEqual([]);
    const js = Object.fromEntries(results.map((r) => [r.path, r.jsBytes]));
    // Only search loads its script and Pagefind; the essay its small copy-citation module.
    expect(js['/']).toBe(0);
    expect(js['/dialogues/closed-dialogue/']).toBe(0);
    expect(js['/essays/published-essay/']).toBeGreaterThan(0);
    expect(js['/essays/published-essay/']).toBeLessThan(2 * 1024);
    expect(js['/search/?q=harbour']).toBeLessThan(40 * 1024);
    // The stylesheet is part of each page (its meta policy names its hash): nothing to wait for.
    for (const r of results) expect(r.cssBytes, r.path).toBe(0);
  });

  test('and it does report a page that misses', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bad-lighthouse-'));
    writeFileSync(
      join(dir, 'index.html'),
      '<!doctype html><html><head><title>x</title></head><body><img src="/a.png"><a href="#">?</a></body></html>',
    );
    const [result] = await auditSite(dir, ['/']);
    expect(result!.scores.accessibility).toBeLessThan(100);
    expect(result!.scores.seo).toBeLessThan(100);
    expect(shortfalls([result!]).length).toBeGreaterThan(0);
  });
});
