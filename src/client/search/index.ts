/**
 * The search page, in the browser: reads the state from the URL, asks Pagefind, renders
 * results and filter counts, and writes the state back to the URL. Loaded by /search/ only.
 */
import { FILTER_KEYS, type FilterKey } from '../../lib/search-record.ts';
import {
  describeCount,
  isEmpty,
  pagefindFilters,
  pagefindSort,
  parseSearchState,
  toSearchParams,
  type SearchPageWords,
  type SearchState,
} from '../../lib/search-state.ts';
import { segmentWords } from '../../lib/segment.ts';
import { element } from './dom.ts';
import { renderFilters, toggledFilter } from './filters.ts';
import { loadPagefind, type FilterCounts, type Pagefind, type PagefindResult, type PagefindSearch } from './pagefind.ts';
import { resultItem } from './results.ts';

/** Results shown at once: each one fetches its fragment (about 2.7 KB), so the first answer stays small. */
const PAGE_SIZE = 10;

/** Counts for each filter value, as if it were ticked: a group's own choices are left out of its counts. */
async function facetCounts(pagefind: Pagefind, term: string | null, main: PagefindSearch, state: SearchState): Promise<FilterCounts> {
  const counts: FilterCounts = { ...main.filters };
  for (const key of FILTER_KEYS) {
    if (!state.filters[key]) continue;
    const others = await pagefind.search(term, { filters: pagefindFilters(state.filters, key as FilterKey) });
    if (others?.filters[key]) counts[key] = others.filters[key]!;
  }
  return counts;
}

export function startSearch(): void {
  const root = element<HTMLElement>(document, '[data-search]');
  const form = element<HTMLFormElement>(root, '[data-search-form]');
  const input = element<HTMLInputElement>(root, '[data-search-input]');
  const sort = element<HTMLSelectElement>(root, '[data-search-sort]');
  const status = element<HTMLElement>(root, '[data-search-status]');
  const filtersPanel = element<HTMLElement>(root, '[data-search-filters]');
  const clear = element<HTMLButtonElement>(root, '[data-search-clear]');
  const list = element<HTMLOListElement>(root, '[data-search-results]');
  const more = element<HTMLButtonElement>(root, '[data-search-more]');
  // The page's words, in its interface language (search.astro).
  const words = JSON.parse(root.dataset.words ?? '{}') as SearchPageWords;

  let state: SearchState = parseSearchState(new URLSearchParams(location.search));
  let pagefind: Pagefind | undefined;
  let results: PagefindResult[] = [];
  let shown = 0;
  // Each run takes the next number; a run whose number is no longer the latest stops.
  let generation = 0;

  input.value = state.query;
  sort.value = state.sort;

  function writeUrl() {
    const params = toSearchParams(state).toString();
    history.replaceState(null, '', `${location.pathname}${params ? `?${params}` : ''}`);
  }

  async function showMore() {
    const batch = results.slice(shown, shown + PAGE_SIZE);
    const mine = generation;
    const data = await Promise.all(batch.map((result) => result.data()));
    if (mine !== generation) return;
    const firstNew = list.children.length;
    list.append(...data.map((item) => resultItem(item, document.documentElement.lang)));
    shown += batch.length;
    more.hidden = shown >= results.length;
    if (firstNew > 0) list.querySelectorAll<HTMLAnchorElement>('a')[firstNew]?.focus();
  }

  async function runSearch(mine: number, engine: Pagefind) {
    list.replaceChildren();
    more.hidden = true;
    shown = 0;
    results = [];
    if (isEmpty(state)) {
      const counts = await engine.filters();
      if (mine !== generation) return;
      renderFilters(filtersPanel, clear, counts, state, words.locale);
      status.textContent = words.prompt;
      return;
    }
    const term = state.query ? segmentWords(state.query) : null;
    const search = await engine.search(term, { filters: pagefindFilters(state.filters), sort: pagefindSort(state) });
    if (!search || mine !== generation) return;
    results = search.results;
    const counts = await facetCounts(engine, term, search, state);
    if (mine !== generation) return;
    renderFilters(filtersPanel, clear, counts, state, words.locale);
    await showMore();
    if (mine !== generation) return;
    // Announced once the results are on the page.
    status.textContent = describeCount(results.length, state, words.count);
  }

  /**
   * Runs the current search. The results list is `aria-busy` until the latest run has put its
   * results and status on the page (a superseded run leaves that to the one after it).
   */
  async function run() {
    const mine = ++generation;
    writeUrl();
    if (!pagefind) return;
    list.setAttribute('aria-busy', 'true');
    try {
      await runSearch(mine, pagefind);
    } finally {
      if (mine === generation) list.setAttribute('aria-busy', 'false');
    }
  }

  let timer: number | undefined;
  input.addEventListener('input', () => {
    window.clearTimeout(timer);
    timer = window.setTimeout(() => {
      state = { ...state, query: input.value.trim() };
      void run();
    }, 250);
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    window.clearTimeout(timer);
    state = { ...state, query: input.value.trim() };
    void run();
  });
  sort.addEventListener('change', () => {
    state = { ...state, sort: sort.value === 'date' ? 'date' : 'relevance' };
    void run();
  });
  filtersPanel.addEventListener('change', (event) => {
    const box = event.target;
    if (!(box instanceof HTMLInputElement) || box.type !== 'checkbox') return;
    state = toggledFilter(state, box);
    void run();
  });
  filtersPanel.addEventListener(
    'toggle',
    (event) => {
      if (event.target instanceof HTMLDetailsElement) event.target.dataset.touched = 'true';
    },
    true,
  );
  clear.addEventListener('click', () => {
    state = { ...state, filters: {} };
    void run().then(() => input.focus());
  });
  more.addEventListener('click', () => void showMore());

  status.textContent = words.loading;
  loadPagefind(root.dataset.base ?? '/')
    .then(async (module) => {
      pagefind = module;
      await run();
    })
    .catch(() => {
      list.setAttribute('aria-busy', 'false');
      status.textContent = root.dataset.dev === 'true' ? words.notBuilt : words.unavailable;
    });
}
