/**
 * Writes many small files from one worker thread, one after another, with synchronous calls.
 *
 * Creating a file is mostly the kernel's work (finding a free inode, adding a name to a
 * folder). Done several at a time by Node's I/O threads (`fs.promises`), the threads contend
 * for the same folder's lock and spin while they wait: on the 2-core build machine, writing
 * 12,000 citation files that way cost two to three times the processor time of writing them
 * one after another (docs/performance.md). One worker never competes with itself, and at a
 * low priority (lib/background-priority.ts) it leaves the main thread free to render.
 */
import { getPriority } from 'node:os';
import { Worker } from 'node:worker_threads';
import { backgroundNiceness, linux } from './background-priority.ts';

/** What the worker runs: plain JavaScript, so that it needs no build step and no loader. */
const WORKER_SOURCE = `
const { workerData, parentPort } = require('node:worker_threads');
const { mkdirSync, writeFileSync } = require('node:fs');
const { folders, paths, texts, niceness } = workerData;
// On Linux, process id 0 is the calling thread: this lowers the worker's priority only.
if (niceness !== undefined) try { require('node:os').setPriority(0, niceness); } catch {}
try {
  for (const folder of folders) mkdirSync(folder, { recursive: true });
  for (let i = 0; i < paths.length; i++) writeFileSync(paths[i], texts[i]);
  parentPort.postMessage({ written: paths.length });
} catch (error) {
  parentPort.postMessage({ error: error instanceof Error ? error.message : String(error) });
}
`;

/** Writes each `[path, text]` (creating `folders` first); resolves with the number written. */
export function writeFilesInWorker(folders: readonly string[], files: ReadonlyArray<readonly [path: string, text: string]>): Promise<number> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(WORKER_SOURCE, {
      eval: true,
      workerData: {
        folders,
        paths: files.map(([path]) => path),
        texts: files.map(([, text]) => text),
        // A new thread starts at its creator's priority: the worker takes the one below it.
        niceness: linux ? backgroundNiceness(getPriority()) : undefined,
      },
    });
    let settled = false;
    worker.once('message', (message: { written?: number; error?: string }) => {
      settled = true;
      if (message.error !== undefined) reject(new Error(`Could not write the files: ${message.error}`));
      else resolve(message.written ?? 0);
    });
    worker.once('error', (error) => {
      settled = true;
      reject(error);
    });
    worker.once('exit', (code) => {
      if (!settled) reject(new Error(`The file writer stopped (exit code ${code}) before it finished.`));
    });
  });
}
