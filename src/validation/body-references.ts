/**
 * What a body names by address: images, links and, in MDX, imports, each with where it is
 * written. Read with the parser the build renders with (Sätteri, as @astrojs/markdown-satteri
 * and @astrojs/mdx call it), so that the check and the build never disagree about what is an
 * image: a hand-written pattern would miss reference-style images, `<…>` destinations,
 * escapes and entities, and an image the check misses is a file the build reads unchecked.
 * Raw HTML is parsed as HTML (Sätteri's `htmlToHast`), and MDX code is read for its imports
 * with the lexer Vite resolves imports with (es-module-lexer).
 */
import { initSync, parse as lexModule } from 'es-module-lexer';
import { htmlToHast, markdownToMdast, mdxToMdast } from 'satteri';

export interface BodyReference {
  /** image: a file the page shows; link: an address a reader follows; import: a module MDX code loads. */
  kind: 'image' | 'link' | 'import';
  /** The address as the renderer reads it (escapes and entities decoded); for an import that names no literal module, the code. */
  url: string;
  /** Offset in the body (UTF-16 units) where it is written. */
  offset: number;
  /** An import whose module is computed, not written as a literal: it cannot be checked. */
  computed?: boolean;
}

interface Node {
  type: string;
  url?: string;
  identifier?: string;
  value?: unknown;
  name?: string | null;
  tagName?: string;
  properties?: Record<string, unknown>;
  attributes?: Array<{ type: string; name?: string; value?: unknown }>;
  position?: { start: { offset?: number } };
  children?: Node[];
}

/** Elements whose attributes name an image the page shows, or an address a reader follows. */
const IMAGE_ATTRIBUTES: Record<string, readonly string[]> = {
  img: ['src', 'srcSet', 'srcset'],
  source: ['src', 'srcSet', 'srcset'],
  image: ['href', 'xlinkHref', 'xlink:href'],
  input: ['src'],
  video: ['poster'],
};
const LINK_ATTRIBUTES: Record<string, readonly string[]> = {
  a: ['href'],
  area: ['href'],
  form: ['action'],
  blockquote: ['cite'],
  q: ['cite'],
  del: ['cite'],
  ins: ['cite'],
};

let lexerReady = false;

/** Every image, link and import of a Markdown (or, with `mdx`, MDX) body, in the order written. */
export function bodyReferences(body: string, mdx: boolean): BodyReference[] {
  const tree = (mdx ? mdxToMdast : markdownToMdast)(body, { features: { gfm: true } }) as unknown as Node;
  const definitions = new Map<string, string>();
  collectDefinitions(tree, definitions);
  const found: BodyReference[] = [];
  const walk = (node: Node) => {
    const offset = node.position?.start.offset ?? 0;
    switch (node.type) {
      case 'image':
      case 'link':
        found.push({ kind: node.type, url: node.url ?? '', offset });
        break;
      case 'imageReference':
      case 'linkReference': {
        const url = definitions.get(node.identifier ?? '');
        if (url !== undefined) found.push({ kind: node.type === 'imageReference' ? 'image' : 'link', url, offset });
        break;
      }
      case 'html':
        if (typeof node.value === 'string') found.push(...htmlReferences(node.value, offset));
        break;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement':
        found.push(...jsxReferences(node, offset));
        break;
      case 'mdxjsEsm':
        if (typeof node.value === 'string') found.push(...codeImports(node.value, offset));
        break;
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        // The code starts after the opening "{".
        if (typeof node.value === 'string') found.push(...codeImports(node.value, offset + 1));
        break;
    }
    node.children?.forEach(walk);
  };
  walk(tree);
  return found.sort((a, b) => a.offset - b.offset);
}

function collectDefinitions(node: Node, into: Map<string, string>) {
  // The first definition of a label wins, as in CommonMark.
  if (node.type === 'definition' && node.identifier && !into.has(node.identifier)) into.set(node.identifier, node.url ?? '');
  node.children?.forEach((child) => collectDefinitions(child, into));
}

/** Images and links of a piece of raw HTML at `offset`, placed at their value where it can be found. */
function htmlReferences(html: string, offset: number): BodyReference[] {
  const found: BodyReference[] = [];
  const walk = (node: Node) => {
    if (node.type === 'element' && node.tagName) {
      for (const [kind, url] of attributeUrls(node.tagName, (name) => node.properties?.[name])) {
        const at = html.indexOf(url);
        found.push({ kind, url, offset: offset + Math.max(at, 0) });
      }
    }
    node.children?.forEach(walk);
  };
  walk(htmlToHast(html, { fragment: true }) as unknown as Node);
  return found;
}

/** Images, links and imports of an MDX element: its attributes, and the code in `{…}` values. */
function jsxReferences(node: Node, offset: number): BodyReference[] {
  const found: BodyReference[] = [];
  const values = new Map<string, unknown>();
  for (const attribute of node.attributes ?? []) {
    const value = attribute.value as { type?: string; value?: unknown } | string | null | undefined;
    if (attribute.type === 'mdxJsxExpressionAttribute' && typeof value === 'string') found.push(...codeImports(value, offset));
    if (attribute.type !== 'mdxJsxAttribute' || !attribute.name) continue;
    if (typeof value === 'string') values.set(attribute.name, value);
    else if (value && typeof value === 'object' && typeof value.value === 'string') {
      found.push(...codeImports(value.value, offset));
      const literal = /^\s*(['"`])([^'"`\\$]*)\1\s*$/.exec(value.value);
      if (literal) values.set(attribute.name, literal[2]);
    }
  }
  if (node.name) for (const [kind, url] of attributeUrls(node.name, (name) => values.get(name))) found.push({ kind, url, offset });
  return found;
}

/** The URLs an element's attributes name, by kind; `srcset` lists several. */
function attributeUrls(tagName: string, attribute: (name: string) => unknown): Array<['image' | 'link', string]> {
  const urls: Array<['image' | 'link', string]> = [];
  const name = tagName.toLowerCase();
  for (const [kind, table] of [
    ['image', IMAGE_ATTRIBUTES],
    ['link', LINK_ATTRIBUTES],
  ] as const) {
    for (const key of table[name] ?? []) {
      const value = attribute(key);
      if (typeof value !== 'string') continue;
      const list = key.toLowerCase() === 'srcset' ? value.split(',').map((candidate) => candidate.trim().split(/\s+/)[0] ?? '') : [value];
      for (const url of list) if (url.trim()) urls.push([kind, url.trim()]);
    }
  }
  return urls;
}

/** The modules a piece of MDX code imports, statically or with `import(…)`. */
function codeImports(code: string, offset: number): BodyReference[] {
  if (!/\bimport\b/.test(code)) return [];
  if (!lexerReady) {
    initSync();
    lexerReady = true;
  }
  let imports: ReturnType<typeof lexModule>[0];
  try {
    [imports] = lexModule(code);
  } catch {
    return [{ kind: 'import', url: code.trim(), offset, computed: true }];
  }
  return imports.flatMap((specifier): BodyReference[] => {
    // import.meta.glob loads every file a pattern matches
    if (specifier.d === -2) return [{ kind: 'import', url: 'import.meta', offset: offset + specifier.ss, computed: true }];
    if (specifier.n === undefined) {
      return [{ kind: 'import', url: code.slice(specifier.ss, specifier.se), offset: offset + specifier.ss, computed: true }];
    }
    return [{ kind: 'import', url: specifier.n, offset: offset + specifier.ss }];
  });
}
