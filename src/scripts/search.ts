/**
 * The search page, in the browser: reads the state from the URL, asks Pagefind, renders
 * results and filter counts, and writes the state back to the URL. Loaded by /search/ only;
 * Pagefind's own code and index files are fetched on first use.
 */
import { FILTER_KEYS, type FilterKey } from '../lib/search-record.ts';
import { describeCount, isEmpty, pagefindFilters, pagefindSort, parseSearchState, toSearchParams, type SearchState } from '../lib/search-state.ts';
import { joinSegmented, segmentWords } from '../lib/segment.ts';

interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
}
interface PagefindResult {
  id: string;
  data(): Promise<PagefindResultData>;
}
type FilterCounts = Record<string, Record<string, number>>;
interface PagefindSearch {
  results: PagefindResult[];
  filters: FilterCounts;
}
interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(term: string | null, options?: Record<string, unknown>): Promise<PagefindSearch | null>;
  filters(): Promise<FilterCounts>;
}

/** Results shown at once: each one fetches its fragment (about 2.7 KB), so the first answer stays small. */
const PAGE_SIZE = 10;

function element<T extends Element>(root: ParentNode, selector: string): T {
  const found = root.querySelector<T>(selector);
  if (!found) throw new Error(`search page is missing ${selector}`);
  return found;
}

/** Copies Pagefind's excerpt keeping only text and <mark>, whatever the excerpt holds. */
function excerptNodes(html: string): DocumentFragment {
  const template = document.createElement('template');
  template.innerHTML = joinSegmented(html);
  const out = document.createDocumentFragment();
  const copy = (node: Node, into: Node) => {
    node.childNodes.forEach((child) => {
      if (child.nodeType === Node.TEXT_NODE) into.appendChild(document.createTextNode(child.textContent ?? ''));
      else if (child instanceof HTMLElement && child.tagName === 'MARK') {
        const mark = document.createElement('mark');
        copy(child, mark);
        into.appendChild(mark);
      } else copy(child, into);
    });
  };
  copy(template.content, out);
  return out;
}

/** A stable element id for a filter value, so focus survives re-rendering. */
function filterId(key: string, value: string): string {
  let hash = 0;
  for (const char of value) hash = (Math.imul(hash, 31) + char.codePointAt(0)!) >>> 0;
  return `filter-${key}-${value.normalize('NFKD').replace(/[^\p{L}\p{N}]+/gu, '-').slice(0, 40)}-${hash.toString(36)}`;
}

