/**
 * Benchmark: builds a generated archive and prints what it costs.
 *
 *   npm run bench                       # 1,000 essays
 *   npm run bench -- --essays 4000      # any size
 *   npm run bench -- --essays 200 --no-browser
 *
 * Prints the build's wall time and peak memory (the whole process tree, sampled), pages per
 * second, the size of dist/ and of the search index, and the bytes the search page fetches
 * for a one-word query (measured in Chromium on the built site). Figures, not assertions:
 * the machines are shared, so compare runs side by side.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { launchBrowser } from './lib/browser.ts';
import { writeCorpus } from './lib/corpus.ts';
import { serveStatic } from './lib/serve.ts';

const ROOT = resolve(import.meta.dirname, '..');

const { values: options } = parseArgs({
  options: {
    essays: { type: 'string', default: '1000' },
    browser: { type: 'boolean', default: true },
    'no-browser': { type: 'boolean', default: false },
    keep: { type: 'boolean', default: false },
  },
});
const essays = Number(options.essays);
if (!Number.isInteger(essays) || essays < 1) throw new Error(`--essays must be a positive whole number (got ${options.essays})`);

interface Measured {
  status: number | null;
  wallMs: number;
  peakBytes: number;
  output: string;
}

/** Resident memory of a process and all its descendants, from /proc. */
function treeRss(rootPid: number): number {
  const children = new Map<number, number[]>();
  let total = 0;
  const rss = new Map<number, number>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const status = readFileSync(`/proc/${name}/status`, 'utf8');
      const ppid = Number(/^PPid:\s+(\d+)/m.exec(status)?.[1]);
      const kb = Number(/^VmRSS:\s+(\d+)/m.exec(status)?.[1] ?? 0);
      rss.set(Number(name), kb * 1024);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(name)]);
    } catch {
      // the process ended while we looked
    }
  }
  const stack = [rootPid];
  while (stack.length > 0) {
    const pid = stack.pop()!;
    total += rss.get(pid) ?? 0;
    stack.push(...(children.get(pid) ?? []));
  }
  return total;
}

/** Runs a command, sampling the memory of its process tree every 50 ms. */
function measure(command: string, args: string[], env: Record<string, string>): Promise<Measured> {
  return new Promise((resolvePromise) => {
    const started = performance.now();
    const child = spawn(command, args, { cwd: ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    let peakBytes = 0;
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const timer = setInterval(() => {
      if (child.pid) peakBytes = Math.max(peakBytes, treeRss(child.pid));
    }, 50);
    child.on('close', (status) => {
      clearInterval(timer);
      resolvePromise({ status, wallMs: performance.now() - started, peakBytes, output });
    });
  });
}

function sizeOf(path: string): { bytes: number; files: number } {
  const stat = statSync(path);
  if (!stat.isDirectory()) return { bytes: stat.size, files: 1 };
  let bytes = 0;
  let files = 0;
  for (const name of readdirSync(path)) {
    const inner = sizeOf(join(path, name));
    bytes += inner.bytes;
    files += inner.files;
  }
  return { bytes, files };
}

/** Bytes the search page fetches from /pagefind/: to start, then for each one-word query. */
async function queryBytes(dist: string, words: string[]): Promise<{ startup: number; queries: Array<{ word: string; bytes: number; results: string }> }> {
  const site = await serveStatic(dist);
  const browser = await launchBrowser();
  try {
    const page = await browser.newPage();
    let bytes = 0;
    page.on('response', async (response) => {
      if (!response.url().includes('/pagefind/')) return;
      bytes += (await response.body().catch(() => Buffer.alloc(0))).length;
    });
    const statusIs = (test: string) =>
      page.waitForFunction((t) => {
        const text = document.querySelector('[data-search-status]')?.textContent ?? '';
        return t === 'ready' ? text.startsWith('Type words') : text.includes(t);
      }, test, { timeout: 120_000 });
    await page.goto(`${site.origin}/search/`);
    await statusIs('ready');
    await page.waitForTimeout(200);
    const startup = bytes;
    const queries = [];
    for (const word of words) {
      bytes = 0;
      await page.locator('#search-query').fill(word);
      await statusIs(`“${word}”`);
      await page.waitForTimeout(200);
      queries.push({ word, bytes, results: (await page.locator('[data-search-status]').textContent()) ?? '' });
    }
    return { startup, queries };
  } finally {
    await browser.close();
    await site.close();
  }
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

async function main() {
  const work = mkdtempSync(join(tmpdir(), 'archive-bench-'));
  const content = join(work, 'content');
  const dist = join(work, 'dist');
  console.log(`Generating ${essays} essays in ${content} …`);
  const counts = writeCorpus(content, essays);
  console.log(`  ${counts.essays} essays, ${counts.dialogues} dialogues, ${counts.people} people, ${counts.partners} partners, ${counts.topics} topics`);

  console.log('Building (npm run build, CONTENT_DIR) …');
  const astro = join(ROOT, 'node_modules/astro/bin/astro.mjs');
  const build = await measure(process.execPath, [astro, 'build', '--outDir', dist], { CONTENT_DIR: content, BUILD_DATE: '2026-06-01', ASTRO_TELEMETRY_DISABLED: '1' });
  if (build.status !== 0) {
    console.error(build.output);
    throw new Error(`the build failed with status ${build.status}`);
  }
  const pages = Number(/(\d+) page\(s\) built/.exec(build.output)?.[1] ?? 0);
  const site = sizeOf(dist);
  const index = sizeOf(join(dist, 'pagefind'));
  const essayPage = readFileSync(join(dist, 'essays', 'essay-00001', 'index.html'));

  const rows: Array<[string, string]> = [
    ['essays', String(essays)],
    ['build wall time', `${(build.wallMs / 1000).toFixed(1)} s`],
    ['peak memory (process tree)', mb(build.peakBytes)],
    ['pages built', String(pages)],
    ['pages per second', (pages / (build.wallMs / 1000)).toFixed(0)],
    ['dist/ size', `${mb(site.bytes)} in ${site.files} files`],
    ['search index (dist/pagefind)', `${mb(index.bytes)} in ${index.files} files`],
    ['one essay page (HTML, uncompressed)', kb(essayPage.length)],
  ];

  if (options.browser && !options['no-browser']) {
    console.log('Measuring search in Chromium …');
    const fetched = await queryBytes(dist, ['climate', 'security', '협력']);
    rows.push(['search start (pagefind.js, wasm, metadata, filters)', kb(fetched.startup)]);
    for (const query of fetched.queries) rows.push([`one-word query "${query.word}" (${query.results.replace(/ for .*/, '')})`, kb(query.bytes)]);
    const first = fetched.queries[0]!;
    rows.push(['first query from a cold page, in all', kb(fetched.startup + first.bytes)]);
  }

  const width = Math.max(...rows.map(([label]) => label.length));
  console.log('');
  for (const [label, value] of rows) console.log(`${label.padEnd(width)}  ${value}`);
  if (options.keep) console.log(`\nkept: ${work}`);
  else rmSync(work, { recursive: true, force: true });
}

await main();
