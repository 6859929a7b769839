/**
 * Crawls a built site on a local server with linkinator: every internal link, asset and
 * #fragment must resolve. External links are not fetched (no network, and not ours to fix).
 */
import { LinkChecker, LinkState } from 'linkinator';
import { serveStatic } from './serve.ts';

export interface BrokenLink {
  url: string;
  status: number | undefined;
  parent: string | undefined;
}

export async function crawl(folder: string, base = '/'): Promise<{ checked: number; broken: BrokenLink[] }> {
  const site = await serveStatic(folder, base);
  try {
    const start = `${site.origin}${base}`;
    const checker = new LinkChecker();
    const result = await checker.check({
      path: start,
      recurse: true,
      checkFragments: true,
      concurrency: 16,
      timeout: 20_000,
      linksToSkip: async (link) => !link.startsWith(site.origin),
    });
    const seen = new Set<string>();
    const broken = result.links
      .filter((link) => link.state === LinkState.BROKEN)
      .map((link) => ({ url: link.url.replace(site.origin, ''), status: link.status, parent: link.parent?.replace(site.origin, '') }))
      .filter((link) => !seen.has(link.url) && Boolean(seen.add(link.url)));
    return { checked: result.links.filter((link) => link.state === LinkState.OK).length, broken };
  } finally {
    await site.close();
  }
}
