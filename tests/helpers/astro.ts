/**
 * Runs the real Astro CLI on a content folder, as `CONTENT_DIR=… npm run build` does
 * (`scripts/build.ts`), with the Node that runs the tests (Node 24 under `npm test`).
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const PROJECT_ROOT = resolve(import.meta.dirname, '../..');
const ASTRO_BIN = join(PROJECT_ROOT, 'node_modules/astro/bin/astro.mjs');
/** What `npm run build` runs: `astro build` with the allocator settings (src/lib/allocator-env.ts). */
const BUILD_SCRIPT = join(PROJECT_ROOT, 'scripts/build.ts');

/** The environment of a user's shell: without what the test runner adds (NODE_ENV=test, VITEST…). */
export function userEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  // The test runner exports Vite's variables (BASE_URL, MODE, DEV, PROD, SSR) and NODE_ENV=test.
  const runnerOnly = new Set(['NODE_ENV', 'BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'TEST']);
  for (const [key, value] of Object.entries(process.env)) if (!runnerOnly.has(key) && !key.startsWith('VITEST')) env[key] = value;
  return { ...env, ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0', NO_COLOR: '1', ...extra };
}

export interface BuildResult {
  status: number | null;
  output: string;
  outDir: string;
}

/** Builds `contentDir` into a fresh temporary folder and returns the exit status and log. */
export function buildSite(contentDir: string, env: Record<string, string> = {}): BuildResult {
  const outDir = mkdtempSync(join(tmpdir(), 'archive-dist-'));
  const result = spawnSync(process.execPath, [BUILD_SCRIPT, '--outDir', outDir], {
    cwd: PROJECT_ROOT,
    env: userEnv({ CONTENT_DIR: contentDir, ...env }),
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}`, outDir };
}

/** Starts `astro dev` on `port`; resolves once it answers, with a function that stops it. */
export async function startDevServer(contentDir: string, port: number): Promise<{ stop: () => void; log: () => string }> {
  const child = spawn(process.execPath, [ASTRO_BIN, 'dev', '--port', String(port), '--host', '127.0.0.1'], {
    cwd: PROJECT_ROOT,
    env: userEnv({ CONTENT_DIR: contentDir }),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  child.stdout.on('data', (chunk: Buffer) => (log += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (log += chunk.toString()));
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`astro dev exited:\n${log}`);
    try {
      const response = await fetch(`http://127.0.0.1:${port}/`);
      if (response.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      child.kill();
      throw new Error(`astro dev did not start:\n${log}`);
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  return { stop: () => child.kill(), log: () => log };
}
