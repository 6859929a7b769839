/**
 * The archive's one sanitiser. Every piece of HTML made from editors' text (Markdown and MDX
 * bodies, once rendered) goes through `sanitiseHtml` before it reaches a page or a feed, and the
 * content check asks `removals` what it would take out, so that editors are told where.
 *
 * The HTML is parsed into a tree by Sätteri's HTML parser (the site's Markdown processor, which
 * follows the HTML standard's parsing rules, as browsers do), cleaned by hast-util-sanitize (the
 * sanitiser behind rehype-sanitize) against the allowlist below, and written out again by
 * hast-util-to-html. Nothing is decided by matching text: an attribute holding ">" or written
 * after "/", an entity-encoded or whitespace-split "javascript:", are what the parser makes of
 * them, as a browser would. What is not on the allowlist is dropped; URLs keep only the
 * http:, https: and mailto: schemes, or none (site paths, relative paths, #fragments).
 */
import type { Element, ElementContent, Root, RootContent } from 'hast';
import { sanitize, type Schema } from 'hast-util-sanitize';
import { toHtml } from 'hast-util-to-html';
import { find, html as htmlSchema } from 'property-information';
import { htmlToHast } from 'satteri';

const TABLE_PARTS = ['caption', 'colgroup', 'col', 'thead', 'tbody', 'tfoot', 'tr', 'th', 'td'];

/** Elements dropped together with everything inside them: what they hold is code, a document or media, never text to read. */
const DROPPED_WITH_CONTENT = [
  ...['script', 'style', 'template', 'noscript', 'title', 'xmp', 'plaintext', 'textarea', 'select'],
  ...['iframe', 'frame', 'frameset', 'noframes', 'object', 'embed', 'noembed', 'applet', 'canvas', 'audio', 'video'],
  // Inline SVG and MathML: they hold their own scripts, links and <foreignObject> HTML.
  ...['svg', 'math'],
];

/**
 * What editors' HTML may hold: text markup, lists, tables, figures, images and links. Property
 * names are hast's (`className` for class, `srcSet` for srcset). Footnotes, task lists and code
 * blocks come from the Markdown processor with the classes and data attributes listed here.
 */
