/**
 * An essay's body as an HTML string (for feeds), rendered once per build whatever the
 * number of feeds that carry it. Works for Markdown and MDX alike, through Astro's
 * container renderer.
 */
import { getContainerRenderer as mdxRenderer } from '@astrojs/mdx/container-renderer';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { loadRenderers } from 'astro:container';
import { renderEntry } from './render.ts';
import type { Essay } from './archive.ts';

let container: Promise<AstroContainer> | undefined;
const cache = new Map<string, Promise<string>>();

async function renderBody(essay: Essay): Promise<string> {
  // MDX bodies are components of their own: the container needs the MDX renderer for them.
  container ??= loadRenderers([mdxRenderer()]).then((renderers) => AstroContainer.create({ renderers }));
  const { Content } = await renderEntry(essay);
  return (await container).renderToString(Content);
}

export function essayHtml(essay: Essay): Promise<string> {
  let html = cache.get(essay.id);
  if (!html) {
    html = renderBody(essay);
    cache.set(essay.id, html);
  }
  return html;
}
