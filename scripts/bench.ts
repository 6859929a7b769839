/**
 * Benchmark: builds a generated archive with the site and with a plain Astro baseline, side
 * by side, and prints what each costs.
 *
 *   npm run bench                              # 1,000 essays
 *   npm run bench -- --essays 4000             # any size
 *   npm run bench -- --essays 1000,4000,10000  # several sizes: how the cost grows
 *   npm run bench -- --essays 4000 --repeat 3  # both builds three times, taking turns: medians
 *   npm run bench -- --essays 200 --no-browser --no-baseline
 *
 * For each size: wall time of the whole build (pages, feeds, search index, everything) and
 * where it went, peak memory of the process tree, pages per second, dist/ and search index
 * sizes, an essay page's compressed weight, and the bytes the search page fetches for
 * one-word queries (in Chromium). Then the baseline (bench/baseline: one collection, one page
 * per essay, an index, one feed, then `pagefind --site`) and the ratio. Figures, not
 * assertions: the machines are shared, so compare runs made side by side.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { cacheDirFor } from '../src/config.ts';
import { procStatFields } from '../src/lib/background-priority.ts';
import { launchBrowser } from './lib/browser.ts';
import { writeCorpus } from './lib/corpus.ts';
import { serveStatic } from './lib/serve.ts';

const ROOT = resolve(import.meta.dirname, '..');
const ASTRO = join(ROOT, 'node_modules/astro/bin/astro.mjs');
/** Our build as `npm run build` runs it; the baseline is a plain `astro build`. */
const BUILD = join(ROOT, 'scripts/build.ts');

/** The targets the archive is held to (docs/performance.md). */
export const TARGETS = {
  ratioAt4000: 0.8,
  peakBytes: 2 * 1024 ** 3,
  essayPageBytes: 30 * 1024,
  queryBytesAt10000: 300 * 1024,
};

interface Measured {
  status: number | null;
  wallMs: number;
  peakBytes: number;
  /**
   * Processor time of the whole process tree, user and system, every thread and every child
   * process included (Pagefind's); undefined where /proc is missing.
   */
  cpuMs?: number | undefined;
  /** Of which the command's main thread (sampled with the memory, so to within 50 ms). */
  mainThreadMs?: number | undefined;
  output: string;
}

/** Milliseconds in a clock tick of /proc (USER_HZ, 100 on Linux whatever the kernel's own rate). */
const TICK_MS = 10;

/**
 * The times of a `/proc/<pid>/stat` or `/proc/<pid>/task/<tid>/stat` line, in milliseconds:
 * its own user and system time, and that of the children it has waited for.
 */
export function statTimes(line: string): { ownMs: number; childrenMs: number } {
  const fields = procStatFields(line);
  // utime is field 14 of the line, stime 15, cutime 16, cstime 17.
  const field = (n: number) => Number(fields[n - 3]);
  return { ownMs: (field(14) + field(15)) * TICK_MS, childrenMs: (field(16) + field(17)) * TICK_MS };
}

/** Processor time of the children this process has waited for, or undefined without /proc. */
function waitedChildrenMs(): number | undefined {
  try {
    return statTimes(readFileSync('/proc/self/stat', 'utf8')).childrenMs;
  } catch {
    return undefined;
  }
}

/** Resident memory of a process and all its descendants, from /proc. */
function treeRss(rootPid: number): number {
  const children = new Map<number, number[]>();
  const rss = new Map<number, number>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const status = readFileSync(`/proc/${name}/status`, 'utf8');
      const ppid = Number(/^PPid:\s+(\d+)/m.exec(status)?.[1]);
      rss.set(Number(name), Number(/^VmRSS:\s+(\d+)/m.exec(status)?.[1] ?? 0) * 1024);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(name)]);
    } catch {
      // the process ended while we looked
    }
  }
  let total = 0;
  const stack = [rootPid];
  while (stack.length > 0) {
    const pid = stack.pop()!;
    total += rss.get(pid) ?? 0;
    stack.push(...(children.get(pid) ?? []));
  }
  return total;
}

