/**
 * `render()` for the archive's entries: Astro's, with the entry's body read back from the
 * file the loader put it in (lib/html-shelf.ts). Pages render entries through this.
 */
import { render, type CollectionEntry, type CollectionKey } from 'astro:content';
import { shelvedFile, shelvedHtml } from '../lib/html-shelf.ts';

/**
 * Short bodies shown on many pages (a person's biography appears with each of their essays),
 * kept once read. Essays are shown on their own page and in the main feed, which keeps its
 * own copy (queries/essay-html.ts), so they are read when needed.
 */
const kept = new Map<string, string>();

function bodyOf(collection: CollectionKey, rendered: NonNullable<CollectionEntry<CollectionKey>['rendered']>): string {
  if (collection === 'essays') return shelvedHtml(rendered);
  const file = shelvedFile(rendered)!;
  let html = kept.get(file);
  if (html === undefined) {
    html = shelvedHtml(rendered);
    kept.set(file, html);
  }
  return html;
}

export function renderEntry<C extends CollectionKey>(entry: CollectionEntry<C>): ReturnType<typeof render> {
  const rendered = entry.rendered;
  if (!rendered || !shelvedFile(rendered)) return render(entry);
  return render({ ...entry, rendered: { ...rendered, html: bodyOf(entry.collection, rendered) } });
}
