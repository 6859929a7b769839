/**
 * URL paths of the site, without the base path. URLs are part of the editors' contract
 * (docs/content-model.md): change them only with aliases for the old ones.
 */
import type { CollectionName } from '../schemas/fields.ts';

/** Path of an entry's page: `/essays/<id>/`; standalone pages live at `/<id>/`. */
export function entryPath(collection: CollectionName, id: string): string {
  return collection === 'pages' ? `/${id}/` : `/${collection}/${id}/`;
}

/** Path of page `n` (1-based) of the essay list. */
export function essayListPath(page: number): string {
  return page <= 1 ? '/essays/' : `/essays/page/${page}/`;
}

/**
 * Path of the full-text feed of the essays written in `lang` (a BCP 47 tag):
 * `/feeds/essays/ko.xml`, `/feeds/essays/zh-hant.xml`. Lower case, so the address does not
 * depend on how an editor capitalised the tag; under /feeds/, which no page or old address
 * may take.
 */
export function languageFeedPath(lang: string): string {
  return `/feeds/essays/${lang.toLowerCase()}.xml`;
}

/** Path of an essay's attachment: served beside the essay page under its file name. */
export function attachmentPath(essayId: string, fileName: string): string {
  return `/essays/${essayId}/${fileName}`;
}

/**
 * Top-level names a standalone page cannot take, because a section or a generated file
 * lives there.
 */
export const RESERVED_PAGE_IDS = [
  'essays',
  'dialogues',
  'partners',
  'people',
  'topics',
  'search',
  'data',
  'admin',
  'pagefind',
  'rss',
  'feeds',
  'page',
  '404',
  'assets',
] as const;

/** The file an alias path is written to in `dist/`: `/a/b/` and `/a/b` → `a/b/index.html`; `/a/b.html` stays. */
export function aliasOutputFile(alias: string): string {
  const path = alias.replace(/^\/+/, '');
  if (/\.html?$/i.test(path)) return path;
  const folder = path.replace(/\/+$/, '');
  return folder ? `${folder}/index.html` : 'index.html';
}

/**
 * A site path under the base path the site is served from: `withBase('/essays/', '/archive/')`
 * → `/archive/essays/`. Pages pass the build's base (`BASE` in src/config.ts).
 */
export function withBase(path: string, base: string): string {
  const trimmed = base.endsWith('/') ? base.slice(0, -1) : base;
  return `${trimmed}${path.startsWith('/') ? path : `/${path}`}`;
}