/**
 * Runs a command, sampling the memory of its process tree every 50 ms. Its processor time is
 * what the kernel counts for it once it has been waited for: the command's own, plus that of
 * every child process it waited for in turn.
 */
function measure(command: string, args: string[], env: Record<string, string>): Promise<Measured> {
  return new Promise((done) => {
    const cpuBefore = waitedChildrenMs();
    const started = performance.now();
    const child = spawn(command, args, { cwd: ROOT, env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    let peakBytes = 0;
    let mainThreadMs: number | undefined;
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const timer = setInterval(() => {
      if (!child.pid) return;
      peakBytes = Math.max(peakBytes, treeRss(child.pid));
      try {
        mainThreadMs = statTimes(readFileSync(`/proc/${child.pid}/task/${child.pid}/stat`, 'utf8')).ownMs;
      } catch {
        // it has ended, or there is no /proc
      }
    }, 50);
    child.on('close', (status) => {
      clearInterval(timer);
      const wallMs = performance.now() - started;
      const cpuAfter = waitedChildrenMs();
      const cpuMs = cpuBefore === undefined || cpuAfter === undefined ? undefined : cpuAfter - cpuBefore;
      done({ status, wallMs, peakBytes, cpuMs, mainThreadMs, output });
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

/** Phases of an Astro build, from its log: [name, milliseconds]. */
export function phases(output: string): Array<[string, number]> {
  const found: Array<[string, number]> = [];
  const clean = output.replace(/\x1b\[[0-9;]*m/g, '');
  const take = (name: string, pattern: RegExp) => {
    const match = pattern.exec(clean);
    if (match) found.push([name, Number(match[1]) * (match[2] === 's' ? 1000 : 1)]);
  };
  take('content layer: load and validate entries', /\[content\] Synced content[\s\S]*?\[types\] Generated ([\d.]+)(m?s)/);
  take('bundling (Vite)', /Building static entrypoints[\s\S]*?\[vite\] ✓ built in ([\d.]+)(m?s)/);
  take('rendering pages, feeds and files', /generating static routes[\s\S]*?✓ Completed in ([\d.]+)(m?s)/);
  take('optimising images', /generating optimized images[\s\S]*?✓ Completed in ([\d.]+)(m?s)/);
  take('search index (alongside the rest, from the start)', /search index: \d+ records \(started ([\d.]+) (s) ago/);
  return found;
}

/** Bytes the search page fetches from /pagefind/: to start, then for each one-word query. */
async function queryBytes(dist: string, words: string[]) {
  const site = await serveStatic(dist);
  const browser = await launchBrowser();
  try {
    const page = await browser.newPage();
    // Bytes as the server sent them (compressed where a host compresses), counted on the wire.
    let mark = 0;
    const since = () => site.bytesSent('/pagefind/') - mark;
    const statusIs = (test: string) =>
      page.waitForFunction(
        (t) => {
          const text = document.querySelector('[data-search-status]')?.textContent ?? '';
          return t === 'ready' ? text.startsWith('Type words') : text.includes(t);
        },
        test,
        { timeout: 120_000 },
      );
    await page.goto(`${site.origin}/search/`);
    await statusIs('ready');
    await page.waitForTimeout(300);
    const startup = since();
    const queries: Array<{ word: string; bytes: number; results: string }> = [];
    for (const word of words) {
      mark = site.bytesSent('/pagefind/');
      await page.locator('#search-query').fill(word);
      await statusIs(`“${word}”`);
      await page.waitForTimeout(300);
      queries.push({ word, bytes: since(), results: ((await page.locator('[data-search-status]').textContent()) ?? '').replace(/ for .*/, '') });
    }
    return { startup, queries };
  } finally {
    await browser.close();
    await site.close();
  }
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

interface BaselineRun {
  astro: Measured;
  pagefind: Measured;
  wallMs: number;
  peakBytes: number;
}

interface SizeResult {
  essays: number;
  /** Each build of ours, in the order run. */
  ours: Measured[];
  /** Median wall time of ours, and the largest peak memory. */
  wallMs: number;
  peakBytes: number;
  pages: number;
  baseline?: { runs: BaselineRun[]; wallMs: number; peakBytes: number };
  /** The most a one-word query fetched (index chunks and its first results), start-up excluded. */
  queryBytes?: number;
  /** The least wall time the build's work allows on this machine (see `workFloor`). */
  floorMs?: number;
}

const CORES = availableParallelism();

/**
 * What the work of some builds allows at best (medians): no build can take less wall time than
 * its main thread's processor time, which runs one step after another, nor less than all its
 * processor time spread evenly over the machine's cores. Undefined without /proc.
 */
export function workFloor(runs: readonly Pick<Measured, 'cpuMs' | 'mainThreadMs'>[], cores = CORES) {
  if (runs.length === 0 || runs.some((run) => run.cpuMs === undefined || run.mainThreadMs === undefined)) return undefined;
  const cpuMs = median(runs.map((run) => run.cpuMs!));
  const mainThreadMs = median(runs.map((run) => run.mainThreadMs!));
  return { cpuMs, mainThreadMs, floorMs: Math.max(mainThreadMs, cpuMs / cores) };
}

/** The median of some numbers (the mean of the middle two for an even count). */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** Folders to remove when the benchmark ends. */
const leftovers: string[] = [];

async function benchSize(essays: number, options: { browser: boolean; baseline: boolean; repeat: number }): Promise<SizeResult> {
  const work = mkdtempSync(join(tmpdir(), 'archive-bench-'));
  // Removed when every size is done, not before the next size's builds (see `dist` below).
  leftovers.push(work);
  const content = join(work, 'content');
  // Each round builds into a folder of its own, as on a fresh clone, and the folders are
  // removed when the benchmark ends. Over an earlier round's output, Astro would first delete
  // it (tens of thousands of files, on its main thread), and on a file system that avoids
  // reusing recently freed inodes (ext4 without a journal) every new file would then be
  // slower to create: a cost of the benchmark's loop, not of a build.
  const dist = (round: number) => join(work, `dist-${round}`);
  console.log(`\n== ${essays} essays ==`);
  const counts = writeCorpus(content, essays);
  console.log(`corpus: ${counts.essays} essays (about 1,000 words, 5 languages), ${counts.dialogues} dialogues, ${counts.people} people, ${counts.partners} partners, ${counts.topics} topics`);

  // Every build starts cold, as on a fresh clone: no content cache from an earlier run.
  const ourCache = join(ROOT, cacheDirFor(content));
  leftovers.push(ourCache);
  const buildOurs = async (round: number) => {
    rmSync(ourCache, { recursive: true, force: true });
    const run = await measure(process.execPath, [BUILD, '--outDir', dist(round)], { CONTENT_DIR: content, BUILD_DATE: '2026-06-01' });
    if (run.status !== 0) {
      console.error(run.output);
      throw new Error(`the build failed with status ${run.status}`);
    }
    return run;
  };
  const buildBaseline = async (round: number): Promise<BaselineRun> => {
    const baseDist = join(work, `baseline-dist-${round}`);
    rmSync(join(ROOT, 'bench/baseline/node_modules/.astro'), { recursive: true, force: true });
    const astro = await measure(process.execPath, [ASTRO, 'build', '--root', join(ROOT, 'bench/baseline'), '--outDir', baseDist], { BASELINE_ESSAYS: join(content, 'essays') });
    if (astro.status !== 0) throw new Error(`the baseline build failed:\n${astro.output}`);
    const pagefind = await measure(process.execPath, [join(ROOT, 'node_modules/pagefind/lib/runner/bin.cjs'), '--site', baseDist], {});
    if (pagefind.status !== 0) throw new Error(`the baseline's pagefind failed:\n${pagefind.output}`);
    return { astro, pagefind, wallMs: astro.wallMs + pagefind.wallMs, peakBytes: Math.max(astro.peakBytes, pagefind.peakBytes) };
  };

  // The two builds take turns, so that a machine slowing down or speeding up weighs on both.
  const ours: Measured[] = [];
  const baselines: BaselineRun[] = [];
  for (let round = 0; round < options.repeat; round++) {
    ours.push(await buildOurs(round));
    if (options.baseline) baselines.push(await buildBaseline(round));
  }
  const last = ours.at(-1)!;
  const lastDist = dist(options.repeat - 1);
  const wallMs = median(ours.map((run) => run.wallMs));
  const peakBytes = Math.max(...ours.map((run) => run.peakBytes));
  const pages = Number(/(\d+) page\(s\) built/.exec(last.output)?.[1] ?? 0);
  const site = sizeOf(lastDist);
  const index = sizeOf(join(lastDist, 'pagefind'));
  const css = readdirSync(join(lastDist, '_astro')).filter((f) => f.endsWith('.css')).reduce((sum, f) => sum + gzipSync(readFileSync(join(lastDist, '_astro', f))).length, 0);
  const essayHtml = gzipSync(readFileSync(join(lastDist, 'essays', 'essay-00001', 'index.html'))).length;
  const each = (runs: readonly { wallMs: number }[]) => (runs.length > 1 ? ` (median of ${runs.map((run) => s(run.wallMs)).join(', ')})` : '');

  const effort = workFloor(ours);
  const rows: Array<[string, string]> = [
    ['build wall time (everything)', `${s(wallMs)}${each(ours)}`],
    ...phases(last.output).map(([name, ms]): [string, string] => [`  ${name}`, s(ms)]),
    ...(effort
      ? ([
          ['processor time (all threads and processes)', `${s(effort.cpuMs)} (main thread ${s(effort.mainThreadMs)})`],
          [`  least wall time that work allows on ${CORES} cores`, s(effort.floorMs)],
        ] as Array<[string, string]>)
      : []),
    ['peak memory (process tree)', `${mb(peakBytes)}${ours.length > 1 ? ` (the largest of ${ours.map((run) => mb(run.peakBytes)).join(', ')})` : ''}`],
    ['pages built', String(pages)],
    ['pages per second', (pages / (wallMs / 1000)).toFixed(0)],
    ['dist/ size', `${mb(site.bytes)} in ${site.files} files`],
    ['search index (dist/pagefind)', `${mb(index.bytes)} in ${index.files} files`],
    ['an essay page, HTML + CSS, gzip', `${kb(essayHtml + css)} (HTML ${kb(essayHtml)}, CSS ${kb(css)}; no JavaScript but the 1 KB copy button)`],
  ];

  const result: SizeResult = { essays, ours, wallMs, peakBytes, pages, ...(effort ? { floorMs: effort.floorMs } : {}) };
  if (options.browser) {
    const fetched = await queryBytes(lastDist, ['climate', 'security', '협력']);
    rows.push(['search page start, once (pagefind.js, worker, wasm, metadata, filters)', kb(fetched.startup)]);
    for (const query of fetched.queries) rows.push([`one-word query "${query.word}" (${query.results}): index and first results`, kb(query.bytes)]);
    result.queryBytes = Math.max(...fetched.queries.map((q) => q.bytes));
    rows.push(['first query from a cold page, in all', kb(fetched.startup + fetched.queries[0]!.bytes)]);
  }

  if (options.baseline) {
    const baseline = { runs: baselines, wallMs: median(baselines.map((run) => run.wallMs)), peakBytes: Math.max(...baselines.map((run) => run.peakBytes)) };
    result.baseline = baseline;
    rows.push(
      ['baseline: astro build', s(median(baselines.map((run) => run.astro.wallMs)))],
      ['baseline: pagefind --site', s(median(baselines.map((run) => run.pagefind.wallMs)))],
      ['baseline: in all', `${s(baseline.wallMs)}${each(baselines)}`],
      ...(baselines.every((run) => run.astro.cpuMs !== undefined && run.pagefind.cpuMs !== undefined)
        ? ([['baseline: processor time', s(median(baselines.map((run) => run.astro.cpuMs! + run.pagefind.cpuMs!)))]] as Array<[string, string]>)
        : []),
      ['baseline: peak memory', `${mb(baseline.peakBytes)}${baselines.length > 1 ? ` (the largest of ${baselines.map((run) => mb(run.peakBytes)).join(', ')})` : ''}`],
      ['ours / baseline, wall time', `${(wallMs / baseline.wallMs).toFixed(2)}${options.repeat > 1 ? ` (medians; round by round: ${ours.map((run, i) => (run.wallMs / baselines[i]!.wallMs).toFixed(2)).join(', ')})` : ''}`],
    );
  }

  const width = Math.max(...rows.map(([label]) => label.length));
  for (const [label, value] of rows) console.log(`${label.padEnd(width)}  ${value}`);
  return result;
}

async function main() {
  const { values } = parseArgs({
    options: {
      essays: { type: 'string', default: '1000' },
      'no-browser': { type: 'boolean', default: false },
      'no-baseline': { type: 'boolean', default: false },
      repeat: { type: 'string', default: '1' },
    },
  });
  const repeat = Number(values.repeat);
  if (!Number.isInteger(repeat) || repeat < 1) throw new Error(`--repeat takes a positive whole number (got ${values.repeat})`);
  const sizes = values.essays.split(',').map(Number);
  if (sizes.some((n) => !Number.isInteger(n) || n < 1)) throw new Error(`--essays takes positive whole numbers, separated by commas (got ${values.essays})`);
  const results: SizeResult[] = [];
  try {
    for (const size of sizes) results.push(await benchSize(size, { browser: !values['no-browser'], baseline: !values['no-baseline'], repeat }));
  } finally {
    for (const folder of leftovers.splice(0)) rmSync(folder, { recursive: true, force: true });
  }

  console.log('\n== targets ==');
  const check = (label: string, ok: boolean | undefined, detail: string) => console.log(`${ok === undefined ? 'n/a ' : ok ? 'met ' : 'MISS'}  ${label}: ${detail}`);
  const at4000 = results.find((r) => r.essays === 4000);
  const floor = at4000?.baseline && at4000.floorMs !== undefined ? `; the build's processor time allows no less than ${(at4000.floorMs / at4000.baseline.wallMs).toFixed(2)}× on ${CORES} cores` : '';
  check('build of 4,000 essays at most 0.8× the baseline', at4000?.baseline ? at4000.wallMs / at4000.baseline.wallMs <= TARGETS.ratioAt4000 : undefined, at4000?.baseline ? `${(at4000.wallMs / at4000.baseline.wallMs).toFixed(2)}×${floor}` : 'run with --essays 4000');
  const measured = at4000 ?? results.at(-1)!;
  check(`peak memory under 2 GiB (${measured.essays} essays)`, measured.peakBytes < TARGETS.peakBytes, `${mb(measured.peakBytes)}; ${results.map((r) => `${r.essays}: ${mb(r.peakBytes)}`).join(', ')}`);
  if (results.length > 1) {
    const first = results[0]!;
    const last = results.at(-1)!;
    const perEssay = (r: SizeResult) => r.wallMs / r.essays;
    check(`cost per essay does not grow from ${first.essays} to ${last.essays}`, perEssay(last) <= perEssay(first) * 1.1, `${perEssay(first).toFixed(1)} ms → ${perEssay(last).toFixed(1)} ms per essay`);
  } else {
    check('cost grows no faster than linearly', undefined, 'run with several sizes, e.g. --essays 1000,10000');
  }
  const at10000 = results.find((r) => r.essays === 10000);
  check('a one-word query on 10,000 essays fetches under 300 KB', at10000?.queryBytes === undefined ? undefined : at10000.queryBytes < TARGETS.queryBytesAt10000, at10000?.queryBytes === undefined ? 'run with --essays 10000' : `${kb(at10000.queryBytes)} (the page's one-time start is reported above)`);
}

if (import.meta.main) await main();
