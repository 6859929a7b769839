/**
 * When each content file last changed, from git history: one `git log` for the whole content
 * folder, read once per build. A build without git (a downloaded archive, a folder outside
 * the repository) gets no dates and works as before.
 */
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { SETTINGS } from '../config.ts';

let cache: Map<string, Date> | undefined;

/** Parses `git log --format=%x00%cI --name-only`: the first date seen for a file is its latest. */
export function parseGitLog(output: string, root: string): Map<string, Date> {
  const dates = new Map<string, Date>();
  let current: Date | undefined;
  for (const line of output.split('\n')) {
    if (line.startsWith('\0')) {
      current = new Date(line.slice(1));
    } else if (line.trim() && current && !Number.isNaN(current.getTime())) {
      const path = resolve(root, line.trim());
      if (!dates.has(path)) dates.set(path, current);
    }
  }
  return dates;
}

function load(): Map<string, Date> {
  const folder = SETTINGS.contentDir;
  const top = spawnSync('git', ['rev-parse', '--show-toplevel'], { cwd: folder, encoding: 'utf8' });
  if (top.status !== 0) return new Map();
  const root = top.stdout.trim();
  const log = spawnSync('git', ['log', '--format=%x00%cI', '--name-only', '--no-renames', '--', '.'], {
    cwd: folder,
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  return log.status === 0 ? parseGitLog(log.stdout, root) : new Map();
}

/** The time of the last commit that changed `file` (absolute path), if git knows it. */
export function lastCommitDate(file: string): Date | undefined {
  cache ??= load();
  return cache.get(resolve(file));
}
