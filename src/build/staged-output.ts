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
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';

export interface StagedOutput {
  /** The fresh folder the build writes to. */
  folder: string;
  /** Moves the fresh folder into place, keeping a `.git` folder of the old output as Astro does. */
  publish(): void;
}

/**
 * A fresh folder to build `finalDir` in; removed when the process ends without publishing it.
 * Its name is the same for every build of `finalDir`: Astro clears its content cache whenever
 * the configuration, output folder included, differs from the last build's
 * (astro/dist/content/content-layer.js, "Astro config changed"). A lock file beside it keeps
 * two builds from writing there at once.
 */
export function stageOutput(finalDir: string, projectRoot: string): StagedOutput {
  const above = relative(finalDir, projectRoot);
  if (above === '' || !above.startsWith('..')) {
    throw new Error(`The output folder ${finalDir} holds the project itself; build into a folder of its own, such as dist/.`);
  }
  const beside = (kind: string) => join(dirname(finalDir), `.${basename(finalDir)}.${kind}`);
  const folder = beside('building');
  const lock = beside('building.lock');
  const previous = beside('previous');
  mkdirSync(dirname(finalDir), { recursive: true });
  takeLock(lock, finalDir);
  // A build stopped between its two moves left the last good site beside its place.
  if (!existsSync(finalDir) && existsSync(previous)) renameSync(previous, finalDir);
  rmSync(folder, { recursive: true, force: true });
  rmSync(previous, { recursive: true, force: true });
  mkdirSync(folder);
  // Runs however the build ends, by an error Astro reports or by process.exit.
  const discard = () => {
    rmSync(folder, { recursive: true, force: true });
    rmSync(lock, { force: true });
  };
  process.once('exit', discard);
  return {
    folder,
    publish() {
      const git = join(finalDir, '.git');
      if (existsSync(git)) renameSync(git, join(folder, '.git'));
      let moved = !existsSync(finalDir);
      if (!moved) {
        try {
          renameSync(finalDir, previous);
          moved = true;
        } catch {
          // A folder that cannot be moved (a mount point) has its contents replaced instead.
          for (const entry of readdirSync(finalDir)) rmSync(join(finalDir, entry), { recursive: true, force: true });
          for (const entry of readdirSync(folder)) renameSync(join(folder, entry), join(finalDir, entry));
        }
      }
      if (moved) renameSync(folder, finalDir);
      discard();
      rmSync(previous, { recursive: true, force: true });
      process.off('exit', discard);
    },
  };
}

/** Claims the lock file, unless a build that is still running holds it. */
function takeLock(lock: string, finalDir: string) {
  try {
    writeFileSync(lock, String(process.pid), { flag: 'wx' });
    return;
  } catch {
    const holder = Number(readFileSync(lock, 'utf8'));
    if (holder && holder !== process.pid && alive(holder)) {
      throw new Error(`Another build (process ${holder}) is writing ${finalDir}; wait for it to finish, or build into another folder.`);
    }
  }
  // Left by a build that was stopped before it could clean up.
  writeFileSync(lock, String(process.pid));
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
