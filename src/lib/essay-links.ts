/**
 * Which essay an address in a text leads to. A published page that links to a draft's
 * address publishes the draft's id (its slug, often its subject) even though the draft
 * itself is never built; the content check refuses such links with this.
 */

/** Files published beside an essay's page under its id: the citation files. */
const CITATION_SUFFIX = /\.(?:bib|ris|json)$/;

/**
 * The id, among `ids`, of the essay whose page or files `url` leads to, read from the page at
 * `from` (a site path, for relative links). Any host counts: the id shows in the address
 * whatever the host, and the site may be served under a base path, so an address whose path
 * contains `/essays/<id>` anywhere counts.
 */
export function linkedEssay(url: string, from: string, ids: ReadonlySet<string>): string | undefined {
  if (ids.size === 0) return undefined;
  let path: string;
  try {
    const parsed = new URL(url, `http://archive.invalid${from}`);
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return undefined;
    path = decodeURIComponent(parsed.pathname).toLowerCase();
  } catch {
    return undefined;
  }
  for (let at = path.indexOf('/essays/'); at !== -1; at = path.indexOf('/essays/', at + 1)) {
    const segments = path
      .slice(at + '/essays/'.length)
      .split('/')
      .filter((segment) => segment !== '');
    for (let length = 1; length <= segments.length; length++) {
      const id = segments.slice(0, length).join('/');
      if (ids.has(id)) return id;
      if (length === segments.length && ids.has(id.replace(CITATION_SUFFIX, ''))) return id.replace(CITATION_SUFFIX, '');
    }
  }
  return undefined;
}
