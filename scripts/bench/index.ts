/**
 * npm run bench: builds a generated archive with the site and with a plain Astro baseline,
 * side by side, and prints what each costs (docs/performance.md).
 *
 *   npm run bench                                   # 1,000 essays
 *   npm run bench -- --essays 1000,4000,10000       # several sizes: how the cost grows
 *   npm run bench -- --essays 4000 --repeat 3       # every build three times, taking turns: medians
 *   npm run bench -- --essays 4000 --against ../other-checkout   # another version of the project too
 *   npm run bench -- --essays 200 --no-browser --no-baseline
 *
 * Figures, not assertions: the machines are shared, so compare builds made side by side.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { buildArchive, buildBaseline, ROOT, type BaselineRun, type Workspace } from './builds.ts';
import { writeCorpus } from './corpus.ts';
import { CORES, kb, mb, median, phases, printRows, seconds, sizeOf, workFloor } from './figures.ts';
import type { Measured } from './measure.ts';
import { queryBytes } from './query-bytes.ts';
import { printTargets, type SizeResult } from './targets.ts';

interface Options {
  browser: boolean;
  baseline: boolean;
  repeat: number;
  against: string[];
}

const each = (runs: readonly { wallMs: number }[]) =>
  runs.length > 1 ? ` (median of ${runs.map((run) => seconds(run.wallMs)).join(', ')})` : '';
const peaks = (runs: readonly { peakBytes: number }[]) =>
  runs.length > 1 ? ` (the largest of ${runs.map((run) => mb(run.peakBytes)).join(', ')})` : '';
const ratio = (ours: readonly Measured[], theirs: readonly { wallMs: number }[], repeat: number) => {
  const overall = (median(ours.map((run) => run.wallMs)) / median(theirs.map((run) => run.wallMs))).toFixed(2);
  return repeat > 1
    ? `${overall} (medians; round by round: ${ours.map((run, i) => (run.wallMs / theirs[i]!.wallMs).toFixed(2)).join(', ')})`
    : overall;
};

async function benchSize(essays: number, options: Options, leftovers: string[]): Promise<SizeResult> {
  const work = mkdtempSync(join(tmpdir(), 'archive-bench-'));
  leftovers.push(work);
  const space: Workspace = { content: join(work, 'content'), work, leftovers };
  console.log(`\n== ${essays} essays ==`);
  const counts = writeCorpus(space.content, essays);
  console.log(
    `corpus: ${counts.essays} essays (about 1,000 words, 5 languages), ${counts.dialogues} dialogues, ${counts.people} people, ${counts.partners} partners, ${counts.topics} topics`,
  );

  // The builds take turns, so that a machine slowing down or speeding up weighs on all.
  const ours: Measured[] = [];
  const others = options.against.map(() => [] as Measured[]);
  const baselines: BaselineRun[] = [];
  for (let round = 0; round < options.repeat; round++) {
    ours.push(await buildArchive(ROOT, space, join(work, `dist-${round}`)));
    for (const [i, checkout] of options.against.entries())
      others[i]!.push(await buildArchive(checkout, space, join(work, `other-${i}-${round}`)));
    if (options.baseline) baselines.push(await buildBaseline(space, join(work, `baseline-${round}`)));
  }

  const last = ours.at(-1)!;
  const lastDist = join(work, `dist-${options.repeat - 1}`);
  const wallMs = median(ours.map((run) => run.wallMs));
  const peakBytes = Math.max(...ours.map((run) => run.peakBytes));
  const pages = Number(/(\d+) page\(s\) built/.exec(last.output)?.[1] ?? 0);
  const site = sizeOf(lastDist);
  const index = sizeOf(join(lastDist, 'pagefind'));
  const essayHtml = gzipSync(readFileSync(join(lastDist, 'essays', 'essay-00001', 'index.html'))).length;
  const effort = workFloor(ours);
  const rows: Array<[string, string]> = [
    ['build wall time (everything)', `${seconds(wallMs)}${each(ours)}`],
    ...phases(last.output).map(([name, ms]): [string, string] => [`  ${name}`, seconds(ms)]),
    ...(effort
      ? ([
          ['processor time (all threads and processes)', `${seconds(effort.cpuMs)} (main thread ${seconds(effort.mainThreadMs)})`],
          [`  least wall time that work allows on ${CORES} cores`, seconds(effort.floorMs)],
        ] as Array<[string, string]>)
      : []),
    ['peak memory (process tree)', `${mb(peakBytes)}${peaks(ours)}`],
    ['pages built', String(pages)],
    ['pages per second', (pages / (wallMs / 1000)).toFixed(0)],
    ['dist/ size', `${mb(site.bytes)} in ${site.files} files`],
    ['search index (dist/pagefind)', `${mb(index.bytes)} in ${index.files} files`],
    ['an essay page, gzip (its stylesheet inlined)', `${kb(essayHtml)} (no JavaScript but the 1 KB copy button)`],
  ];

  const result: SizeResult = { essays, wallMs, peakBytes, ...(effort ? { floorMs: effort.floorMs } : {}) };
  if (options.browser) {
    const fetched = await queryBytes(lastDist, ['climate', 'security', '협력']);
    rows.push(['search page start, once (pagefind.js, worker, wasm, metadata, filters)', kb(fetched.startup)]);
    for (const query of fetched.queries)
      rows.push([`one-word query "${query.word}" (${query.results}): index and first results`, kb(query.bytes)]);
    result.queryBytes = Math.max(...fetched.queries.map((q) => q.bytes));
    rows.push(['first query from a cold page, in all', kb(fetched.startup + fetched.queries[0]!.bytes)]);
  }

  for (const [i, checkout] of options.against.entries()) {
    const runs = others[i]!;
    const theirs = workFloor(runs);
    rows.push(
      [`against ${checkout}: wall time`, `${seconds(median(runs.map((run) => run.wallMs)))}${each(runs)}`],
      ...(theirs ? ([[`against ${checkout}: processor time`, seconds(theirs.cpuMs)]] as Array<[string, string]>) : []),
      [`against ${checkout}: peak memory`, `${mb(Math.max(...runs.map((run) => run.peakBytes)))}${peaks(runs)}`],
      [`ours / ${checkout}, wall time`, ratio(ours, runs, options.repeat)],
    );
  }

  if (options.baseline) {
    const baseline = { wallMs: median(baselines.map((run) => run.wallMs)), peakBytes: Math.max(...baselines.map((run) => run.peakBytes)) };
    result.baseline = baseline;
    rows.push(
      ['baseline: astro build', seconds(median(baselines.map((run) => run.astro.wallMs)))],
      ['baseline: pagefind --site', seconds(median(baselines.map((run) => run.pagefind.wallMs)))],
      ['baseline: in all', `${seconds(baseline.wallMs)}${each(baselines)}`],
      ...(baselines.every((run) => run.astro.cpuMs !== undefined && run.pagefind.cpuMs !== undefined)
        ? ([['baseline: processor time', seconds(median(baselines.map((run) => run.astro.cpuMs! + run.pagefind.cpuMs!)))]] as Array<
            [string, string]
          >)
        : []),
      ['baseline: peak memory', `${mb(baseline.peakBytes)}${peaks(baselines)}`],
      ['ours / baseline, wall time', ratio(ours, baselines, options.repeat)],
    );
  }
  printRows(rows);
  return result;
}

async function main() {
  const { values } = parseArgs({
    options: {
      essays: { type: 'string', default: '1000' },
      'no-browser': { type: 'boolean', default: false },
      'no-baseline': { type: 'boolean', default: false },
      repeat: { type: 'string', default: '1' },
      against: { type: 'string', default: '' },
    },
  });
  const repeat = Number(values.repeat);
  if (!Number.isInteger(repeat) || repeat < 1) throw new Error(`--repeat takes a positive whole number (got ${values.repeat})`);
  const sizes = values.essays.split(',').map(Number);
  if (sizes.some((n) => !Number.isInteger(n) || n < 1))
    throw new Error(`--essays takes positive whole numbers, separated by commas (got ${values.essays})`);
  const options: Options = {
    browser: !values['no-browser'],
    baseline: !values['no-baseline'],
    repeat,
    against: values.against
      .split(',')
      .filter(Boolean)
      .map((dir) => resolve(dir)),
  };
  const results: SizeResult[] = [];
  const leftovers: string[] = [];
  try {
    for (const size of sizes) results.push(await benchSize(size, options, leftovers));
  } finally {
    for (const folder of leftovers) rmSync(folder, { recursive: true, force: true });
  }
  printTargets(results);
}

if (import.meta.main) await main();
