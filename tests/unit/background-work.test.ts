import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { BACKGROUND_NICENESS, backgroundNiceness, procStatFields } from '../../src/lib/background-priority';
import { writeFilesInWorker } from '../../src/lib/file-writer';
import { childProcessesEnded, childProcessesNamed } from '../../src/lib/process-exit';

const folders: string[] = [];
afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});
function scratch(): string {
  const folder = mkdtempSync(join(tmpdir(), 'archive-background-'));
  folders.push(folder);
  return folder;
}

/** The niceness of a thread or process, from /proc (field 19 of its stat line). */
function niceness(path: string): number {
  return Number(procStatFields(readFileSync(path, 'utf8'))[19 - 3]);
}

describe('writeFilesInWorker', () => {
  it('writes every file, byte for byte, creating the folders first', async () => {
    const root = scratch();
    const files = Array.from({ length: 300 }, (_, i) => [join(root, `f${i % 3}`, `essay-${i}.bib`), `@article{e${i}, title = {대화 ${i} & "東アジア"}}\n`] as const);
    const written = await writeFilesInWorker([0, 1, 2].map((i) => join(root, `f${i}`)), files);
    expect(written).toBe(300);
    for (const [path, text] of files) expect(readFileSync(path, 'utf8')).toBe(text);
    expect(readdirSync(join(root, 'f1'))).toHaveLength(100);
  });

  it('rejects with the reason when a file cannot be written', async () => {
    const root = scratch();
    writeFileSync(join(root, 'not-a-folder'), '');
    await expect(writeFilesInWorker([], [[join(root, 'not-a-folder', 'x.ris'), 'TY  - JOUR\n']])).rejects.toThrow(/Could not write the files: ENOTDIR/);
  });

  it.runIf(process.platform === 'linux')('runs at the background priority, leaving the main thread as it was', async () => {
    const root = scratch();
    const files = Array.from({ length: 20_000 }, (_, i) => [join(root, `f${i}.json`), '[]\n'] as const);
    let done = false;
    const writing = writeFilesInWorker([], files).finally(() => (done = true));
    const seen = new Map<string, number>();
    // Sample the threads while the worker writes: its thread is the one named WorkerThread.
    while (!done && !seen.has('WorkerThread')) {
      await new Promise((resolve) => setTimeout(resolve, 10));
      for (const task of readdirSync('/proc/self/task')) {
        try {
          const name = readFileSync(`/proc/self/task/${task}/comm`, 'utf8').trim();
          if (name === 'WorkerThread' && niceness(`/proc/self/task/${task}/stat`) === BACKGROUND_NICENESS) seen.set(name, BACKGROUND_NICENESS);
        } catch {
          // The thread ended while it was read.
        }
      }
    }
    await writing;
    expect(seen.get('WorkerThread')).toBe(BACKGROUND_NICENESS);
    expect(niceness(`/proc/self/task/${process.pid}/stat`)).toBe(0);
  });
});

describe('background priority', () => {
  it('is lower than the build’s own, relative to it, never past the lowest', () => {
    expect(backgroundNiceness(0)).toBe(BACKGROUND_NICENESS);
    expect(backgroundNiceness(5)).toBe(5 + BACKGROUND_NICENESS);
    expect(backgroundNiceness(15)).toBe(19);
  });

  it.runIf(process.platform === 'linux')('the build steps down once Pagefind runs: every thread of its own, later ones too, never its child', () => {
    // In a process of its own, as the build: a child started first stands for Pagefind's.
    const module = fileURLToPath(new URL('../../src/lib/background-priority.ts', import.meta.url));
    const script = `
      import { spawn } from 'node:child_process';
      import { readdirSync } from 'node:fs';
      import { getPriority } from 'node:os';
      import { Worker } from 'node:worker_threads';
      const { lowerOwnThreads } = await import(${JSON.stringify(module)});
      const child = spawn('sleep', ['30'], { stdio: 'ignore' });
      await new Promise((resolve) => child.once('spawn', resolve));
      const before = getPriority(0);
      const lowered = lowerOwnThreads();
      const threads = readdirSync('/proc/self/task').map((t) => getPriority(Number(t)));
      const worker = new Worker('require("node:worker_threads").parentPort.postMessage(require("node:os").getPriority(0))', { eval: true, execArgv: [] });
      const later = await new Promise((resolve) => worker.once('message', resolve));
      await worker.terminate();
      const result = { before, lowered, threads, later, child: getPriority(child.pid) };
      child.kill();
      console.log(JSON.stringify(result));
    `;
    const result = JSON.parse(execFileSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' }));
    const lower = backgroundNiceness(result.before);
    expect(result.lowered).toBeGreaterThan(1);
    expect(result.threads.length).toBeGreaterThanOrEqual(result.lowered);
    expect(new Set(result.threads)).toEqual(new Set([lower]));
    expect(result.later).toBe(lower);
    expect(result.child).toBe(result.before);
  });
});

describe.runIf(process.platform === 'linux')('waiting for a child process that was only signalled', () => {
  it('finds this process’s children by command name, and only those', async () => {
    const child = spawn('sleep', ['30'], { stdio: 'ignore' });
    try {
      await new Promise((resolve) => child.once('spawn', resolve));
      expect(childProcessesNamed('sleep')).toContain(child.pid);
      expect(childProcessesNamed('pagefind')).not.toContain(child.pid);
      // The same child, seen from another parent: not one of its children.
      expect(childProcessesNamed('sleep', process.ppid)).not.toContain(child.pid);
    } finally {
      child.kill();
      await new Promise((resolve) => child.once('exit', resolve));
    }
  });

  it('resolves once the child has ended and been collected, not before', async () => {
    const child = spawn('sleep', ['30'], { stdio: 'ignore' });
    await new Promise((resolve) => child.once('spawn', resolve));
    const pids = childProcessesNamed('sleep').filter((pid) => pid === child.pid);
    expect(pids).toHaveLength(1);
    // Still running: the wait gives up after its time limit and says so.
    await expect(childProcessesEnded(pids, { timeoutMs: 50 })).resolves.toBe(false);
    // Signalled without being waited for, as Pagefind's close() does.
    child.unref();
    child.kill();
    await expect(childProcessesEnded(pids)).resolves.toBe(true);
    expect(existsSync(`/proc/${child.pid}`)).toBe(false);
  });

  it('resolves at once when there is nothing to wait for', async () => {
    await expect(childProcessesEnded([], { timeoutMs: 0 })).resolves.toBe(true);
  });
});
