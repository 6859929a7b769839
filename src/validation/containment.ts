/**
 * Where a path written in a content file leads, and what is there. Containment is decided on
 * real paths, with every symbolic link followed (`realpathSync`): a path that reads as inside
 * the content folder can lead out of it through a link, and the build would publish whatever
 * it finds there. The checks then read what they need of the file: its first bytes, or all of
 * a text file, to tell what it is (lib/file-types.ts).
 */
import { closeSync, openSync, readFileSync, readSync, realpathSync, statSync } from 'node:fs';
import { isAbsolute, relative, resolve } from 'node:path';
import { SNIFF_BYTES } from '../lib/file-types.ts';

/** The content folder: as given (paths written in content are read against it), and its real path. */
export interface ContentRoot {
  dir: string;
  real: string;
}

export function contentRoot(dir: string): ContentRoot {
  return { dir, real: realpathSync(dir) };
}

/** True when `target` is `folder` itself or lies under it. */
export function isWithin(folder: string, target: string): boolean {
  const rel = relative(folder, target);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}

/** Where a written path leads. */
export type Place =
  /** The path, as written, climbs out of the content folder (`../../etc/passwd`). */
  | { kind: 'outside' }
  /** The path reads as inside, but a symbolic link on the way leads out. */
  | { kind: 'link-outside' }
  /** Nothing is there, or a link that leads nowhere, or a folder. */
  | { kind: 'missing' }
  /** A file inside the content folder: its real path. */
  | { kind: 'file'; real: string };

/** Where `written`, a path relative to the folder `from`, leads within `root`. */
export function locate(root: ContentRoot, from: string, written: string): Place {
  const target = resolve(from, written);
  if (!isWithin(root.dir, target)) return { kind: 'outside' };
  let real: string;
  try {
    real = realpathSync(target);
  } catch {
    return { kind: 'missing' };
  }
  if (!isWithin(root.real, real)) return { kind: 'link-outside' };
  return statSync(real).isFile() ? { kind: 'file', real } : { kind: 'missing' };
}

/** The first `SNIFF_BYTES` of a file (fewer when it is shorter): enough to tell its kind. */
export function readStart(path: string): Uint8Array {
  const buffer = new Uint8Array(SNIFF_BYTES);
  const fd = openSync(path, 'r');
  try {
    return buffer.subarray(0, readSync(fd, buffer, 0, SNIFF_BYTES, 0));
  } finally {
    closeSync(fd);
  }
}

/** A whole file, for checks that must see every byte (text must be UTF-8 throughout). */
export function readWhole(path: string): Uint8Array {
  return readFileSync(path);
}
