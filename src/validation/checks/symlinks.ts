/**
 * Symbolic links anywhere in the content folder, referenced or not. A link to a file outside
 * the folder publishes that file under a name that looks like content (a link named
 * `files/accounts.txt` pointing at `/etc/passwd`); Astro's loaders also follow links to
 * folders, so a linked folder brings in entries this check never read. Links to files inside
 * the folder stay allowed: they publish nothing that is not content already.
 *
 * A `.git` folder is not entered: it holds no content and many files.
 */
import { readdirSync, readlinkSync, realpathSync, statSync, type Dirent } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { isWithin, type ContentRoot } from '../containment.ts';
import type { Reporter } from '../types.ts';

/**
 * Reports every link that leads out of the folder, nowhere, or to a folder, and returns
 * their paths (relative, forward slashes): the validator does not read them as content.
 */
export function checkSymlinks(root: ContentRoot, report: Reporter): Set<string> {
  const refused = new Set<string>();
  const walk = (dir: string) => {
    let entries: Dirent[];
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) {
        if (entry.name !== '.git') walk(path);
        continue;
      }
      if (!entry.isSymbolicLink()) continue;
      const file = relative(root.dir, path).split(sep).join('/');
      const problem = linkProblem(root, path, entry.name);
      if (problem) {
        refused.add(file);
        report(file, 1, 1, 'file', problem);
      }
    }
  };
  walk(root.dir);
  return refused;
}

function linkProblem(root: ContentRoot, path: string, name: string): string | undefined {
  let written = '';
  try {
    written = readlinkSync(path);
  } catch {
    // a link that vanished while the folder was read: examined below as missing
  }
  let real: string;
  try {
    real = realpathSync(path);
  } catch {
    // Editors' tools leave dangling dot-file links behind (Emacs' lock files, ".#essay.md").
    return name.startsWith('.')
      ? undefined
      : `is a link to "${written}", which does not exist; put the file itself here, or remove the link`;
  }
  if (!isWithin(root.real, real)) {
    return `is a link to "${written}", outside the content folder; put the file itself here, or remove the link`;
  }
  if (statSync(real).isDirectory()) {
    return `is a link to the folder "${written}"; the archive does not take links to folders: move the files here instead`;
  }
  return undefined;
}
