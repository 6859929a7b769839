/**
 * Rendered bodies kept beside Astro's data store rather than in it.
 *
 * Astro keeps every entry's rendered HTML in its data store, and the store goes everywhere in
 * one piece: serialised after loading, embedded whole in the server bundle (a 44 MB string
 * module for 4,000 essays), then parsed again before the first page is rendered. Yet each
 * page shows one body, and only the main feed shows them all. So the loaders put each body
 * in a file of its own, named by the digest of its HTML, in Astro's cache folder, and leave
 * the file's path in the entry's render metadata; pages read a body back when they render
 * the entry (queries/render.ts). At 4,000 essays this took several seconds off the build and
 * a third off its memory (docs/performance.md).
 *
 * A file is named by its content, so it is never stale: an edited entry gets a new file. An
 * entry whose file has gone (a cleared cache folder) is dropped from the store before the
 * loader runs, so the loader renders it again; files no entry names are removed.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/** The key, in an entry's render metadata, naming the file that holds its HTML. */
export const HTML_FILE = 'htmlFile';

interface Rendered {
  html: string;
  metadata?: Record<string, unknown>;
}

/** The file holding an entry's HTML, when it was shelved. */
export function shelvedFile(rendered: Rendered | undefined): string | undefined {
  const file = rendered?.metadata?.[HTML_FILE];
  return typeof file === 'string' ? file : undefined;
}

/** One collection's folder of rendered bodies. */
export class HtmlShelf {
  readonly folder: string;
  readonly #writing: Array<Promise<void>> = [];

  constructor(folder: string) {
    this.folder = folder;
    mkdirSync(folder, { recursive: true });
  }

  /** `rendered` with its HTML moved into a file of the shelf, named by `digest` (of the HTML). */
  put<R extends Rendered>(rendered: R, digest: string): R {
    const file = join(this.folder, `${digest}.html`);
    if (!existsSync(file)) this.#writing.push(writeFile(file, rendered.html));
    return { ...rendered, html: '', metadata: { ...rendered.metadata, [HTML_FILE]: file } };
  }

  /** Waits until every body put so far is on disk. */
  async flush(): Promise<void> {
    await Promise.all(this.#writing.splice(0));
  }

  /** Removes the files that none of `kept` names. */
  prune(kept: Iterable<string>): void {
    const keep = new Set(kept);
    for (const name of readdirSync(this.folder)) {
      const file = join(this.folder, name);
      if (!keep.has(file)) rmSync(file, { force: true });
    }
  }
}

/**
 * The HTML of a rendered entry: read back from its file when it was shelved. A missing file
 * means the cache folder was changed during the build; the message says how to recover.
 */
export function shelvedHtml(rendered: Rendered): string {
  const file = shelvedFile(rendered);
  if (!file) return rendered.html;
  try {
    return readFileSync(file, 'utf8');
  } catch {
    throw new Error(`the rendered body ${file} is missing from Astro's cache folder; delete node_modules/.astro and build again`);
  }
}
