/**
 * npm run audit: Lighthouse on the home page, an essay, a dialogue and search, in Debian's
 * Chromium (CHROME_PATH overrides), served as a host serves dist/ (with dist/_headers).
 *
 * Two kinds of figures, kept apart:
 * - deterministic ones, which depend only on the pages: the accessibility, best-practices and
 *   SEO scores, the CSS and JavaScript each page loads, requests to other origins, images
 *   without dimensions. The test suite holds the site to these (tests/e2e/checkers.test.ts),
 *   and this command exits 1 when one misses its target.
 * - timings: the performance score, LCP, TBT, CLS and Speed Index. They measure the machine
 *   as much as the site (a shared 2-core machine scores the same page 91 one run and 100 the
 *   next), so they are printed against their targets and never fail anything.
 *
 *   npm run audit                             # the shipped content, four kinds of page
 *   npm run audit -- /essays/ /search/?q=x    # other pages
 *   CONTENT_DIR=… npm run audit               # another content folder
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { environmentWith, SETTINGS } from '../src/config.ts';
import { BROWSER_FLAGS } from './lib/browser.ts';
import { hostHeaders, serveStatic } from './lib/serve.ts';

/** Scores that depend only on the pages. */
export const SCORE_TARGETS = { accessibility: 100, 'best-practices': 100, seo: 100 } as const;
type Category = keyof typeof SCORE_TARGETS;

/** Timing targets: Lighthouse's "good" thresholds (mobile, simulated slow 4G). Reported, never asserted. */
export const TIMING_TARGETS = {
  performance: { target: 95, unit: 'score', better: 'higher' },
  'largest-contentful-paint': { target: 2500, unit: 'ms', better: 'lower' },
  'total-blocking-time': { target: 200, unit: 'ms', better: 'lower' },
  'cumulative-layout-shift': { target: 0.1, unit: '', better: 'lower' },
  'speed-index': { target: 3400, unit: 'ms', better: 'lower' },
} as const;
type Timing = keyof typeof TIMING_TARGETS;

export interface PageAudit {
  path: string;
  scores: Record<Category, number>;
  /** Bytes of stylesheets and scripts fetched (inline styles are part of the page). */
  cssBytes: number;
  jsBytes: number;
  /** Requests that left the page's origin. */
  foreignRequests: string[];
  /** Binary audits that failed (images without dimensions among them), and runtime errors. */
  failures: string[];
  /** Only with `timings: true`. */
  timings?: Record<Timing, number>;
}

interface NetworkItem {
  url: string;
  resourceType?: string;
  transferSize?: number;
}

