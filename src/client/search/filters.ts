/** The filter panel: one group of checkboxes per filter, each value with its count. */
import { filterValueLabel, FILTER_KEYS, type FilterKey } from '../../lib/search-record.ts';
import { textDirection } from '../../lib/text-direction.ts';
import type { SearchState } from '../../lib/search-state.ts';
import { element } from './dom.ts';
import type { FilterCounts } from './pagefind.ts';

/** A stable element id for a filter value, so focus survives re-rendering. */
function filterId(key: string, value: string): string {
  let hash = 0;
  for (const char of value) hash = (Math.imul(hash, 31) + char.codePointAt(0)!) >>> 0;
  return `filter-${key}-${value
    .normalize('NFKD')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .slice(0, 40)}-${hash.toString(36)}`;
}

function filterOption(key: FilterKey, name: string, id: string): HTMLLIElement {
  const item = document.createElement('li');
  const box = document.createElement('input');
  box.type = 'checkbox';
  box.id = id;
  box.name = key;
  box.value = name;
  const label = document.createElement('label');
  label.htmlFor = id;
  if (key === 'language') {
    // A language's name in its own script, marked as such for screen readers and fonts.
    const text = document.createElement('span');
    text.lang = name;
    text.dir = textDirection(name);
    text.textContent = filterValueLabel(key, name);
    label.append(text, ' ');
  } else {
    label.textContent = `${name} `;
  }
  const count = document.createElement('span');
  count.className = 'count';
  label.append(count);
  item.append(box, label);
  return item;
}

/**
 * Shows each group's values with their counts, the chosen ones ticked. Options are updated in
 * place: a box that is kept keeps its focus and its place for screen readers.
 */
export function renderFilters(
  panel: HTMLElement,
  clear: HTMLButtonElement,
  counts: FilterCounts,
  state: SearchState,
  locale: string,
): void {
  panel.hidden = false;
  for (const key of FILTER_KEYS) {
    const group = element<HTMLDetailsElement>(panel, `[data-filter-group="${key}"]`);
    const options = element<HTMLUListElement>(group, '[data-filter-options]');
    const values = counts[key] ?? {};
    const chosen = state.filters[key] ?? [];
    const names = [...new Set([...Object.keys(values), ...chosen])].sort((a, b) =>
      key === 'year'
        ? b.localeCompare(a)
        : filterValueLabel(key, a).localeCompare(filterValueLabel(key, b), locale, { sensitivity: 'base' }),
    );
    const visible = names.filter((name) => (values[name] ?? 0) > 0 || chosen.includes(name));
    group.hidden = visible.length === 0;
    if (chosen.length > 0) group.open = true;
    else if (!group.dataset.touched && (key === 'type' || key === 'topic')) group.open = true;
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

/** The state after the checkbox `box` changed. */
export function toggledFilter(state: SearchState, box: HTMLInputElement): SearchState {
  const key = box.name as keyof SearchState['filters'];
  const current = new Set(state.filters[key] ?? []);
  if (box.checked) current.add(box.value);
  else current.delete(box.value);
  const filters = { ...state.filters };
  if (current.size > 0) filters[key] = [...current];
  else delete filters[key];
  return { ...state, filters };
}
