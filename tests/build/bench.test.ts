/** The benchmark runs end to end at a small size, and its generated archive is valid content. */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { expect, test } from 'vitest';
import { corpusCounts, writeCorpus } from '../../scripts/bench/corpus.ts';
import { median, workFloor } from '../../scripts/bench/figures.ts';
import { measure, statTimes } from '../../scripts/bench/measure.ts';
import { formatProblem } from '../../src/validation/report';
import { validateContent } from '../../src/validation/validate';
import { userEnv } from '../helpers/astro';

test('the generated archive passes the content check, with every kind of record cross-linked', () => {
  const dir = mkdtempSync(join(tmpdir(), 'corpus-'));
  const counts = writeCorpus(dir, 120);
  expect(counts).toEqual(corpusCounts(120));
  const result = validateContent(dir);
  expect(result.problems.map(formatProblem)).toEqual([]);
  expect(result.entries.filter((e) => e.collection === 'essays')).toHaveLength(120);
  const languages = new Set(result.entries.filter((e) => e.collection === 'essays').map((e) => e.data.lang));
  expect([...languages].sort()).toEqual(['en', 'ja', 'ko', 'vi', 'zh']);
});

test("the generated essays' words have the shape of real text, which the search index's cost depends on", () => {
  const dir = mkdtempSync(join(tmpdir(), 'corpus-'));
  writeCorpus(dir, 300);
  const english = validateContent(dir)
    .entries.filter((e) => e.collection === 'essays' && e.data.lang === 'en')
    .map((e) => e.body.toLowerCase().match(/\p{L}+/gu) ?? []);
  expect(english.length).toBeGreaterThan(150);
  // About 1,000 words a page, about half of them different (a vocabulary of a hundred words gave at most 100).
  const sizes = english.map((words) => words.length).sort((a, b) => a - b);
  const different = english.map((words) => new Set(words).size).sort((a, b) => a - b);
  expect(sizes[sizes.length >> 1]).toBeGreaterThan(950);
  expect(different[different.length >> 1]).toBeGreaterThan(400);
  expect(different[different.length >> 1]).toBeLessThan(700);
  // The vocabulary keeps growing with the archive (Heaps' law), and the commonest words are the language's own.
  const vocabulary = (pages: string[][]) => new Set(pages.flat()).size;
  const half = vocabulary(english.slice(0, english.length >> 1));
  expect(vocabulary(english)).toBeGreaterThan(half * 1.3);
  const counts = new Map<string, number>();
  for (const word of english.flat()) counts.set(word, (counts.get(word) ?? 0) + 1);
  const commonest = [...counts].sort((a, b) => b[1] - a[1]).map(([word]) => word);
  expect(commonest.slice(0, 5)).toContain('the');
  // A query's word is on most pages, a few times each, not a tenth of every page.
  const security = english.map((words) => words.filter((word) => word === 'security').length).sort((a, b) => a - b);
  expect(security[security.length >> 1]).toBeGreaterThanOrEqual(1);
  expect(security[security.length >> 1]).toBeLessThanOrEqual(6);
});

test('median', () => {
  expect(median([3, 1, 2])).toBe(2);
  expect(median([4, 1, 3, 2])).toBe(2.5);
  expect(median([7])).toBe(7);
});

test('processor times from /proc, whatever the command is called', () => {
  // pid (comm) state ppid pgrp session tty tpgid flags minflt cminflt majflt cmajflt utime stime cutime cstime …
  const line = '4242 (node (astro) x) S 1 4242 4242 0 -1 4194304 100 0 0 0 1520 230 870 45 20 0 11 0 500 0 0';
  expect(statTimes(line)).toEqual({ ownMs: 17_500, childrenMs: 9_150 });
});

test('the least wall time the work allows: the main thread, or all the work spread over the cores', () => {
  // Main thread 15 s of 31 s: on 2 cores, 15.5 s; on 4 cores, the main thread's 15 s.
  const runs = [
    { cpuMs: 31_000, mainThreadMs: 15_000 },
    { cpuMs: 30_000, mainThreadMs: 16_000 },
    { cpuMs: 32_000, mainThreadMs: 14_000 },
  ];
  expect(workFloor(runs, 2)).toEqual({ cpuMs: 31_000, mainThreadMs: 15_000, floorMs: 15_500 });
  expect(workFloor(runs, 4)?.floorMs).toBe(15_000);
  expect(workFloor([{ cpuMs: undefined, mainThreadMs: 1 }], 2)).toBeUndefined();
});

test('npm run bench prints its figures at a small size, both builds taking turns', () => {
  const run = spawnSync(process.execPath, ['scripts/bench/index.ts', '--essays', '24', '--repeat', '2'], {
    cwd: resolve(import.meta.dirname, '../..'),
    encoding: 'utf8',
    env: userEnv({}),
  });
  expect(run.status, `${run.stdout}\n${run.stderr}`).toBe(0);
  for (const label of [
    'build wall time (everything)',
    'content layer: load and validate entries',
    'peak memory (process tree)',
    'processor time (all threads and processes)',
    'least wall time that work allows on',
    'pages per second',
    'search index (dist/pagefind)',
    'an essay page, gzip (its stylesheet inlined)',
    'one-word query "climate" (',
    'first query from a cold page, in all',
    'baseline: pagefind --site',
    'baseline: processor time',
    'ours / baseline, wall time',
    '(medians; round by round: ',
    '== targets ==',
    'peak memory under 2 GiB',
  ]) {
    expect(run.stdout).toContain(label);
  }
});

test.runIf(process.platform === 'linux')(
  'a measured command counts until the last process it started has ended, even one it did not wait for',
  async () => {
    const dir = mkdtempSync(join(tmpdir(), 'measure-'));
    const marker = join(dir, 'done');
    // The command starts a child that outlives it, as the build leaves Pagefind's process to end on its own.
    const child = `setTimeout(() => require('node:fs').writeFileSync(${JSON.stringify(marker)}, 'x'), 300)`;
    const script = `require('node:child_process').spawn(process.execPath, ['-e', ${JSON.stringify(child)}], { stdio: 'ignore' }).unref();`;
    const run = await measure(process.execPath, ['-e', script], { cwd: dir, env: userEnv({}) });
    expect(run.status, run.output).toBe(0);
    expect(existsSync(marker)).toBe(true);
    expect(run.cpuMs).toBeDefined();
  },
);
