/**
 * The state of the search page, kept in its URL so a search can be shared and bookmarked:
 * `/search/?q=climate&type=Essay&topic=The+Pacific&topic=Climate+change&language=ko&sort=date`.
 * Values within one filter are alternatives (any of them); different filters all apply.
 */
import { FILTER_KEYS, type FilterKey } from './search-record.ts';
import type { SearchCountWords } from './i18n/types.ts';

type SortOrder = 'relevance' | 'date';

export interface SearchState {
  query: string;
  filters: Partial<Record<FilterKey, string[]>>;
  sort: SortOrder;
}

/**
 * A language as the index files it: its canonical tag, so that `language=KO` or
 * `language=zh-hant` in a hand-written URL finds what `ko` and `zh-Hant` do. Left as it is
 * when it is not a tag.
 */
function canonicalTag(value: string): string {
  try {
    return Intl.getCanonicalLocales(value.trim())[0] ?? value;
  } catch {
    return value;
  }
}

export function parseSearchState(params: URLSearchParams): SearchState {
  const filters: Partial<Record<FilterKey, string[]>> = {};
  for (const key of FILTER_KEYS) {
    const given = params.getAll(key).filter((v) => v.trim() !== '');
    const values = [...new Set(key === 'language' ? given.map(canonicalTag) : given)];
    if (values.length > 0) filters[key] = values;
  }
  return { query: (params.get('q') ?? '').trim(), filters, sort: params.get('sort') === 'date' ? 'date' : 'relevance' };
}

export function toSearchParams(state: SearchState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.query) params.set('q', state.query);
  for (const key of FILTER_KEYS) for (const value of state.filters[key] ?? []) params.append(key, value);
  if (state.sort === 'date') params.set('sort', 'date');
  return params;
}

/** True when nothing is asked: no words and no filter. */
export function isEmpty(state: SearchState): boolean {
  return state.query === '' && Object.keys(state.filters).length === 0;
}

/** Pagefind's filter object: alternatives within a filter (`any`), every filter applying. */
export function pagefindFilters(filters: SearchState['filters'], without?: FilterKey): Record<string, { any: string[] }> {
  const out: Record<string, { any: string[] }> = {};
  for (const key of FILTER_KEYS) {
    const values = filters[key];
    if (key !== without && values && values.length > 0) out[key] = { any: values };
  }
  return out;
}

/**
 * Pagefind's sort: newest first when asked, or when there are no words to rank by.
 * Every record has a date key (undated ones sort last), so none is dropped.
 */
export function pagefindSort(state: SearchState): Record<string, 'asc' | 'desc'> | undefined {
  return state.sort === 'date' || state.query === '' ? { date: 'desc' } : undefined;
}

/**
 * What the search page's script says, in the interface's language: the page hands it over as
 * data (search.astro), so the script carries no dictionary.
 */
export interface SearchPageWords {
  /** `Intl` locale, to sort filter values. */
  locale: string;
  loading: string;
  prompt: string;
  notBuilt: string;
  unavailable: string;
  count: SearchCountWords;
}

/** The English count (the English dictionary's). */
export const SEARCH_COUNT_WORDS: SearchCountWords = {
  none: 'No results',
  one: '1 result',
  other: '{count} results',
  noneFor: 'No results for “{query}”',
  oneFor: '1 result for “{query}”',
  otherFor: '{count} results for “{query}”',
  filtered: ' with the chosen filters',
};

/** "12 results for “climate”", "1 result", "No results for “xyz” with the chosen filters". */
export function describeCount(count: number, state: SearchState, words: SearchCountWords = SEARCH_COUNT_WORDS): string {
  const plural = count === 0 ? 'none' : count === 1 ? 'one' : 'other';
  const template = state.query ? words[`${plural}For` as const] : words[plural];
  // One pass, so a query that contains "{count}" is shown as typed.
  const what = template.replace(/\{(count|query)\}/gu, (_, name: string) => (name === 'count' ? String(count) : state.query));
  return Object.keys(state.filters).length > 0 ? `${what}${words.filtered}` : what;
}
