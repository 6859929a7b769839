/** The build's step down in priority (src/build/priority.ts). */
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { BACKGROUND_NICENESS, backgroundNiceness, lowerOwnThreads } from '../../src/build/priority';

describe('background priority', () => {
  it('is lower than the build’s own, relative to it, never past the lowest', () => {
    expect(backgroundNiceness(0)).toBe(BACKGROUND_NICENESS);
    expect(backgroundNiceness(5)).toBe(5 + BACKGROUND_NICENESS);
    expect(backgroundNiceness(15)).toBe(19);
  });

  it('changes nothing where threads have no priority of their own', () => {
    expect(lowerOwnThreads('darwin')).toBe(0);
  });

  it.runIf(process.platform === 'linux')(
    'the build steps down once Pagefind runs: every thread of its own, later ones too, never its child',
    () => {
      // In a process of its own, as the build: a child started first stands for Pagefind's.
      const module = fileURLToPath(new URL('../../src/build/priority.ts', import.meta.url));
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
    },
  );
});
