/**
 * What decides the shape of the entries the content store keeps: the schemas, this folder's
 * loader, and the versions of the packages that render Markdown.
 *
 * What it works around: Astro clears its data store when the text of `src/content.config.ts`
 * changes, not when a module it imports does (astro/dist/content/utils.js hashes the config
 * file alone; withastro/astro#11591 added that digest). The schemas live in `src/schemas/`,
 * so without this a new field with a default (`translators: []`) would be missing from every
 * entry kept from an earlier build, and pages would fail on data that the schema promises.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Folders and files, relative to the project root, whose text shapes stored entries. */
const SHAPING = [
  'src/schemas',
  'src/build',
  'src/content.config.ts',
  'src/lib/markdown-text.ts',
  'src/lib/reading-time.ts',
  'package-lock.json',
];

/** The files at `path`: itself when it is a file, every file under it when a folder, in a stable order. */
function filesAt(path: string): string[] {
  if (!existsSync(path)) return [];
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}

/** A digest of everything that shapes stored entries under `root`: it changes when any of them does. */
export function storedShapeDigest(root: string): string {
  const hash = createHash('sha256');
  for (const relative of SHAPING) {
    for (const file of filesAt(join(root, relative))) {
      hash.update(file.slice(root.length));
      hash.update('\0');
      hash.update(readFileSync(file));
      hash.update('\0');
    }
  }
  return hash.digest('hex').slice(0, 16);
}
