/** Search results as list items: title link, type and date, and the excerpt with its highlights. */
import { filterValueLabel } from '../../lib/search-record.ts';
import { joinSegmented } from '../../lib/segment.ts';
import { textDirection } from '../../lib/text-direction.ts';
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

/** Marks `element` as written in `lang`, so screen readers speak it and browsers pick its fonts. */
function inLanguage<T extends HTMLElement>(element: T, lang: string | undefined): T {
  if (lang) {
    element.lang = lang;
    element.dir = textDirection(lang);
  }
  return element;
}

/**
 * One result as a list item of the results list. Its title and excerpt are in the record's
 * language; a record in another language than the page's says which, by the language's own name.
 */
export function resultItem(item: PagefindResultData, pageLang: string): HTMLLIElement {
  const { lang } = item.meta;
  const li = document.createElement('li');
  li.className = 'record search-result';
  const heading = document.createElement('h3');
  heading.className = 'record-title';
  const link = inLanguage(document.createElement('a'), lang);
  link.href = item.url;
  link.textContent = item.meta.title ?? item.url;
  if (lang) link.hreflang = lang;
  heading.append(link);
  const meta = document.createElement('p');
  meta.className = 'record-meta';
  for (const part of [item.meta.type, item.meta.date]) {
    if (!part) continue;
    const span = document.createElement('span');
    span.textContent = part;
    meta.append(span);
  }
  if (lang && lang.toLowerCase() !== pageLang.toLowerCase()) {
    const language = inLanguage(document.createElement('span'), lang);
    language.textContent = filterValueLabel('language', lang);
    meta.append(language);
  }
  const excerpt = inLanguage(document.createElement('p'), lang);
  excerpt.className = 'record-summary';
  excerpt.append(excerptNodes(item.excerpt));
  li.append(heading, meta, excerpt);
  return li;
}
