/**
 * An essay's body as an HTML string, for the feeds that carry full texts (the main feed and
 * the feed of the essay's language). Works for Markdown and MDX alike, through Astro's container renderer. Not kept:
 * the feed is made a part at a time so that the whole archive's texts are never held at once.
 */
import { getContainerRenderer as mdxRenderer } from '@astrojs/mdx/container-renderer';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { loadRenderers } from 'astro:container';
import { renderEntry } from './render.ts';
import type { Essay } from './collections.ts';

let container: Promise<AstroContainer> | undefined;

export async function essayHtml(essay: Essay): Promise<string> {
  // MDX bodies are components of their own: the container needs the MDX renderer for them.
  container ??= loadRenderers([mdxRenderer()]).then((renderers) => AstroContainer.create({ renderers }));
  const { Content } = await renderEntry(essay);
  return (await container).renderToString(Content);
}
