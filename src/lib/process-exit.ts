/**
 * Waiting for a child process that a library ends without waiting for it.
 *
 * Pagefind's Node API ends its process with a signal (`close()`) and keeps the process's
 * handle to itself. Node collects an ended child only while its event loop still runs: a
 * build that finishes right after `close()` leaves the child uncollected, and the processor
 * time that child used is then missing from the build's own count (what `time` and the
 * benchmark report; about 25 s at 4,000 essays). So the build finds the child's id before
 * closing it, and waits until the child is gone.
 *
 * Linux only (it reads /proc); elsewhere nothing is found and nothing is waited for.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { linux, procStatFields } from './background-priority.ts';

/** The parent's id of process `pid`, from /proc; undefined once the process is collected. */
function parentOf(pid: number): number | undefined {
  try {
    return Number(procStatFields(readFileSync(`/proc/${pid}/stat`, 'utf8'))[1]);
  } catch {
    return undefined;
  }
}

/**
 * The ids of `parent`'s child processes whose command name starts with `prefix` (the kernel
 * keeps 15 characters of it: Pagefind's binary `pagefind_extended` is `pagefind_extend`).
 * Ended children not yet collected are included.
 */
export function childProcessesNamed(prefix: string, parent: number = process.pid): number[] {
  if (!linux) return [];
  const found: number[] = [];
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const line = readFileSync(`/proc/${name}/stat`, 'utf8');
      const command = line.slice(line.indexOf('(') + 1, line.lastIndexOf(')'));
      if (command.startsWith(prefix) && Number(procStatFields(line)[1]) === parent) found.push(Number(name));
    } catch {
      // The process ended while it was read.
    }
  }
  return found;
}

/**
 * Resolves true once none of `pids` is a child of `parent` any more (ended and collected;
 * a reused id belongs to another parent), false if some still are after `timeoutMs`: the
 * build then goes on, and the child ends on its own.
 */
export async function childProcessesEnded(
  pids: readonly number[],
  { parent = process.pid, timeoutMs = 10_000, intervalMs = 5 }: { parent?: number; timeoutMs?: number; intervalMs?: number } = {},
): Promise<boolean> {
  const deadline = performance.now() + timeoutMs;
  for (;;) {
    if (pids.every((pid) => parentOf(pid) !== parent)) return true;
    if (performance.now() >= deadline) return false;
    // A timer keeps the event loop turning, and the loop is where Node collects ended children.
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
}
