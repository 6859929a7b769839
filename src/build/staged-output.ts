/**
 * Builds the site into a fresh folder beside its output folder and moves it into place only
 * once the build has succeeded, so that a build that fails writes nothing over the last good
 * site.
 *
 * What it works around: `astro build` empties its output folder before writing anything
 * (astro/dist/core/build/static-build.js, `emptyDir` in `viteBuild`) and writes each page into
 * it as it goes, so a build that stops half-way leaves part of a site there for a deploy step
 * or a server to publish. The fresh folder sits beside the output folder rather than in the
 * system's temporary folder: the move is then a rename within one file system, and Astro keeps
 * its server chunks inside an output folder that lies under the working directory, but in the
 * project's shared `.astro/` for one that does not (astro/dist/core/build/common.js,
 * `getOutDirWithinCwd`), where two builds at once would overwrite each other's.
 */
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';

export interface StagedOutput {
  /** The fresh folder the build writes to. */
  folder: string;
  /** Moves the fresh folder into place, keeping a `.git` folder of the old output as Astro does. */
  publish(): void;
}

const KINDS = ['building', 'previous'] as const;

/** A fresh folder to build `finalDir` in; removed when the process ends without publishing it. */
export function stageOutput(finalDir: string, projectRoot: string): StagedOutput {
  const above = relative(finalDir, projectRoot);
  if (above === '' || !above.startsWith('..')) {
    throw new Error(`The output folder ${finalDir} holds the project itself; build into a folder of its own, such as dist/.`);
  }
  const parent = dirname(finalDir);
  const name = basename(finalDir);
  const beside = (kind: (typeof KINDS)[number]) => join(parent, `.${name}.${kind}-${process.pid}`);
  mkdirSync(parent, { recursive: true });
  removeAbandoned(parent, name);
  const folder = beside('building');
  rmSync(folder, { recursive: true, force: true });
  mkdirSync(folder);
  // Runs however the build ends, by an error Astro reports or by process.exit.
  const discard = () => rmSync(folder, { recursive: true, force: true });
  process.once('exit', discard);
  return {
    folder,
    publish() {
      process.off('exit', discard);
      const git = join(finalDir, '.git');
      if (existsSync(git)) renameSync(git, join(folder, '.git'));
      if (!existsSync(finalDir)) return renameSync(folder, finalDir);
      const previous = beside('previous');
      try {
        renameSync(finalDir, previous);
      } catch {
        // A folder that cannot be moved (a mount point) has its contents replaced instead.
        for (const entry of readdirSync(finalDir)) rmSync(join(finalDir, entry), { recursive: true, force: true });
        for (const entry of readdirSync(folder)) renameSync(join(folder, entry), join(finalDir, entry));
        return rmSync(folder, { recursive: true, force: true });
      }
      renameSync(folder, finalDir);
      rmSync(previous, { recursive: true, force: true });
    },
  };
}

/** Folders left by builds that were stopped (a process killed before it could clean up). */
function removeAbandoned(parent: string, name: string) {
  const pattern = new RegExp(`^\\.${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\.(?:${KINDS.join('|')})-(\\d+)$`);
  for (const entry of readdirSync(parent)) {
    const pid = Number(pattern.exec(entry)?.[1]);
    if (pid && pid !== process.pid && !alive(pid)) rmSync(join(parent, entry), { recursive: true, force: true });
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
