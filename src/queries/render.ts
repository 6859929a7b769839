/**
 * `render()` for the archive's entries: Astro's, with the entry's body read back from where
 * the loader put it (build/html-shelf.ts), and its `Content` sanitised: what the body renders
 * to goes through SanitisedBody.astro (lib/sanitise.ts) before it reaches a page or a feed.
 * Pages and the feed render entries through this, and only this.
 *
 * The sanitiser reads the finished HTML, after Astro has replaced the placeholders of the
 * body's images (`__ASTRO_IMAGE_`) with real <img> attributes and after MDX has run, so it sees
 * what a reader's browser would. The wrapper is put together as compiled `.astro` code does
 * (`<SanitisedBody><Content {...props} /></SanitisedBody>`), with astro/compiler-runtime.
 */
import { render, type CollectionEntry, type CollectionKey } from 'astro:content';
import { createComponent, render as template, renderComponent } from 'astro/compiler-runtime';
import { shelvedHtml, shelvedPlace } from '../build/html-shelf.ts';
import SanitisedBody from './SanitisedBody.astro';

type Rendered = Awaited<ReturnType<typeof render>>;
type Component = Rendered['Content'];

/** `Inner`, rendered inside SanitisedBody: the props and slots given to it pass through. */
function sanitised(Inner: Component): Component {
  return createComponent(
    (result, props, slots) =>
      template`${renderComponent(
        result,
        'SanitisedBody',
        SanitisedBody,
        {},
        {
          default: (inner: typeof result) => template`${renderComponent(inner, 'Content', Inner, props, slots)}`,
        },
      )}`,
  );
}

export async function renderEntry<C extends CollectionKey>(entry: CollectionEntry<C>): Promise<Rendered> {
  const rendered = entry.rendered;
  const result = await (rendered && shelvedPlace(rendered)
    ? render({ ...entry, rendered: { ...rendered, html: shelvedHtml(rendered) } })
    : render(entry));
  return { ...result, Content: sanitised(result.Content) };
}
