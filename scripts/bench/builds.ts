/**
 * The builds the benchmark compares, each started cold (no Astro content cache from an earlier
 * run, as on a fresh clone) and into an output folder of its own: over an earlier round's
 * output, Astro would first delete it (tens of thousands of files), and on a file system that
 * avoids reusing recently freed inodes every new file would then cost more, a cost of the
 * benchmark's loop, not of a build.
 */
import { existsSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { cacheDirFor, environmentWith } from '../../src/config.ts';
import { measure, type Measured } from './measure.ts';

const ROOT = resolve(import.meta.dirname, '../..');

/** The baseline's two steps: a plain `astro build`, then `pagefind --site`. */
export interface BaselineRun {
  astro: Measured;
  pagefind: Measured;
  wallMs: number;
  peakBytes: number;
}

/** Where one size's builds read and write. */
export interface Workspace {
  content: string;
  /** The folder holding every output folder (removed when the benchmark ends). */
  work: string;
  /** Cache folders to remove when the benchmark ends. */
  leftovers: string[];
}

const failed = (what: string, run: Measured) => new Error(`${what} failed with status ${run.status}:\n${run.output}`);

function runMeasured(args: string[], env: Record<string, string>, cwd: string): Promise<Measured> {
  return measure(process.execPath, args, { cwd, env: environmentWith({ ASTRO_TELEMETRY_DISABLED: '1', ...env }) });
}

/**
 * `astro build` of the archive in `checkout` (this project, or another checkout of it given
 * with --against), exactly as `npm run build` runs it there.
 */
export async function buildArchive(checkout: string, space: Workspace, outDir: string): Promise<Measured> {
  const cache = join(checkout, cacheDirFor(space.content));
  if (!space.leftovers.includes(cache)) space.leftovers.push(cache);
  rmSync(cache, { recursive: true, force: true });
  // An older checkout may build through a script of its own (scripts/build.ts) rather than `astro build`.
  const wrapper = join(checkout, 'scripts/build.ts');
  const command = existsSync(wrapper) ? [wrapper] : [join(checkout, 'node_modules/astro/bin/astro.mjs'), 'build'];
  const run = await runMeasured([...command, '--outDir', outDir], { CONTENT_DIR: space.content, BUILD_DATE: '2026-06-01' }, checkout);
  if (run.status !== 0) throw failed(`the build of ${checkout}`, run);
  return run;
}

/** The plain Astro site of bench/baseline over the same essays, then Pagefind over its output. */
export async function buildBaseline(space: Workspace, outDir: string): Promise<BaselineRun> {
  rmSync(join(ROOT, 'bench/baseline/node_modules/.astro'), { recursive: true, force: true });
  const astro = await runMeasured(
    [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build', '--root', join(ROOT, 'bench/baseline'), '--outDir', outDir],
    { BASELINE_ESSAYS: join(space.content, 'essays') },
    ROOT,
  );
  if (astro.status !== 0) throw failed('the baseline build', astro);
  const pagefind = await runMeasured([join(ROOT, 'node_modules/pagefind/lib/runner/bin.cjs'), '--site', outDir], {}, ROOT);
  if (pagefind.status !== 0) throw failed("the baseline's pagefind", pagefind);
  return { astro, pagefind, wallMs: astro.wallMs + pagefind.wallMs, peakBytes: Math.max(astro.peakBytes, pagefind.peakBytes) };
}

export { ROOT };