function filterOption(key: string, name: string, id: string): HTMLLIElement {
  const item = document.createElement('li');
  const box = document.createElement('input');
  box.type = 'checkbox';
  box.id = id;
  box.name = key;
  box.value = name;
  const label = document.createElement('label');
  label.htmlFor = id;
  label.textContent = `${name} `;
  const count = document.createElement('span');
  count.className = 'count';
  label.append(count);
  item.append(box, label);
  return item;
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
  const base = root.dataset.base ?? '/';

  let state: SearchState = parseSearchState(new URLSearchParams(location.search));
  let pagefind: Pagefind | undefined;
  let results: PagefindResult[] = [];
  let shown = 0;
  let generation = 0;

  input.value = state.query;
  sort.value = state.sort;

  function writeUrl() {
    const params = toSearchParams(state).toString();
    history.replaceState(null, '', `${location.pathname}${params ? `?${params}` : ''}`);
  }

  function renderFilters(counts: FilterCounts) {
    filtersPanel.hidden = false;
    for (const key of FILTER_KEYS) {
      const group = element<HTMLDetailsElement>(filtersPanel, `[data-filter-group="${key}"]`);
      const options = element<HTMLUListElement>(group, '[data-filter-options]');
      const values = counts[key] ?? {};
      const chosen = state.filters[key] ?? [];
      const names = [...new Set([...Object.keys(values), ...chosen])].sort((a, b) =>
        key === 'year' ? b.localeCompare(a) : a.localeCompare(b, 'en', { sensitivity: 'base' }),
      );
      const visible = names.filter((name) => (values[name] ?? 0) > 0 || chosen.includes(name));
      group.hidden = visible.length === 0;
      if (chosen.length > 0) group.open = true;
      else if (!group.dataset.touched && (key === 'type' || key === 'topic')) group.open = true;
      // Update the options in place: a box that is kept keeps its focus and its place for screen readers.
      const existing = new Map([...options.children].map((item) => [item.querySelector('input')?.id ?? '', item as HTMLLIElement]));
      const items = visible.map((name) => {
        const id = filterId(key, name);
        const item = existing.get(id) ?? filterOption(key, name, id);
        const box = item.querySelector('input')!;
        box.checked = chosen.includes(name);
        item.querySelector('.count')!.textContent = `(${values[name] ?? 0})`;
        return item;
      });
      items.forEach((item, index) => {
        if (options.children[index] !== item) options.insertBefore(item, options.children[index] ?? null);
      });
      while (options.children.length > items.length) options.lastElementChild!.remove();
    }
    clear.hidden = Object.keys(state.filters).length === 0;
  }

  async function showMore() {
    const batch = results.slice(shown, shown + PAGE_SIZE);
    const mine = generation;
    const data = await Promise.all(batch.map((result) => result.data()));
    if (mine !== generation) return;
    const firstNew = list.children.length;
    for (const item of data) {
      const li = document.createElement('li');
      li.className = 'record search-result';
      const heading = document.createElement('h3');
      heading.className = 'record-title';
      const link = document.createElement('a');
      link.href = item.url;
      link.textContent = item.meta.title ?? item.url;
      heading.append(link);
      const meta = document.createElement('p');
      meta.className = 'record-meta';
      for (const part of [item.meta.type, item.meta.date]) {
        if (!part) continue;
        const span = document.createElement('span');
        span.textContent = part;
        meta.append(span);
      }
      const excerpt = document.createElement('p');
      excerpt.className = 'record-summary';
      excerpt.append(excerptNodes(item.excerpt));
      li.append(heading, meta, excerpt);
      list.append(li);
    }
    shown += batch.length;
    more.hidden = shown >= results.length;
    if (firstNew > 0) list.querySelectorAll<HTMLAnchorElement>('a')[firstNew]?.focus();
  }

  /** Counts for each filter value, as if it were ticked: a group's own choices are left out of its counts. */
  async function facetCounts(term: string | null, main: PagefindSearch): Promise<FilterCounts> {
    const counts: FilterCounts = { ...main.filters };
    for (const key of FILTER_KEYS) {
      if (!state.filters[key]) continue;
      const others = await pagefind!.search(term, { filters: pagefindFilters(state.filters, key as FilterKey) });
      if (others?.filters[key]) counts[key] = others.filters[key]!;
    }
    return counts;
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

  async function runSearch(mine: number, pagefind: Pagefind) {
    list.replaceChildren();
    more.hidden = true;
    shown = 0;
    results = [];
    if (isEmpty(state)) {
      const counts = await pagefind.filters();
      if (mine !== generation) return;
      renderFilters(counts);
      status.textContent = 'Type words to search, or choose filters to browse the archive.';
      return;
    }
    const term = state.query ? segmentWords(state.query) : null;
    const search = await pagefind.search(term, { filters: pagefindFilters(state.filters), sort: pagefindSort(state) });
    if (!search || mine !== generation) return;
    results = search.results;
    const counts = await facetCounts(term, search);
    if (mine !== generation) return;
    renderFilters(counts);
    await showMore();
    if (mine !== generation) return;
    // Announced once the results are on the page.
    status.textContent = describeCount(results.length, state);
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
    const key = box.name as FilterKey;
    const current = new Set(state.filters[key] ?? []);
    if (box.checked) current.add(box.value);
    else current.delete(box.value);
    const filters = { ...state.filters };
    if (current.size > 0) filters[key] = [...current];
    else delete filters[key];
    state = { ...state, filters };
    void run();
  });
  filtersPanel.addEventListener('toggle', (event) => {
    if (event.target instanceof HTMLDetailsElement) event.target.dataset.touched = 'true';
  }, true);
  clear.addEventListener('click', () => {
    state = { ...state, filters: {} };
    void run().then(() => input.focus());
  });
  more.addEventListener('click', () => void showMore());

  status.textContent = 'Loading search…';
  const bundle = `${base.replace(/\/$/, '')}/pagefind/pagefind.js`;
  import(/* @vite-ignore */ bundle)
    .then(async (module: Pagefind) => {
      // Result URLs are written with the base path already (search-index.ts), so Pagefind must not add it again.
      await module.options({ basePath: `${base.replace(/\/$/, '')}/pagefind/`, baseUrl: '/', excerptLength: 24 });
      await module.init();
      // Loads the filter index: until it is loaded, searches report no filter counts.
      await module.filters();
      pagefind = module;
      await run();
    })
    .catch(() => {
      list.setAttribute('aria-busy', 'false');
      status.textContent =
        root.dataset.dev === 'true'
          ? 'The search index has not been built yet. It is made by `npm run build`: run it once (then `npm run preview`, or restart `npm run dev`, which serves the last built index).'
          : 'Search is not available right now. Browse the archive from the menu instead.';
    });
}
