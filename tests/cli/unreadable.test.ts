/**
 * The editors' commands on a folder holding a file that cannot be read as the archive's
 * content (a YAML bomb, bytes that are not text): they report it with its place, list the
 * other problems, and never end in a stack trace.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { expect, test } from 'vitest';
import { PROJECT_ROOT, userEnv } from '../helpers/astro';

const fixtures = resolve(import.meta.dirname, '../fixtures');
const BOMB =
  'essays/bomb.md:7:4  frontmatter  uses a YAML anchor or alias (a value starting with "&" or "*"); put such text in quotes, and write each value out in full';

function run(script: string, args: string[], contentDir: string) {
  const result = spawnSync(process.execPath, [join(PROJECT_ROOT, 'scripts', script), ...args], {
    cwd: PROJECT_ROOT,
    encoding: 'utf8',
    input: '',
    env: userEnv({ CONTENT_DIR: contentDir, GITHUB_ACTIONS: '' }),
  });
  expect(result.stderr).not.toMatch(/^ {4}at /m);
  return result;
}

/** The site fixture with the broken fixture's YAML bomb and its file that is not text. */
function folderWithBomb(): string {
  const dir = mkdtempSync(join(tmpdir(), 'bomb-'));
  cpSync(join(fixtures, 'site'), dir, { recursive: true });
  for (const file of ['essays/bomb.md', 'essays/not-text.md']) copyFileSync(join(fixtures, 'broken', file), join(dir, file));
  return dir;
}

test('npm run check:content reports the bomb and the rest of the folder', () => {
  const result = run('check-content.ts', [], folderWithBomb());
  expect(result.status).toBe(1);
  expect(result.stdout).toContain(`${BOMB}\n`);
  expect(result.stdout).toContain('essays/not-text.md:9:13  file  contains a NUL character');
  expect(result.stdout).toContain('essays/mdx-essay.mdx:1:1  topics  warning: the essay has no topics');
});

test('npm run new still creates a file beside the bomb', () => {
  const dir = folderWithBomb();
  const result = run('new.ts', ['topic', 'Maritime security'], dir);
  expect(result.status, result.stderr).toBe(0);
  expect(existsSync(join(dir, 'topics/maritime-security.md'))).toBe(true);
});