const SANITISE_SCHEMA: Schema = {
  tagNames: [
    ...['p', 'br', 'hr', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'pre', 'div', 'span', 'section'],
    ...['a', 'abbr', 'b', 'bdi', 'bdo', 'cite', 'code', 'data', 'del', 'dfn', 'em', 'i', 'ins', 'kbd', 'mark', 'q'],
    ...['rp', 'rt', 'ruby', 's', 'samp', 'small', 'strong', 'sub', 'sup', 'time', 'u', 'var', 'wbr'],
    ...['ul', 'ol', 'li', 'dl', 'dt', 'dd', 'details', 'summary', 'figure', 'figcaption', 'img', 'picture', 'source'],
    ...['table', ...TABLE_PARTS],
    // Only as a task-list box, disabled (`required` below).
    'input',
  ],
  strip: DROPPED_WITH_CONTENT,
  // Table parts outside a table would be moved about by the browser's parser; a <source> outside
  // <picture> belongs to media, which is not published.
  ancestors: { ...Object.fromEntries(TABLE_PARTS.map((part) => [part, ['table']])), source: ['picture'] },
  attributes: {
    '*': ['id', 'lang', 'dir', 'title'],
    a: [
      'href',
      'hrefLang',
      // GFM footnotes: the reference, its back link, and what they say to screen readers.
      'dataFootnoteRef',
      'dataFootnoteBackref',
      'ariaDescribedBy',
      'ariaLabel',
      ['className', 'data-footnote-backref'],
    ],
    img: ['src', 'alt', 'width', 'height', 'srcSet', 'sizes', 'loading', 'decoding', 'fetchPriority'],
    source: ['srcSet', 'sizes', 'type', 'media', 'width', 'height'],
    blockquote: ['cite'],
    q: ['cite'],
    del: ['cite', 'dateTime'],
    ins: ['cite', 'dateTime'],
    time: ['dateTime'],
    data: ['value'],
    details: ['open'],
    ol: ['start', 'reversed', 'type', ['className', 'contains-task-list']],
    ul: [['className', 'contains-task-list']],
    li: ['value', ['className', 'task-list-item']],
    input: [['type', 'checkbox'], 'checked', ['disabled', true]],
    code: [['className', /^language-[\w#+.-]+$/]],
    h2: [['className', 'sr-only']],
    section: ['dataFootnotes', ['className', 'footnotes']],
    th: ['colSpan', 'rowSpan', 'headers', 'scope', 'abbr'],
    td: ['colSpan', 'rowSpan', 'headers'],
    col: ['span'],
    colgroup: ['span'],
  },
  required: { input: { type: 'checkbox', disabled: true } },
  protocols: {
    href: ['http', 'https', 'mailto'],
    src: ['http', 'https'],
    srcSet: ['http', 'https'],
    cite: ['http', 'https'],
  },
  // Ids stay as written: headings and footnotes are linked to by them. No data-* attribute other
  // than the footnotes' is allowed, so the page's scripts cannot be fed values from the text.
  clobber: [],
  allowComments: false,
  allowDoctypes: false,
};

/** The attributes that hold URLs, whose schemes are checked. */
const URL_PROPERTIES = new Set(Object.keys(SANITISE_SCHEMA.protocols ?? {}));

/**
 * `html` parsed as a fragment of a page's body. A srcset is split into its candidates, so that
 * the sanitiser checks each candidate's URL on its own (`sanitiseHtml` joins them again).
 */
export function parseHtml(html: string): Root {
  const tree = htmlToHast(html, { fragment: true }) as unknown as Root;
  for (const element of elementsOf(tree)) {
    const srcSet = element.properties['srcSet'];
    if (typeof srcSet === 'string') {
      // hast types srcset as one string; the sanitiser checks each item of a list on its own.
      (element.properties as Record<string, unknown>)['srcSet'] = srcSet
        .split(/,\s+/)
        .map((candidate) => candidate.trim())
        .filter(Boolean);
    }
  }
  return tree;
}

/** The tree with only what the allowlist keeps. */
function sanitiseTree(tree: Root): Root {
  return sanitize(tree, SANITISE_SCHEMA) as Root;
}

/**
 * `html` with only what the allowlist keeps, written out as HTML. Named references ("&amp;"),
 * as Astro writes them, so that code reading URLs out of the HTML (lib/absolute-urls.ts) finds
 * them as before.
 */
export function sanitiseHtml(html: string): string {
  const tree = sanitiseTree(parseHtml(html));
  for (const element of elementsOf(tree)) {
    const srcSet = element.properties['srcSet'];
    // A srcset left with no candidate is dropped: an empty one is not valid HTML.
    if (Array.isArray(srcSet)) element.properties['srcSet'] = srcSet.length > 0 ? srcSet.join(', ') : undefined;
  }
  return toHtml(tree, { characterReferences: { useNamedReferences: true } });
}

/** Every element of a tree, in document order (the order of their start tags). */
export function elementsOf(tree: Root | Element): Element[] {
  const out: Element[] = [];
  const walk = (nodes: ReadonlyArray<RootContent | ElementContent>) => {
    for (const node of nodes) {
      if (node.type !== 'element') continue;
      out.push(node);
      walk(node.children);
      if (node.content) walk(node.content.children);
    }
  };
  walk(tree.children);
  return out;
}

/** The name of an attribute as written in HTML, from hast's name for it (`srcSet` → "srcset"). */
function attributeName(property: string): string {
  return find(htmlSchema, property).attribute;
}

/** Something the sanitiser takes out of a tree. `index` is the element's place in `elementsOf(tree)`. */
export type Removal =
  | { kind: 'element'; index: number; tag: string; withContent: boolean }
  | { kind: 'attribute'; index: number; tag: string; attribute: string }
  | { kind: 'url'; index: number; tag: string; attribute: string; url: string };

const KEY = 'archiveSanitiseIndex';

/**
 * What `sanitiseTree` would remove from `tree`, element by element in document order: the
 * elements it drops (an element dropped with its content hides what is inside it), the
 * attributes it drops, and the URLs it refuses. Decided by running the sanitiser itself on a
 * copy of the tree whose elements are numbered, and comparing.
 */
export function removals(tree: Root): Removal[] {
  const copy = structuredClone(tree);
  const before = elementsOf(copy);
  before.forEach((element, index) => (element.data = { ...element.data, [KEY]: index } as Element['data']));
  const after = new Map<number, Element>();
  for (const element of elementsOf(sanitiseTree(copy))) {
    const index = (element.data as Record<string, unknown> | undefined)?.[KEY];
    if (typeof index === 'number') after.set(index, element);
  }
  const found: Removal[] = [];
  const hidden = new Set<Element>();
  before.forEach((element, index) => {
    if (hidden.has(element)) return;
    const tag = element.tagName;
    const kept = after.get(index);
    if (!kept) {
      const withContent = SANITISE_SCHEMA.strip?.includes(tag) ?? false;
      if (withContent) for (const inner of elementsOf(element)) hidden.add(inner);
      found.push({ kind: 'element', index, tag, withContent });
      return;
    }
    for (const [property, value] of Object.entries(element.properties)) {
      const left = kept.properties[property];
      const dropped = droppedValues(value, left);
      if (dropped.length === 0) continue;
      const attribute = attributeName(property);
      if (URL_PROPERTIES.has(property) && allowedOn(tag, property)) {
        for (const url of dropped) found.push({ kind: 'url', index, tag, attribute, url });
      } else {
        found.push({ kind: 'attribute', index, tag, attribute });
      }
    }
  });
  return found;
}

/** The values of an attribute that did not survive: all of them, or the items of a list that went. */
function droppedValues(value: unknown, left: unknown): string[] {
  if (value === null || value === undefined || value === false) return [];
  const items = (v: unknown) => (Array.isArray(v) ? v.map(String) : v === null || v === undefined ? [] : [String(v)]);
  if (left === undefined || left === null) return items(value).length > 0 ? items(value) : [''];
  const kept = new Set(items(left));
  return items(value).filter((item) => !kept.has(item));
}

/** Whether `property` survives on `tag` with a harmless value: then only its URL was refused. */
function allowedOn(tag: string, property: string): boolean {
  const probe: Root = { type: 'root', children: [{ type: 'element', tagName: tag, properties: { [property]: '/' }, children: [] }] };
  const context = SANITISE_SCHEMA.ancestors?.[tag]?.[0];
  const tree: Root = context
    ? { type: 'root', children: [{ type: 'element', tagName: context, properties: {}, children: probe.children as ElementContent[] }] }
    : probe;
  return elementsOf(sanitiseTree(tree)).some((element) => element.tagName === tag && property in element.properties);
}

const BLOCKS = new Set(['p', 'br', 'hr', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'pre', 'div', 'section', 'li', 'dt', 'dd']);

/**
 * The words a reader sees in `html` once sanitised: its text, with a space where a block ends.
 * What search indexes of a body, so that the index holds exactly what the page shows.
 */
export function visibleText(html: string): string {
  const parts: string[] = [];
  const walk = (nodes: ReadonlyArray<RootContent | ElementContent>) => {
    for (const node of nodes) {
      if (node.type === 'text') parts.push(node.value);
      else if (node.type === 'element') {
        if (node.tagName === 'img' && typeof node.properties['alt'] === 'string') parts.push(` ${node.properties['alt']} `);
        walk(node.children);
        if (BLOCKS.has(node.tagName) || TABLE_PARTS.includes(node.tagName)) parts.push(' ');
      }
    }
  };
  walk(sanitiseTree(parseHtml(html)).children);
  return parts.join('').replace(/\s+/g, ' ').trim();
}