/** Audits `paths` of the site served at `origin` in one Chromium. */
export async function auditServed(origin: string, paths: readonly string[], { timings = false } = {}): Promise<PageAudit[]> {
  const chrome = await chromeLauncher.launch({ chromePath: SETTINGS.chromePath, chromeFlags: [...BROWSER_FLAGS] });
  try {
    const results: PageAudit[] = [];
    for (const path of paths) {
      const categories = timings ? ['performance', ...Object.keys(SCORE_TARGETS)] : Object.keys(SCORE_TARGETS);
      const once = async () =>
        (await lighthouse(`${origin}${path}`, {
          port: chrome.port,
          output: 'json',
          logLevel: 'error',
          onlyCategories: categories,
          onlyAudits: ['network-requests', 'unsized-images'],
        }))!.lhr;
      // A run that could not load the page gives no score at all, not a low one, and
      // Lighthouse asks to be run again: it is, up to twice.
      const unmeasured = (result: typeof lhr) =>
        Boolean(result.runtimeError) || categories.some((c) => typeof result.categories[c]?.score !== 'number');
      let lhr = await once();
      for (let again = 0; again < 2 && unmeasured(lhr); again++) lhr = await once();
      const scores = Object.fromEntries(
        Object.keys(SCORE_TARGETS).map((c) => [c, Math.round((lhr.categories[c]?.score ?? 0) * 100)]),
      ) as Record<Category, number>;
      const items = (lhr.audits['network-requests']?.details as { items?: NetworkItem[] } | undefined)?.items ?? [];
      const bytes = (type: string) => items.filter((i) => i.resourceType === type).reduce((sum, i) => sum + (i.transferSize ?? 0), 0);
      const failures = Object.values(lhr.audits)
        .filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode === 'binary')
        .map((a) => `${a.id}: ${a.title}`);
      if (lhr.audits['unsized-images']?.score === 0) failures.push('unsized-images: images without explicit width and height');
      if (lhr.runtimeError) failures.push(`runtime error: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
      const audit: PageAudit = {
        path,
        scores,
        cssBytes: bytes('Stylesheet'),
        jsBytes: bytes('Script'),
        foreignRequests: items.map((i) => i.url).filter((url) => !url.startsWith(`${origin}/`) && !url.startsWith('data:')),
        failures,
      };
      if (timings) {
        audit.timings = Object.fromEntries(
          (Object.keys(TIMING_TARGETS) as Timing[]).map((t) => [
            t,
            t === 'performance' ? Math.round((lhr.categories.performance?.score ?? 0) * 100) : (lhr.audits[t]?.numericValue ?? Number.NaN),
          ]),
        ) as Record<Timing, number>;
      }
      results.push(audit);
    }
    return results;
  } finally {
    chrome.kill();
  }
}

/** Serves a built site as its host would (dist/_headers) and audits `paths`. */
export async function auditSite(dist: string, paths: readonly string[], options: { timings?: boolean } = {}): Promise<PageAudit[]> {
  const site = await serveStatic(dist, '/', 0, hostHeaders(dist));
  try {
    return await auditServed(site.origin, paths, options);
  } finally {
    await site.close();
  }
}

/** What misses a deterministic target: a score, a failed binary audit, a request elsewhere. */
export function shortfalls(results: readonly PageAudit[]): string[] {
  return results.flatMap((r) => [
    ...(Object.keys(SCORE_TARGETS) as Category[])
      .filter((c) => r.scores[c] < SCORE_TARGETS[c])
      .map((c) => `${r.path}: ${c} ${r.scores[c]} < ${SCORE_TARGETS[c]}`),
    ...r.failures.map((f) => `${r.path}: ${f}`),
    ...r.foreignRequests.map((url) => `${r.path}: request to another origin: ${url}`),
  ]);
}

function columns(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i]!)).join('  ');
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}

export function table(results: readonly PageAudit[]): string {
  const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
  return columns(
    ['page', 'accessibility', 'best practices', 'SEO', 'CSS', 'JS'],
    results.map((r) => [
      r.path,
      String(r.scores.accessibility),
      String(r.scores['best-practices']),
      String(r.scores.seo),
      kb(r.cssBytes),
      kb(r.jsBytes),
    ]),
  );
}

/** The timings against their targets: figures for people to read, not a gate. */
export function timingTable(results: readonly PageAudit[]): string {
  const format = (t: Timing, value: number) => {
    const { target, unit, better } = TIMING_TARGETS[t];
    const met = better === 'higher' ? value >= target : value <= target;
    const shown = unit === 'ms' ? `${Math.round(value)} ms` : unit === 'score' ? String(value) : value.toFixed(3);
    return `${shown}${met ? '' : ' (over)'}`;
  };
  const names = Object.keys(TIMING_TARGETS) as Timing[];
  const targets = names.map((t) => {
    const { target, unit, better } = TIMING_TARGETS[t];
    return `${t}: ${better === 'higher' ? '≥' : '≤'} ${target}${unit === 'ms' ? ' ms' : ''}`;
  });
  return [
    columns(
      ['page', 'performance', 'LCP', 'TBT', 'CLS', 'Speed Index'],
      results.map((r) => [r.path, ...names.map((t) => format(t, r.timings?.[t] ?? Number.NaN))]),
    ),
    `targets: ${targets.join(', ')}`,
    'Timings depend on the machine as much as on the site: compare runs made side by side.',
  ].join('\n');
}

if (import.meta.main) {
  const given = process.argv.slice(2).filter((arg) => arg.startsWith('/'));
  const paths =
    given.length > 0
      ? given
      : ['/', '/essays/2025/new-zealand-and-south-korea-for-the-pacific/', '/dialogues/asan-dialogue-12/', '/search/?q=pacific'];
  const dist = mkdtempSync(join(tmpdir(), 'audit-'));
  const root = resolve(import.meta.dirname, '..');
  const build = spawnSync(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', dist], {
    cwd: root,
    env: environmentWith({ ASTRO_TELEMETRY_DISABLED: '1' }),
    encoding: 'utf8',
  });
  if (build.status !== 0) {
    console.error(`The build failed:\n${build.stdout}\n${build.stderr}`);
    process.exit(1);
  }
  const results = await auditSite(dist, paths, { timings: true });
  console.log(table(results));
  console.log(`\n${timingTable(results)}`);
  const short = shortfalls(results);
  console.log(
    short.length === 0 ? '\nEvery page meets its deterministic targets.' : `\nBelow target:\n${short.map((s) => `  ${s}`).join('\n')}`,
  );
  process.exit(short.length === 0 ? 0 : 1);
}
