/**
 * `render()` for the archive's entries: Astro's, with the entry's body read back from where
 * the loader put it (lib/html-shelf.ts). Pages render entries through this.
 */
import { render, type CollectionEntry, type CollectionKey } from 'astro:content';
import { shelvedHtml, shelvedPlace } from '../build/html-shelf.ts';

export function renderEntry<C extends CollectionKey>(entry: CollectionEntry<C>): ReturnType<typeof render> {
  const rendered = entry.rendered;
  if (!rendered || !shelvedPlace(rendered)) return render(entry);
  return render({ ...entry, rendered: { ...rendered, html: shelvedHtml(rendered) } });
}
