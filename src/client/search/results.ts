/** Search results as list items: title link, type and date, and the excerpt with its highlights. */
import { joinSegmented } from '../../lib/segment.ts';
import type { PagefindResultData } from './pagefind.ts';

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

/** One result as a list item of the results list. */
export function resultItem(item: PagefindResultData): HTMLLIElement {
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
  return li;
}
