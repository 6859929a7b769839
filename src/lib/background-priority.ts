/**
 * Background work at a lower scheduling priority, so that it yields to the page rendering.
 *
 * A build renders every page on Node's main thread, and the citation files (a worker thread,
 * lib/file-writer.ts) only have to be written by the end: on a 2-core machine they competed
 * with the main thread for the processor and lengthened the build (docs/performance.md,
 * third round). At a lower priority they use whatever the main thread leaves idle and still
 * finish in time: priority only orders who runs first, it never stops a task. Pagefind's
 * process ran at this priority too until the benchmark's essays had the words of real text:
 * its indexing then took longer than the rendering, and it keeps the build's priority (sixth
 * round).
 *
 * Linux only, where a priority belongs to each thread; elsewhere nothing changes. A failure
 * to lower a priority is never an error: the work runs all the same.
 */

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
 * The fields of a `/proc/<pid>/stat` (or `task/<tid>/stat`) line after the command name:
 * `[0]` is the state (field 3 of the line), `[1]` the parent's id (field 4), and field n is
 * at `n - 3`. The name, in parentheses, may hold spaces and parentheses itself, so the fields
 * are counted from the last ")".
 */
export function procStatFields(line: string): string[] {
  return line.slice(line.lastIndexOf(')') + 2).split(' ');
}
