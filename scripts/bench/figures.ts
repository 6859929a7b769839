/** Reading a build's figures: its phases from Astro's log, sizes on disk, medians, the least wall time its work allows. */
import { availableParallelism } from 'node:os';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Measured } from './measure.ts';

export const CORES = availableParallelism();

/** Phases of an Astro build, from its log: [name, milliseconds]. */
export function phases(output: string): Array<[string, number]> {
  const found: Array<[string, number]> = [];
  // eslint-disable-next-line no-control-regex -- the escape character starts the colour codes being removed
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

/** Bytes and files under `path`. */
export function sizeOf(path: string): { bytes: number; files: number } {
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

/** The median of some numbers (the mean of the middle two for an even count). */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

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

export const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
export const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
export const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

/** Prints label/value rows with the values aligned. */
export function printRows(rows: ReadonlyArray<readonly [string, string]>): void {
  const width = Math.max(...rows.map(([label]) => label.length));
  for (const [label, value] of rows) console.log(`${label.padEnd(width)}  ${value}`);
}
