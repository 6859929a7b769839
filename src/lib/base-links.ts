/**
 * Links written in content as site paths ("/partners/asialink/") point at the site root; when
 * the site is published under a base path ("/archive/"), they must start with it. This
 * Markdown plugin (Sätteri, the site's Markdown processor) prefixes them at render time, so
 * editors write plain site paths whatever the address the site ends up at.
 */
import { joinBase } from './urls.ts';

/** `url` with `base` in front when it is a site path that lacks it. */
export function withBasePath(url: string, base: string): string {
  if (!url.startsWith('/') || url.startsWith('//') || base === '/' || base === '') return url;
  const prefix = base.endsWith('/') ? base : `${base}/`;
  if (url.startsWith(prefix) || url === prefix.slice(0, -1)) return url;
  return joinBase(base, url);
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
export function baseLinksPlugin(base: string) {
  const visit = (node: Readonly<UrlNode>, context: Context) => {
    const url = withBasePath(node.url, base);
    if (url !== node.url) context.setProperty(node as UrlNode, 'url', url);
  };
  return { name: 'archive-base-links', link: visit, image: visit, definition: visit };
}
