/**
 * Links written in content as site paths ("/partners/asialink/") point at the site root; when
 * the site is published under a base path ("/archive/"), they must start with it. This
 * Markdown plugin (Sätteri, the site's Markdown processor) prefixes them at render time, so
 * editors write plain site paths whatever the address the site ends up at.
 */
import { withBase } from './urls.ts';

/** Whether a URL written in content is a site path that still needs the base in front. */
export function needsBase(url: string, base: string): boolean {
  if (!url.startsWith('/') || url.startsWith('//') || base === '/' || base === '') return false;
  const prefix = base.endsWith('/') ? base : `${base}/`;
  return !(url.startsWith(prefix) || url === prefix.slice(0, -1));
}

interface UrlNode {
  url: string;
}
interface Context {
  setProperty(node: UrlNode, key: 'url', value: string): void;
}

/**
 * The Markdown plugins the site needs under `base`: the base-links plugin, or none when the
 * site is at the root of its host and there is nothing to prefix (Sätteri then has no call
 * into JavaScript to make for every link and image of every body).
 */
export function baseLinksPlugins(base: string) {
  return base === '/' || base === '' ? [] : [baseLinksPlugin(base)];
}

/** A Sätteri mdast plugin prefixing the base path to site-path links, images and link definitions. */
function baseLinksPlugin(base: string) {
  const visit = (node: Readonly<UrlNode>, context: Context) => {
    if (needsBase(node.url, base)) context.setProperty(node as UrlNode, 'url', withBase(node.url, base));
  };
  return { name: 'archive-base-links', link: visit, image: visit, definition: visit };
}
