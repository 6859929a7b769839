/**
 * Rendered bodies kept beside Astro's data store rather than in it.
 *
 * What it works around: Astro keeps every entry's rendered HTML in its data store, and the
 * store goes everywhere in one piece: serialised after loading, embedded whole in the server
 * bundle as one string module, then parsed again before the first page is rendered
 * (astro/dist/content/data-store and its `astro:data-layer-content` module). Yet each page
 * shows one body, and only the main feed shows them all. So the loaders put the bodies in
 * pack files in Astro's cache folder and leave, in each entry's render metadata, where its
 * body is (file, byte offset, length); pages read a body back when they render the entry
 * (queries/render.ts). It depends on the shape of `rendered` ({ html, metadata }) that
 * Astro's `render()` accepts.
 *
 * One pack per collection per load, written in one go (thousands of small files cost seconds
 * on a busy disk); in `astro dev`, each body changed afterwards gets a pack of its own. Packs
 * are never rewritten, so an entry's reference stays true until the pack is removed:
 * - an entry whose pack has gone (a cleared cache folder) is dropped before the loader runs,
 *   so the loader renders it again;
 * - so are the entries of a pack less than half of which is still in use, so that edits do
 *   not leave the cache holding more old bodies than live ones;
 * - packs no entry uses are removed.
 */
import { randomUUID } from 'node:crypto';
import { closeSync, mkdirSync, openSync, readdirSync, readSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** The key, in an entry's render metadata, saying where its HTML is. */
export const HTML_PLACE = 'htmlPlace';

/** Where a body is: its pack file, and its bytes in it. */
export interface Place {
  file: string;
  offset: number;
  length: number;
}

interface Rendered {
  html: string;
  metadata?: Record<string, unknown>;
}

/** Where an entry's HTML was shelved, if it was. */
export function shelvedPlace(rendered: Rendered | undefined): Place | undefined {
  const place = rendered?.metadata?.[HTML_PLACE] as Partial<Place> | undefined;
  return place && typeof place.file === 'string' && typeof place.offset === 'number' && typeof place.length === 'number'
    ? (place as Place)
    : undefined;
}

/** The size of a pack, or undefined when it has gone. */
function packSize(file: string): number | undefined {
  try {
    return statSync(file).size;
  } catch {
    return undefined;
  }
}

/** One collection's folder of packs. */
export class HtmlShelf {
  readonly folder: string;
  #pending: Buffer[] = [];
  #size = 0;
  #file: string | undefined;
  /** After the first load: each body is written as soon as it is put (`astro dev`). */
  #live = false;

  constructor(folder: string) {
    this.folder = folder;
    mkdirSync(folder, { recursive: true });
  }

  /**
   * The ids of `entries` that must be loaded afresh: their pack has gone, or less than half
   * of it is still in use.
   */
  stale(entries: Iterable<{ id: string; rendered?: Rendered }>): string[] {
    const users = new Map<string, { ids: string[]; bytes: number }>();
    for (const entry of entries) {
      const place = shelvedPlace(entry.rendered);
      if (!place) continue;
      const pack = users.get(place.file) ?? { ids: [], bytes: 0 };
      pack.ids.push(entry.id);
      pack.bytes += place.length;
      users.set(place.file, pack);
    }
    return [...users].flatMap(([file, { ids, bytes }]) => {
      const size = packSize(file);
      return size === undefined || bytes * 2 < size ? ids : [];
    });
  }

  /** `rendered` without its HTML, and with the place the HTML will be written to. */
  put<R extends Rendered>(rendered: R): R {
    const html = Buffer.from(rendered.html, 'utf8');
    this.#file ??= join(this.folder, `${randomUUID()}.html`);
    const place: Place = { file: this.#file, offset: this.#size, length: html.length };
    this.#pending.push(html);
    this.#size += html.length;
    if (this.#live) this.write();
    return { ...rendered, html: '', metadata: { ...rendered.metadata, [HTML_PLACE]: place } };
  }

  /** Writes the bodies put since the last write into their pack, in one go. */
  write(): void {
    if (this.#file) writeFileSync(this.#file, Buffer.concat(this.#pending));
    this.#pending = [];
    this.#size = 0;
    this.#file = undefined;
  }

  /** Ends the first load: from now on, bodies are written as they come. */
  goLive(): void {
    this.write();
    this.#live = true;
  }

  /** Removes the packs that none of `kept` is in. */
  prune(kept: Iterable<Place>): void {
    const keep = new Set([...kept].map((place) => place.file));
    for (const name of readdirSync(this.folder)) {
      const file = join(this.folder, name);
      if (!keep.has(file)) rmSync(file, { force: true });
    }
  }
}

const openPacks = new Map<string, number>();

/**
 * The HTML of a rendered entry: read back from its pack when it was shelved. A missing pack
 * means the cache folder was changed during the build; the message says how to recover.
 */
export function shelvedHtml(rendered: Rendered): string {
  const place = shelvedPlace(rendered);
  if (!place) return rendered.html;
  let fd = openPacks.get(place.file);
  try {
    if (fd === undefined) {
      fd = openSync(place.file, 'r');
      openPacks.set(place.file, fd);
    }
    const buffer = Buffer.allocUnsafe(place.length);
    let read = 0;
    while (read < place.length) {
      const n = readSync(fd, buffer, read, place.length - read, place.offset + read);
      if (n === 0) throw new Error('short pack');
      read += n;
    }
    return buffer.toString('utf8');
  } catch {
    throw new Error(
      `the rendered body at ${place.file} (bytes ${place.offset}–${place.offset + place.length}) is missing from Astro's cache folder; delete node_modules/.astro and build again`,
    );
  }
}

/** Closes the packs opened for reading (tests; a build ends with its process). */
export function closePacks(): void {
  for (const fd of openPacks.values()) closeSync(fd);
  openPacks.clear();
}
