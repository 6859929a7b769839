/**
 * The build steps down in scheduling priority once Pagefind's process runs, so that Pagefind,
 * which the build ends on, gets the processor first.
 *
 * What it works around: the search index is built in Pagefind's own process
 * (integrations/search-index.ts) while Astro renders the pages, and on two cores the two
 * compete; with real text the index takes longer than the rendering, so every second the
 * index loses to rendering is a second at the end of the build. Pagefind's Node API gives no
 * way to set its process's priority, and raising it would need privileges; lowering the build's
 * own threads needs none, and threads started later begin at the lower priority too. Priority
 * only orders who runs first: the rendering still gets whatever Pagefind leaves idle.
 *
 * Measured with `npm run bench -- --essays 4000 --repeat 3` (docs/performance.md): the build
 * takes longer without it. Linux only, where each thread has a priority of its own (it lists
 * /proc/self/task); elsewhere nothing changes. A failure to lower a priority is never an error.
 */
import { readdirSync } from 'node:fs';
import { getPriority, setPriority } from 'node:os';

/**
 * How much lower than its own the build's priority is made, in niceness (0 is normal, 19 the
 * lowest): relative, so that a build started with `nice` keeps its order.
 */
export const BACKGROUND_NICENESS = 10;

/** The niceness that is `BACKGROUND_NICENESS` lower in priority than `current`. */
export function backgroundNiceness(current: number): number {
  return Math.min(19, current + BACKGROUND_NICENESS);
}

/**
 * Lowers every thread of this process to the background priority (each one's own niceness plus
 * BACKGROUND_NICENESS), leaving the child processes already started at theirs. Returns how many
 * threads were lowered: none where threads have no priority of their own.
 */
export function lowerOwnThreads(platform: string = process.platform): number {
  if (platform !== 'linux') return 0;
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
