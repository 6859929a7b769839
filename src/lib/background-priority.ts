/**
 * Scheduling priorities inside the build, so that the work the build waits for runs first.
 *
 * A build renders every page on Node's main thread, and the citation files (a worker thread,
 * lib/file-writer.ts) only have to be written by the end: on a 2-core machine they competed
 * with the main thread for the processor and lengthened the build (docs/performance.md,
 * third round). At a lower priority they use whatever the main thread leaves idle and still
 * finish in time: priority only orders who runs first, it never stops a task.
 *
 * With the words of real text, the search index became the longest task: Pagefind's process
 * ends the build, seconds after the last page. So once Pagefind's process is started, the
 * build's own process steps down to the background priority (`lowerOwnThreads`) and Pagefind
 * keeps the one the build started with (seventh round); the citation files' worker, started
 * later, goes lower again. Lowering its own priority needs no privilege; raising Pagefind's
 * would.
 *
 * Linux only, where a priority belongs to each thread; elsewhere nothing changes. A failure
 * to lower a priority is never an error: the work runs all the same.
 */
import { readdirSync } from 'node:fs';
import { getPriority, setPriority } from 'node:os';

/**
 * How much lower than its own the priority of background work is made, in niceness (0 is
 * normal, 19 the lowest): relative, so that a build started with `nice` keeps its order.
 */
export const BACKGROUND_NICENESS = 10;

/** The niceness that is `BACKGROUND_NICENESS` lower in priority than `current`. */
export function backgroundNiceness(current: number): number {
  return Math.min(19, current + BACKGROUND_NICENESS);
}

export const linux = process.platform === 'linux';

/**
 * Lowers every thread of this process to the background priority (`backgroundNiceness` of
 * each one's own), leaving the child processes already started at theirs. Threads started
 * afterwards begin at their creator's priority, so the whole process stays lower. Returns
 * how many threads were lowered: none where threads have no priority of their own.
 */
export function lowerOwnThreads(): number {
  if (!linux) return 0;
  let lowered = 0;
  for (const name of readdirSync('/proc/self/task')) {
    const thread = Number(name);
    try {
      setPriority(thread, backgroundNiceness(getPriority(thread)));
      lowered += 1;
    } catch {
      // The thread ended meanwhile, or the system refused: the work runs all the same.
    }
  }
  return lowered;
}

/**
 * The fields of a `/proc/<pid>/stat` (or `task/<tid>/stat`) line after the command name:
 * `[0]` is the state (field 3 of the line), `[1]` the parent's id (field 4), and field n is
 * at `n - 3`. The name, in parentheses, may hold spaces and parentheses itself, so the fields
 * are counted from the last ")".
 */
export function procStatFields(line: string): string[] {
  return line.slice(line.lastIndexOf(')') + 2).split(' ');
}
