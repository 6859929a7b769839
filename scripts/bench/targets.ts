/** The targets the archive's build is held to (docs/performance.md), and how each size measured against them. */
import { CORES, kb, mb } from './figures.ts';

const TARGETS = {
  ratioAt4000: 0.8,
  peakBytes: 2 * 1024 ** 3,
  queryBytesAt10000: 300 * 1024,
};

/** What one size of the benchmark measured. */
export interface SizeResult {
  essays: number;
  /** Median wall time of our builds, and the largest peak memory. */
  wallMs: number;
  peakBytes: number;
  baseline?: { wallMs: number; peakBytes: number };
  /** The most a one-word query fetched (index chunks and its first results), start-up excluded. */
  queryBytes?: number;
  /** The least wall time the build's work allows on this machine. */
  floorMs?: number;
}

function check(label: string, ok: boolean | undefined, detail: string) {
  console.log(`${ok === undefined ? 'n/a ' : ok ? 'met ' : 'MISS'}  ${label}: ${detail}`);
}

export function printTargets(results: readonly SizeResult[]): void {
  console.log('\n== targets ==');
  const at4000 = results.find((r) => r.essays === 4000);
  const ratio = at4000?.baseline ? at4000.wallMs / at4000.baseline.wallMs : undefined;
  const floor =
    at4000?.baseline && at4000.floorMs !== undefined
      ? `; the build's processor time allows no less than ${(at4000.floorMs / at4000.baseline.wallMs).toFixed(2)}× on ${CORES} cores`
      : '';
  check(
    'build of 4,000 essays at most 0.8× the baseline',
    ratio === undefined ? undefined : ratio <= TARGETS.ratioAt4000,
    ratio === undefined ? 'run with --essays 4000' : `${ratio.toFixed(2)}×${floor}`,
  );
  const measured = at4000 ?? results.at(-1)!;
  check(
    `peak memory under 2 GiB (${measured.essays} essays)`,
    measured.peakBytes < TARGETS.peakBytes,
    `${mb(measured.peakBytes)}; ${results.map((r) => `${r.essays}: ${mb(r.peakBytes)}`).join(', ')}`,
  );
  if (results.length > 1) {
    const first = results[0]!;
    const last = results.at(-1)!;
    const perEssay = (r: SizeResult) => r.wallMs / r.essays;
    check(
      `cost per essay does not grow from ${first.essays} to ${last.essays}`,
      perEssay(last) <= perEssay(first) * 1.1,
      `${perEssay(first).toFixed(1)} ms → ${perEssay(last).toFixed(1)} ms per essay`,
    );
  } else {
    check('cost grows no faster than linearly', undefined, 'run with several sizes, e.g. --essays 1000,10000');
  }
  const at10000 = results.find((r) => r.essays === 10000);
  check(
    'a one-word query on 10,000 essays fetches under 300 KB',
    at10000?.queryBytes === undefined ? undefined : at10000.queryBytes < TARGETS.queryBytesAt10000,
    at10000?.queryBytes === undefined
      ? 'run with --essays 10000'
      : `${kb(at10000.queryBytes)} (the page's one-time start is reported above)`,
  );
}
