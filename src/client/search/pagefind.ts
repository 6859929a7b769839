/**
 * The part of Pagefind's browser API the search page uses, and loading it: Pagefind's own
 * code and index files are fetched from the site on first use.
 */

export interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
}
export interface PagefindResult {
  id: string;
  data(): Promise<PagefindResultData>;
}
export type FilterCounts = Record<string, Record<string, number>>;
export interface PagefindSearch {
  results: PagefindResult[];
  filters: FilterCounts;
}
export interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(term: string | null, options?: Record<string, unknown>): Promise<PagefindSearch | null>;
  filters(): Promise<FilterCounts>;
}

/**
 * Pagefind's module for a site served under `base`, ready to search: its filter index is
 * loaded too, since until it is, searches report no filter counts.
 */
export async function loadPagefind(base: string): Promise<Pagefind> {
  const root = base.replace(/\/$/, '');
  const module = (await import(/* @vite-ignore */ `${root}/pagefind/pagefind.js`)) as Pagefind;
  // Result URLs are written with the base path already (integrations/search-index.ts), so Pagefind must not add it again.
  await module.options({ basePath: `${root}/pagefind/`, baseUrl: '/', excerptLength: 24 });
  await module.init();
  await module.filters();
  return module;
}
