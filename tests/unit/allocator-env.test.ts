import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { BUILD_ALLOCATOR_ENV, PAGEFIND_ALLOCATOR_ENV, setUnset, withEnvironment } from '../../src/lib/allocator-env';

const ROOT = resolve(import.meta.dirname, '../..');
const NAME = 'ARCHIVE_TEST_ALLOCATOR_SETTING';

afterEach(() => {
  delete process.env[NAME];
});

/** What a child process started now sees of `name`. */
function childSees(name: string): string {
  return spawnSync(process.execPath, ['-e', `process.stdout.write(process.env[${JSON.stringify(name)}] ?? '(unset)')`], { encoding: 'utf8' }).stdout;
}

describe('setUnset', () => {
  it('sets what is missing and keeps what the user set', () => {
    const env: NodeJS.ProcessEnv = { MIMALLOC_PURGE_DELAY: '250' };
    expect(setUnset(env, BUILD_ALLOCATOR_ENV)).toEqual(['MIMALLOC_ARENA_EAGER_COMMIT']);
    expect(env).toEqual({ MIMALLOC_PURGE_DELAY: '250', MIMALLOC_ARENA_EAGER_COMMIT: '0' });
  });
});

describe('withEnvironment', () => {
  it('gives the settings to a child started inside, and not to one started after', () => {
    const inside = withEnvironment({ [NAME]: 'dirty_decay_ms:0' }, () => childSees(NAME));
    expect(inside).toBe('dirty_decay_ms:0');
    expect(process.env[NAME]).toBeUndefined();
    expect(childSees(NAME)).toBe('(unset)');
  });

  it("keeps the user's own value, and leaves it in place afterwards", () => {
    process.env[NAME] = 'narenas:1';
    expect(withEnvironment({ [NAME]: 'dirty_decay_ms:0' }, () => childSees(NAME))).toBe('narenas:1');
    expect(process.env[NAME]).toBe('narenas:1');
  });

  it('takes the settings out again when starting fails', () => {
    expect(() =>
      withEnvironment({ [NAME]: 'x' }, () => {
        throw new Error('could not start');
      }),
    ).toThrow('could not start');
    expect(process.env[NAME]).toBeUndefined();
  });

  it("names jemalloc's setting as Pagefind's binary reads it", () => {
    // Pagefind's jemalloc is built with the `_rjem_` prefix: it ignores a plain MALLOC_CONF.
    expect(Object.keys(PAGEFIND_ALLOCATOR_ENV)).toEqual(['_RJEM_MALLOC_CONF']);
  });
});

describe('npm run build (scripts/build.ts)', () => {
  it('sets the allocator settings before Astro loads its native libraries', () => {
    // mimalloc prints the options it read when it starts, with MIMALLOC_VERBOSE; `build --help`
    // loads the bundler (Rolldown) and Astro's compiler, each with its own mimalloc.
    const env: NodeJS.ProcessEnv = { ...process.env, MIMALLOC_VERBOSE: '1', ASTRO_TELEMETRY_DISABLED: '1' };
    for (const name of Object.keys(BUILD_ALLOCATOR_ENV)) delete env[name];
    const run = spawnSync(process.execPath, [join(ROOT, 'scripts/build.ts'), '--help'], { cwd: ROOT, env, encoding: 'utf8' });
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/astro build/);
    const read = (option: string) => [...`${run.stdout}${run.stderr}`.matchAll(new RegExp(`option '${option}': (\\S+)`, 'g'))].map((m) => m[1]);
    expect(read('purge_delay').length).toBeGreaterThanOrEqual(1);
    expect(new Set(read('purge_delay'))).toEqual(new Set([BUILD_ALLOCATOR_ENV.MIMALLOC_PURGE_DELAY]));
    expect(new Set(read('arena_eager_commit'))).toEqual(new Set([BUILD_ALLOCATOR_ENV.MIMALLOC_ARENA_EAGER_COMMIT]));
  });

  it('says to run npm install when Astro is not installed, instead of a stack trace', () => {
    // The script and its one import, in a folder with no node_modules above it.
    const folder = mkdtempSync(join(tmpdir(), 'archive-no-install-'));
    try {
      mkdirSync(join(folder, 'scripts'));
      mkdirSync(join(folder, 'src/lib'), { recursive: true });
      cpSync(join(ROOT, 'scripts/build.ts'), join(folder, 'scripts/build.ts'));
      cpSync(join(ROOT, 'src/lib/allocator-env.ts'), join(folder, 'src/lib/allocator-env.ts'));
      const run = spawnSync(process.execPath, [join(folder, 'scripts/build.ts')], { cwd: folder, encoding: 'utf8' });
      expect(run.status).toBe(1);
      expect(run.stderr.trim()).toBe('Astro is not installed in this folder: run `npm install` first, then `npm run build` again.');
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});
