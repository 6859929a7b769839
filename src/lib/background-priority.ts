/**
 * Background work at a lower scheduling priority, so that it yields to the page rendering.
 *
 * A build renders every page on Node's main thread: that thread is the build's critical
 * path. The search index (Pagefind's own process) and the citation files (a worker thread)
 * only have to be finished by the end, yet on a 2-core machine they competed with the main
 * thread for the processor and lengthened the build (docs/performance.md). Lowering their
 * priority lets them use whatever the main thread leaves idle and still finish in time:
 * priority only orders who runs first, it never stops a task.
 *
 * Linux only, where a priority belongs to each thread (`/proc` lists them); elsewhere these
 * do nothing and the build is only as fast as before. A failure to lower a priority is never
 * an error: the work runs all the same.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { getPriority, setPriority } from 'node:os';

/**
 * How much lower than its own the priority of background work is made, in niceness (0 is
 * normal, 19 the lowest): relative, so that a build started with `nice` keeps its order.
 * Not as low as it goes: starved of the processor, Pagefind wrote its index at the very end
 * of the build, when Astro's own memory is highest, and the two peaks together passed 2 GiB
 * at 4,000 essays. 10 lower, it still yields to the main thread, finishes a few seconds
 * before it, and the peak stayed under 2 GiB (docs/performance.md, third and fifth rounds).
 */
export const BACKGROUND_NICENESS = 10;

/** The niceness that is `BACKGROUND_NICENESS` lower in priority than `current`. */
export function backgroundNiceness(current: number): number {
  return Math.min(19, current + BACKGROUND_NICENESS);
}

export const linux = process.platform === 'linux';

/**
 * The fields of a `/proc/<pid>/stat` (or `task/<tid>/stat`) line after the command name:
 * `[0]` is the state (field 3 of the line), `[1]` the parent's id (field 4), and field n is
 * at `n - 3`. The name, in parentheses, may hold spaces and parentheses itself, so the fields
 * are counted from the last ")".
 */
export function procStatFields(line: string): string[] {
  return line.slice(line.lastIndexOf(')') + 2).split(' ');
}

/** Lowers the priority of every thread of process `pid`. Returns how many were lowered. */
export function lowerProcessPriority(pid: number): number {
  if (!linux) return 0;
  let lowered = 0;
  let threads: string[];
  try {
    threads = readdirSync(`/proc/${pid}/task`);
  } catch {
    return 0;
  }
  for (const thread of threads) {
    try {
      setPriority(Number(thread), backgroundNiceness(getPriority(Number(thread))));
      lowered++;
    } catch {
      // The thread has ended since it was listed.
    }
  }
  return lowered;
}

/** The ids of this process's child processes whose command line contains `name`. */
export function childProcessesNamed(name: string): number[] {
  if (!linux) return [];
  const found: number[] = [];
  let entries: string[];
  try {
    entries = readdirSync('/proc');
  } catch {
    return found; // no /proc mounted: nothing to lower
  }
  for (const entry of entries) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const ppid = Number(procStatFields(readFileSync(`/proc/${entry}/stat`, 'utf8'))[1]);
      if (ppid !== process.pid) continue;
      if (readFileSync(`/proc/${entry}/cmdline`, 'utf8').includes(name)) found.push(Number(entry));
    } catch {
      // The process has ended since it was listed.
    }
  }
  return found;
}
