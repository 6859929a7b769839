/**
 * What the sanitiser (lib/sanitise.ts) would take out of a Markdown or MDX body, found where the
 * editor wrote it, so that the content check can say so with the file and line. The body is
 * parsed as the site parses it (Sätteri, Markdown or MDX), so code spans and blocks are code and
 * HTML is HTML exactly as on the page; each piece of HTML the editor wrote (a raw tag or block,
 * an MDX tag in lowercase) and each link and image address is then put to the sanitiser itself.
 * What it removes is reported; nothing here decides what is safe.
 */
import type { Element, ElementContent, Root, RootContent } from 'hast';
import { markdownToHast, mdxToHast } from 'satteri';
import { elementsOf, parseHtml, removals, type Removal } from './sanitise.ts';

export interface RawHtmlFinding {
  /** 0-based character offset in the body. */
  offset: number;
  message: string;
  /** A warning: the text is published without it. An error: the build stops. */
  severity: 'error' | 'warning';
}

/** Astro's placeholder for a body's images, which it fills in from what the placeholder says. */
const IMAGE_PLACEHOLDER = '__ASTRO_IMAGE_';

/** The Markdown the site renders with (Astro's defaults for Sätteri). */
const FEATURES = { gfm: true, smartPunctuation: true };

const shown = (url: string) => JSON.stringify(url.length > 60 ? `${url.slice(0, 60)}…` : url);

/** What an editor reads about one removal. */
function removalMessage(removal: Removal): string {
  switch (removal.kind) {
    case 'element':
      return removal.withContent
        ? `<${removal.tag}> is not published, nor anything inside it: the site publishes no scripts, styles, embedded pages, media or drawings from the text; remove it`
        : `<${removal.tag}> is not published (the text inside it is): it is not one of the HTML tags the site publishes, listed in docs/editing.md; remove the tag`;
    case 'attribute':
      if (/^on/i.test(removal.attribute))
        return `the ${removal.attribute} attribute of <${removal.tag}> is not published: the site publishes no scripts; remove it`;
      if (removal.attribute === 'style')
        return `the style attribute of <${removal.tag}> is not published: the site's stylesheet sets how the text looks; remove it`;
      return `the ${removal.attribute} attribute of <${removal.tag}> is not published: it is not one of the attributes the site publishes, listed in docs/editing.md; remove it`;
    case 'url':
      return `the address ${shown(removal.url)} (${removal.attribute} of <${removal.tag}>) is not published: only https:, http: and mailto: addresses and site paths are; correct it or remove it`;
  }
}

/** A piece of the body put to the sanitiser, and where it was written. */
interface Piece {
  tree: Root;
  /** Offset of the piece in the body. */
  offset: number;
  /** The HTML as written, to find each element and attribute in; none for a Markdown link or image. */
  written?: string;
  /** Markdown links and images: only their addresses are the editor's to correct. */
  urlsOnly?: boolean;
  /** An MDX tag, written inside its lowercase ancestors: only the last element is its. */
  only?: number;
}

type AnyNode = RootContent | ElementContent | { type: string; [key: string]: unknown };

type Positioned = { position?: { start?: { offset?: number }; end?: { offset?: number } } };
const startOf = (node: AnyNode) => (node as Positioned).position?.start?.offset ?? 0;
const endOf = (node: AnyNode) => (node as Positioned).position?.end?.offset ?? startOf(node);

/**
 * The raw HTML among one parent's children, as one piece: the source from the first to the
 * last, with everything between them (Markdown text, code) blanked out. The tags are then read
 * together, as the browser reads them in the page: a <script> inside an <svg> is the svg's,
 * even when Markdown split the two into separate raw nodes. Offsets stay the source's.
 */
function rawPiece(body: string, raws: readonly AnyNode[]): Piece {
  const offset = startOf(raws[0]!);
  let written = '';
  let at = offset;
  for (const raw of raws) {
    written += body.slice(at, startOf(raw)).replace(/[^\n]/g, ' ') + body.slice(startOf(raw), endOf(raw));
    at = endOf(raw);
  }
  return { tree: parseHtml(written), offset, written };
}

/** An MDX tag in lowercase (an HTML element) as HTML, with the attributes written as text. */
function jsxAsHtml(node: { name: string; attributes: unknown[] }): string {
  const attributes = node.attributes.flatMap((attribute) => {
    const { type, name, value } = attribute as { type: string; name?: string; value?: unknown };
    if (type !== 'mdxJsxAttribute' || !name) return [];
    const html = name === 'className' ? 'class' : name === 'htmlFor' ? 'for' : name;
    if (value === null || value === undefined) return [html];
    // A value computed in `{…}` is the MDX check's to refuse (validation/mdx-subset).
    return typeof value === 'string' ? [`${html}="${value.replace(/&/g, '&amp;').replace(/"/g, '&quot;')}"`] : [];
  });
  return `<${[node.name, ...attributes].join(' ')}>`;
}

