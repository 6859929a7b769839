/**
 * Site identity and build settings, in one object. A programme adopting this archive edits
 * the first block; the second is read from the environment at build time.
 */
import { createHash } from 'node:crypto';
import { resolve } from 'node:path';
import { buildDay } from './lib/visibility.ts';

export const SITE = {
  /** Name of the site, in the header and page titles. */
  title: 'Track II Dialogue Archive',
  /** One line on what the archive holds, for the home page and metadata. */
  description:
    'Partners, dialogues, delegations and reflection essays of the Asia New Zealand Foundation’s Track II programme of informal diplomacy with think tanks in Asia.',
  /** The organisation that runs the programme and publishes the archive. */
  publisher: 'Asia New Zealand Foundation',
  /** Language of the interface; essays carry their own. */
  lang: 'en',
  /** The programme's time zone: decides on which day a scheduled essay goes out. */
  timeZone: 'Pacific/Auckland',
  /** Essays per page of the essay list. */
  essaysPerPage: 20,
} as const;

let normalisedBase: { value: string | undefined; base: string } | undefined;

/**
 * The path the site is served under: `BASE_PATH` ("/archive/"; GitHub project pages serve
 * "/<repo>/"), always with a slash at each end. Read here rather than from Vite's BASE_URL,
 * which a BASE_URL variable in the shell would override.
 */
export function basePath(): string {
  // Asked for by every link of every page: normalised once per value of BASE_PATH.
  const value = process.env.BASE_PATH;
  if (normalisedBase === undefined || normalisedBase.value !== value) {
    const trimmed = (value || '/').replace(/^\/+|\/+$/g, '');
    normalisedBase = { value, base: trimmed ? `/${trimmed}/` : '/' };
  }
  return normalisedBase.base;
}

/** Folder holding the collections: `CONTENT_DIR` when set, else `content/`. */
export function contentDir(): string {
  return resolve(process.env.CONTENT_DIR || 'content');
}

/**
 * Astro's cache folder for a content folder. Astro caches parsed content by file digest; a
 * separate cache per content folder keeps builds of different folders (CONTENT_DIR) from
 * reusing each other's entries.
 */
export function cacheDirFor(folder: string): string {
  return `./node_modules/.astro/${createHash('sha256').update(folder).digest('hex').slice(0, 12)}`;
}

/** The build day that decides what is published: `BUILD_DATE` (YYYY-MM-DD) or today. */
export function today(): Date {
  return buildDay(new Date(), SITE.timeZone, process.env.BUILD_DATE || undefined);
}
