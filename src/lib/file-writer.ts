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
import { Worker } from 'node:worker_threads';
import { BACKGROUND_NICENESS, linux } from './background-priority.ts';

/** What the worker runs: plain JavaScript, so that it needs no build step and no loader. */
const WORKER_SOURCE = `
const { workerData, parentPort } = require('node:worker_threads');
const { mkdirSync, writeFileSync } = require('node:fs');
const { folders, paths, texts, lowerBy } = workerData;
// On Linux, process id 0 is the calling thread: this lowers the worker's priority only.
if (lowerBy !== undefined) {
  const os = require('node:os');
  try { os.setPriority(0, Math.min(19, os.getPriority(0) + lowerBy)); } catch {}
}
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
        lowerBy: linux ? BACKGROUND_NICENESS : undefined,
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
