/**
 * The validator's parse, handed to Astro's content loaders.
 *
 * Before Astro reads any content, the build validates the whole folder with the same schemas
 * (integrations/content-integrity.ts), so every entry's frontmatter has already been parsed
 * and checked once. Astro's loader would parse it a second time, and for the essays it also
 * rebuilds the whole schema for every entry (the schema is a function, for its `image()`
 * field): at 4,000 essays that second pass was a fifth of the content layer (docs/
 * performance.md). The loaders take the validated data instead.
 *
 * The integration and the content config are separate module instances in one process, so
 * the data travels through a process-wide slot (lib/process-slot.ts), keyed by the file's
 * absolute path. Each entry carries the file's size and modification
 * time from before it was read: a file edited since (in `astro dev`, or during a build) no
 * longer matches, and Astro parses it as usual.
 */
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { processSlot } from '../lib/process-slot.ts';
import { fileVersion } from './source.ts';
import type { ValidatedEntry } from './validate.ts';

const offered = processSlot<Map<string, ValidatedEntry>>('archive.validated-entries');

/** Offers the entries that passed validation to the loaders of this process. */
export function offerValidated(entries: readonly ValidatedEntry[]): void {
  offered.set(new Map(entries.map((entry) => [entry.absolutePath, entry])));
}

/** Withdraws the offer (tests). */
export function withdrawValidated(): void {
  offered.clear();
}

/**
 * The validated entry for the file at `absolutePath`, when there is one and the file has not
 * changed since it was validated.
 */
export function takeValidated(absolutePath: string): ValidatedEntry | undefined {
  const entry = offered.get()?.get(absolutePath);
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
