/**
 * Runs the real Astro CLI on a content folder, as `CONTENT_DIR=… npm run build` does
 * (`astro build`), with the Node that runs the tests (Node 24 under `npm test`).
 */
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const PROJECT_ROOT = resolve(import.meta.dirname, '../..');
const ASTRO_BIN = join(PROJECT_ROOT, 'node_modules/astro/bin/astro.mjs');

/** The environment of a user's shell: without what the test runner adds (NODE_ENV=test, VITEST…). */
export function userEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  // The test runner exports Vite's variables (BASE_URL, MODE, DEV, PROD, SSR) and NODE_ENV=test.
  const runnerOnly = new Set(['NODE_ENV', 'BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'TEST']);
  for (const [key, value] of Object.entries(process.env)) if (!runnerOnly.has(key) && !key.startsWith('VITEST')) env[key] = value;
  return { ...env, ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0', NO_COLOR: '1', ...extra };
}

/**
 * Output folders of test builds. Inside the project on purpose: for an output folder outside
 * the working directory Astro writes its server chunks to the project's `.astro/` folder, and
 * two builds at once would overwrite each other's (astro/dist/core/build/common.js,
 * getOutDirWithinCwd).
 */
// One folder per checkout: worktrees of the project may share one node_modules.
const BUILDS_DIR = join(
  PROJECT_ROOT,
  'node_modules/.cache/test-builds',
  createHash('sha256').update(PROJECT_ROOT).digest('hex').slice(0, 12),
);

/** Removes the output of earlier runs (global setup, before this run builds anything). */
export function clearTestBuilds(): void {
  rmSync(BUILDS_DIR, { recursive: true, force: true });
}

export function freshOutDir(): string {
  mkdirSync(BUILDS_DIR, { recursive: true });
  return mkdtempSync(join(BUILDS_DIR, 'dist-'));
}

export interface BuildResult {
  status: number | null;
  output: string;
  outDir: string;
}

/** Builds `contentDir` into `outDir` (a fresh temporary folder unless given) and returns the exit status and log. */
export function buildSite(contentDir: string, env: Record<string, string> = {}, outDir = freshOutDir()): BuildResult {
  const result = spawnSync(process.execPath, [ASTRO_BIN, 'build', '--outDir', outDir], {
    cwd: PROJECT_ROOT,
    env: userEnv({ CONTENT_DIR: contentDir, ...env }),
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}`, outDir };
}

/** As buildSite, without blocking: global setup builds its fixture sites side by side. */
export function buildSiteAsync(contentDir: string, env: Record<string, string> = {}): Promise<BuildResult> {
  const outDir = freshOutDir();
  return new Promise((done) => {
    const child = spawn(process.execPath, [ASTRO_BIN, 'build', '--outDir', outDir], {
      cwd: PROJECT_ROOT,
      env: userEnv({ CONTENT_DIR: contentDir, ...env }),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('close', (status) => done({ status, output, outDir }));
  });
}

/**
 * Starts `astro dev` on a port the system chooses; resolves once it answers, with its origin
 * and a function that stops it.
 */
export async function startDevServer(contentDir: string): Promise<{ origin: string; stop: () => void; log: () => string }> {
  // Astro keeps one dev server per project (a lock file in .astro/): test files run side by
  // side, each with a server of its own content folder, so none takes or honours the lock.
  const child = spawn(process.execPath, [ASTRO_BIN, 'dev', '--port', '0', '--host', '127.0.0.1', '--ignore-lock'], {
    cwd: PROJECT_ROOT,
    env: userEnv({ CONTENT_DIR: contentDir }),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  const origin = await new Promise<string>((found, failed) => {
    const look = (chunk: Buffer) => {
      log += chunk.toString();
      const address = /https?:\/\/(127\.0\.0\.1|localhost):(\d+)/.exec(log);
      if (address && Number(address[2]) > 0) found(`http://127.0.0.1:${address[2]}`);
    };
    child.stdout.on('data', look);
    child.stderr.on('data', look);
    child.on('exit', () => failed(new Error(`astro dev exited:\n${log}`)));
  });
  // Listening is not serving yet: the first request waits for the content to load.
  for (;;) {
    if (child.exitCode !== null) throw new Error(`astro dev exited:\n${log}`);
    try {
      if ((await fetch(`${origin}/`)).ok) break;
    } catch {
      // not ready yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return { origin, stop: () => child.kill(), log: () => log };
}
