/**
 * Every address the site publishes, as files of the output folder: one list, from which the
 * content check refuses old addresses (aliases) that would take one of them, and which the
 * build compares with what it wrote, so that a new page, feed or file cannot be left out of it
 * (integrations/content-integrity.ts). A route added to src/pages/ or a file an integration
 * writes belongs here too.
 */
import { DATASETS } from './open-data.ts';
import { aliasOutputFile, attachmentPath, entryPath, essayListPath, languageFeedPath, RESERVED_PAGE_IDS } from './urls.ts';
import { COLLECTION_NAMES, type CollectionName } from '../schemas/fields.ts';

/** A record the site builds pages for, with the file names of its attachments (essays). */
interface AddressedEntry {
  collection: CollectionName;
  id: string;
  attachments?: readonly string[];
  /** The original an essay translates: the essay list counts works, each once (lib/translations.ts). */
  translationOf?: string | undefined;
  /** The language an essay is written in: each language has a feed. */
  lang?: string;
}

/** A file the site writes, relative to the output folder ("essays/x/index.html"). */
export interface SiteFile {
  file: string;
  /** What lives there, for editors: "the search page", "the feed /rss.xml". */
  what: string;
  /** The record whose page, feed or file it is. */
  entry?: { collection: CollectionName; id: string };
  /** A page for readers (HTML), rather than a feed, data or other file. */
  page: boolean;
}

interface SiteAddressInput {
  /** The records whose pages are built (the content check passes every record, published or not). */
  entries: readonly AddressedEntry[];
  /** Files of public/, relative to it, copied as they are. */
  publicFiles: readonly string[];
  essaysPerPage: number;
  /** Whether the browser editor is written to /admin/. */
  cms: boolean;
}

/**
 * Folders whose whole content belongs to the build, however many files they hold: Astro's
 * hashed assets, the search index, the essay list's pages (their number grows with the archive).
 */
const BUILD_FOLDERS = ['_astro/', 'pagefind/', 'essays/page/'] as const;

/** Files that come in numbered series: the sitemap is split every 45,000 addresses. */
const NUMBERED_FILES = /^sitemap-\d+\.xml$/;

/**
 * Top-level names no old address may use: the site's own sections and generated folders, and
 * names hosts give a meaning (Netlify's and Cloudflare's `_headers`, `_redirects`,
 * `_routes.json`, `_worker.js` all start with "_"; GitHub Pages reads `CNAME`).
 */
const RESERVED_TOP_NAMES = [...RESERVED_PAGE_IDS.filter((name) => !(COLLECTION_NAMES as readonly string[]).includes(name)), 'cname'];

const SECTION_NAMES: Record<Exclude<CollectionName, 'pages'>, string> = {
  essays: 'the list of essays',
  dialogues: 'the list of dialogues',
  partners: 'the list of partners',
  people: 'the list of people',
  topics: 'the list of topics',
};

/** Every file the site writes for `input`, except old-address pages and what Astro and Pagefind write in _astro/ and pagefind/. */
export function siteFiles({ entries, publicFiles, essaysPerPage, cms }: SiteAddressInput): SiteFile[] {
  const files: SiteFile[] = [];
  const page = (path: string, what: string, entry?: SiteFile['entry']) =>
    files.push({ file: aliasOutputFile(path), what, page: true, ...(entry ? { entry } : {}) });
  const file = (path: string, what: string, entry?: SiteFile['entry']) =>
    files.push({ file: path.slice(1), what: `${what} ${path}`, page: false, ...(entry ? { entry } : {}) });

  page('/', 'the home page');
  files.push({ file: '404.html', what: 'the "page not found" page', page: true });
  page('/search/', 'the search page');
  page('/feeds/', 'the list of feeds');
  page('/data/', 'the open data page');
  file('/data/index.json', 'the data file');
  for (const dataset of DATASETS) file(`/data/${dataset}.json`, 'the data file');
  file('/rss.xml', 'the feed');
  file('/dialogues/rss.xml', 'the feed');
  file('/rss.xsl', "the feeds' stylesheet");
  file('/robots.txt', 'the file');
  file('/sitemap-index.xml', 'the sitemap');
  file('/sitemap-0.xml', 'the sitemap');
  file('/_headers', 'the host file');
  file('/_redirects', 'the host file');
  if (cms) {
    page('/admin/', 'the browser editor');
    file('/admin/config.yml', "the browser editor's file");
  }
  for (const [section, what] of Object.entries(SECTION_NAMES)) page(`/${section}/`, what);
  const works = new Set(entries.filter((e) => e.collection === 'essays').map((e) => e.translationOf ?? e.id)).size;
  for (let n = 2; n <= Math.ceil(works / essaysPerPage); n++) page(essayListPath(n), `page ${n} of the list of essays`);
  const languages = new Set(entries.flatMap((e) => (e.collection === 'essays' && e.lang ? [e.lang.toLowerCase()] : [])));
  for (const lang of [...languages].sort()) file(languageFeedPath(lang), 'the feed');
  for (const { collection, id, attachments = [] } of entries) {
    const entry = { collection, id };
    page(entryPath(collection, id), `the page of ${collection}/${id}`, entry);
    if (collection === 'topics' || collection === 'partners' || collection === 'people') {
      file(`/${collection}/${id}/rss.xml`, 'the feed', entry);
    }
    if (collection === 'essays') {
      for (const extension of ['bib', 'ris', 'json']) file(`/essays/${id}.${extension}`, 'the citation file', entry);
      for (const name of attachments) file(attachmentPath(id, name), 'the attachment', entry);
    }
  }
  for (const name of publicFiles) files.push({ file: name, what: `the file /${name} (copied from public/)`, page: false });
  return files;
}

/**
 * The key two output files are compared by: letter case ignored (a build on macOS or Windows
 * would write `Search/index.html` over `search/index.html`), and `index.htm` read as
 * `index.html`, which some servers answer for the folder.
 */
export function addressKey(file: string): string {
  return file.toLowerCase().replace(/(^|\/)index\.htm$/, '$1index.html');
}

/** The folders above an output file: `a/b/index.html` → `a`, `a/b`. */
export function foldersAbove(file: string): string[] {
  const parts = file.split('/');
  return parts.slice(0, -1).map((_, i) => parts.slice(0, i + 1).join('/'));
}

/**
 * The part of the site an old address may not enter, if any, as written for editors
 * ("/_headers", "/pagefind/", "/essays/page/").
 */
export function reservedPart(alias: string): string | undefined {
  const parts = alias.split('/').filter(Boolean);
  const top = parts[0] ?? '';
  const name = top.toLowerCase();
  if (name.startsWith('_') || RESERVED_TOP_NAMES.includes(name) || /^404\.html?$/.test(name)) {
    return parts.length > 1 || alias.endsWith('/') ? `/${top}/` : `/${top}`;
  }
  const nested = BUILD_FOLDERS.find((folder) => `${parts.join('/')}/`.toLowerCase().startsWith(folder));
  return nested ? `/${nested}` : undefined;
}

/** Whether an output file belongs to the build without being listed one by one. */
export function inBuildFolders(file: string): boolean {
  return BUILD_FOLDERS.some((folder) => file.startsWith(folder)) || NUMBERED_FILES.test(file);
}