/** The pieces of a parsed body: raw HTML, MDX tags in lowercase, and Markdown links and images. */
function piecesOf(body: string, tree: Root): Piece[] {
  const pieces: Piece[] = [];
  const walk = (nodes: readonly AnyNode[], tags: readonly string[] = []) => {
    const raws = nodes.filter((node) => node.type === 'raw');
    if (raws.length > 0) pieces.push(rawPiece(body, raws));
    for (const node of nodes) {
      if (node.type === 'element') {
        const element = node as Element;
        if (element.tagName === 'a' || element.tagName === 'img') {
          const alone: Element = { ...element, children: [] };
          pieces.push({ tree: { type: 'root', children: [alone] }, offset: startOf(node), urlsOnly: true });
        }
        walk(element.children, tags);
      } else if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
        const jsx = node as unknown as { name: string | null; attributes: unknown[]; children: AnyNode[] };
        // Components (capitalised) and fragments are the MDX check's; their children are still walked.
        if (jsx.name && /^[a-z]/.test(jsx.name)) {
          // Written inside its ancestors, so that a <td> is judged inside its <table>.
          const parsed = parseHtml(tags.map((tag) => `<${tag}>`).join('') + jsxAsHtml({ name: jsx.name, attributes: jsx.attributes }));
          const own = elementsOf(parsed).findLastIndex((element) => element.tagName === jsx.name);
          if (own >= 0) pieces.push({ tree: parsed, offset: startOf(node), only: own });
          walk(jsx.children, [...tags, jsx.name]);
        } else walk(jsx.children, tags);
      } else if ('children' in node && Array.isArray(node.children)) {
        walk(node.children as AnyNode[], tags);
      }
    }
  };
  walk(tree.children);
  return pieces;
}

/**
 * Where, in `written`, the element at `index` of `tree` starts: the nth start tag of its name
 * for the nth element of that name. `attribute`, when given, is looked for inside that tag.
 */
function locate(written: string, tree: Root, index: number, attribute?: string): number {
  const elements = elementsOf(tree);
  const tag = elements[index]!.tagName;
  const nth = elements.slice(0, index).filter((element) => element.tagName === tag).length;
  const starts = [...written.matchAll(new RegExp(`<${literal(tag)}(?=[\\s/>]|$)`, 'gi'))];
  const start = starts[nth]?.index ?? starts[0]?.index ?? 0;
  if (!attribute) return start;
  const inTag = written.slice(start).search(new RegExp(`[\\s/"']${literal(attribute)}(?=[\\s=/>]|$)`, 'i'));
  return inTag < 0 ? start : start + inTag + 1;
}

/** `text` as a regular expression that matches it literally (a tag name may hold "(" or "*"). */
function literal(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The body as the site parses it, or nothing when MDX does not parse (another check says why). */
function parse(body: string, mdx: boolean): Root | undefined {
  try {
    return (mdx ? mdxToHast(body, { features: FEATURES }) : markdownToHast(body, { features: FEATURES })) as unknown as Root;
  } catch {
    return undefined;
  }
}

/** Everything in `body` the sanitiser would not publish, in order of appearance. */
export function findRawHtml(body: string, { mdx = false } = {}): RawHtmlFinding[] {
  const findings: RawHtmlFinding[] = [];
  for (let at = body.indexOf(IMAGE_PLACEHOLDER); at >= 0; at = body.indexOf(IMAGE_PLACEHOLDER, at + 1)) {
    findings.push({
      offset: at,
      severity: 'error',
      message: `uses the name ${IMAGE_PLACEHOLDER}, which the site keeps for its own images; remove it, and add images as ![what it shows](./file.jpg)`,
    });
  }
  const tree = parse(body, mdx);
  for (const piece of tree ? piecesOf(body, tree) : []) {
    for (const removal of removals(piece.tree)) {
      if (piece.urlsOnly && removal.kind !== 'url') continue;
      if (piece.only !== undefined && removal.index !== piece.only) continue;
      const attribute = removal.kind === 'element' ? undefined : removal.attribute;
      const within = piece.written === undefined ? 0 : locate(piece.written, piece.tree, removal.index, attribute);
      findings.push({ offset: piece.offset + within, severity: 'warning', message: removalMessage(removal) });
    }
  }
  return findings.sort((a, b) => a.offset - b.offset);
}
