/**
 * Running a command and measuring what it costs, from /proc (Linux): its wall time, the peak
 * memory of its whole process tree, and the processor time of every process in it.
 *
 * The tree is sampled every 50 ms. Processor time is summed over every process seen, each at
 * the last value read: that counts child processes that outlive the command (Pagefind's
 * process is signalled to end when the index is written, and may end after the build's own
 * process), which the kernel's count of waited-for children would miss. A process's last
 * 50 ms may go uncounted. The command is its own process group, and measuring goes on until
 * every process of the group has ended; the wall time is the command's own.
 */
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

export interface Measured {
  status: number | null;
  wallMs: number;
  peakBytes: number;
  /** Processor time of every process of the tree, user and system; undefined without /proc. */
  cpuMs?: number | undefined;
  /** Of which the command's main thread. */
  mainThreadMs?: number | undefined;
  output: string;
}

/** Milliseconds in a clock tick of /proc (USER_HZ, 100 on Linux whatever the kernel's own rate). */
const TICK_MS = 10;

/**
 * The fields of a `/proc/<pid>/stat` (or `task/<tid>/stat`) line after the command name:
 * `[0]` is the state (field 3 of the line), `[1]` the parent's id (field 4), and field n is
 * at `n - 3`. The name, in parentheses, may hold spaces and parentheses itself.
 */
function procStatFields(line: string): string[] {
  return line.slice(line.lastIndexOf(')') + 2).split(' ');
}

/** The times of a stat line, in milliseconds: its own user and system time, and its waited-for children's. */
export function statTimes(line: string): { ownMs: number; childrenMs: number } {
  const fields = procStatFields(line);
  // utime is field 14 of the line, stime 15, cutime 16, cstime 17.
  const field = (n: number) => Number(fields[n - 3]);
  return { ownMs: (field(14) + field(15)) * TICK_MS, childrenMs: (field(16) + field(17)) * TICK_MS };
}

interface ProcessSample {
  pid: number;
  parent: number;
  group: number;
  cpuMs: number;
  rssBytes: number;
}

/** Every process of the system, as /proc shows it now (empty without /proc). */
function processes(): ProcessSample[] {
  let names: string[];
  try {
    names = readdirSync('/proc');
  } catch {
    return [];
  }
  const found: ProcessSample[] = [];
  for (const name of names) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const line = readFileSync(`/proc/${name}/stat`, 'utf8');
      const fields = procStatFields(line);
      const status = readFileSync(`/proc/${name}/status`, 'utf8');
      found.push({
        pid: Number(name),
        parent: Number(fields[1]),
        group: Number(fields[2]),
        cpuMs: statTimes(line).ownMs,
        rssBytes: Number(/^VmRSS:\s+(\d+)/m.exec(status)?.[1] ?? 0) * 1024,
      });
    } catch {
      // the process ended while it was read
    }
  }
  return found;
}

/** Runs `command` in its own process group and measures it (see the module's comment). */
export function measure(command: string, args: string[], options: { cwd: string; env: NodeJS.ProcessEnv }): Promise<Measured> {
  return new Promise((done) => {
    const started = performance.now();
    const child = spawn(command, args, { cwd: options.cwd, env: options.env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
    const root = child.pid!;
    let output = '';
    let peakBytes = 0;
    let mainThreadMs: number | undefined;
    let wallMs: number | undefined;
    let status: number | null = null;
    const cpuOf = new Map<number, number>();
    const members = new Set<number>([root]);
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const sample = () => {
      const all = processes();
      // The tree: the command and its descendants, and whatever stays in its process group.
      for (let grew = true; grew;) {
        grew = false;
        for (const p of all) {
          if (!members.has(p.pid) && (members.has(p.parent) || p.group === root)) {
            members.add(p.pid);
            grew = true;
          }
        }
      }
      const live = all.filter((p) => members.has(p.pid));
      peakBytes = Math.max(
        peakBytes,
        live.reduce((sum, p) => sum + p.rssBytes, 0),
      );
      for (const p of live) cpuOf.set(p.pid, p.cpuMs);
      try {
        mainThreadMs = statTimes(readFileSync(`/proc/${root}/task/${root}/stat`, 'utf8')).ownMs;
      } catch {
        // it has ended, or there is no /proc
      }
      return live.filter((p) => p.group === root).length;
    };
    const timer = setInterval(() => {
      const left = sample();
      if (wallMs !== undefined && left === 0) finish();
    }, 50);
    const finish = () => {
      clearInterval(timer);
      const cpuMs = cpuOf.size > 0 ? [...cpuOf.values()].reduce((a, b) => a + b, 0) : undefined;
      done({ status, wallMs: wallMs!, peakBytes, cpuMs, mainThreadMs, output });
    };
    child.on('close', (code) => {
      wallMs = performance.now() - started;
      status = code;
    });
  });
}
