/**
 * The validator's parse, handed to Astro's content loaders, so that no file's frontmatter is
 * parsed twice.
 *
 * What it works around: before Astro reads any content, the build validates the whole folder
 * with the same schemas (integrations/content-integrity.ts), because Astro stops at the first
 * bad file and reports it at `:0:0`. Astro's glob loader then parses every file again, and for
 * the essays it also rebuilds the whole schema for every entry (the schema is a function, for
 * its `image()` field). The loaders in src/content.config.ts take the validated data instead,
 * through the `parseData` of the loader context (astro/loaders, LoaderContext).
 *
 * The integration runs in Node's copy of this module and the content config in Vite's: two
 * module instances in one process, so the entries travel through a global slot under a
 * `Symbol.for` key that both copies find. Each entry carries the file's size and modification
 * time from before it was read: a file edited since (in `astro dev`, or during a build) no
 * longer matches, and Astro parses it as usual.
 *
 * Measured with `npm run bench -- --essays 4000 --repeat 3` (docs/performance.md): without it
 * the build takes longer and its peak memory is higher.
 */
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileVersion } from '../validation/source.ts';
import type { ValidatedEntry } from '../validation/types.ts';

const SLOT = Symbol.for('archive.validated-entries');
const holder = globalThis as { [SLOT]?: Map<string, ValidatedEntry> };

/** Offers the entries that passed validation to the loaders of this process. */
export function offerValidated(entries: readonly ValidatedEntry[]): void {
  holder[SLOT] = new Map(entries.map((entry) => [entry.absolutePath, entry]));
}

/** Withdraws the offer (tests). */
export function withdrawValidated(): void {
  delete holder[SLOT];
}

/**
 * The validated entry for the file at `absolutePath`, when there is one and the file has not
 * changed since it was validated.
 */
export function takeValidated(absolutePath: string): ValidatedEntry | undefined {
  const entry = holder[SLOT]?.get(absolutePath);
  if (!entry) return undefined;
  try {
    return fileVersion(absolutePath) === entry.version ? entry : undefined;
  } catch {
    return undefined; // the file is gone: Astro reports it
  }
}

/** The prefix Astro's `image()` gives an image path for its asset pipeline (astro/dist/content/consts.js). */
export const IMAGE_IMPORT_PREFIX = '__ASTRO_IMAGE_';

/**
 * `src` as Astro's `image()` leaves it in a content-layer entry: a plain relative name becomes
 * "./name" when the file exists beside the entry, and the asset prefix marks it for import.
 */
export function astroImageSource(src: string, entryFile: string): string {
  let normalised = src;
  if (src && !src.includes('://') && !src.startsWith('/') && !src.startsWith('.') && existsSync(resolve(dirname(entryFile), src))) {
    normalised = `./${src}`;
  }
  return `${IMAGE_IMPORT_PREFIX}${normalised}`;
}

/**
 * An entry's data as Astro's parse of the collection schema gives it: the validator's data,
 * with the essay's `image.src` in the form Astro's `image()` produces.
 */
export function astroData(entry: ValidatedEntry): Record<string, unknown> {
  const image = entry.data.image as { src?: unknown } | undefined;
  if (entry.collection !== 'essays' || !image || typeof image.src !== 'string') return entry.data;
  return { ...entry.data, image: { ...image, src: astroImageSource(image.src, entry.absolutePath) } };
}
