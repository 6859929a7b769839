/**
 * Refuses MDX that could run code of its author's choosing on the build machine.
 *
 * An `.mdx` essay's `import`/`export` lines and `{…}` code run when the site is built, with the
 * build's rights: `{process.env.SECRET}` would publish a secret, `import x from '/etc/passwd?raw'`
 * a file. Essays can come from a browser editor, so their authors are not trusted. This check
 * reads the body with Sätteri, the parser the build compiles MDX with (and the same features),
 * and refuses everything outside a small subset (docs/mdx.md, for editors):
 *
 * - tags: HTML-like lowercase names (the raw-HTML check decides which are published) and the
 *   archive's components;
 * - imports: only `import Name from '<specifier>'` for a component, with its exact specifier;
 * - exports: only `export const name = <plain data>` (text, numbers, booleans, null, arrays
 *   and objects of these);
 * - Markdown images: paths of image files (the compile imports them), URLs and site paths;
 * - `{…}` code, in the text and in component attributes: reads of the essay's own exports,
 *   `frontmatter` and arrow-function parameters, operators, calls and short arrow functions;
 *   no global, no `this`, `new`, assignment, prototype property or computed key
 *   (./mdx-subset/expressions.ts).
 *
 * `components` maps each component an essay may use, by the name written in the tag, to the one
 * specifier it may be imported from: `{ Figure: '@archive/components/Figure.astro' }`. An exact
 * specifier rather than a path, because a relative path would differ with the essay's folder
 * depth and a check that resolves paths is itself a way in; the caller picks an alias the build
 * resolves. Today the site gives MDX no components (`<Content />` in
 * src/pages/essays/[...id].astro takes no `components` prop), so the caller passes `{}`: no
 * imports at all, HTML tags only. A component the page passes through `<Content components>`
 * needs no import line; listing it here lets essays use its tag.
 *
 * Call it for `.mdx` bodies only (in a `.md` body none of this is code), with the body that
 * follows the frontmatter; offsets are into that body.
 */
import { mdxToMdast, type MdxJsxAttributeUnion } from 'satteri';
import { MESSAGES } from './mdx-subset/messages.ts';
import { isEmptyCode, parseExpression, parseModule } from './mdx-subset/parse.ts';
import { attributePlaces, offsetOfLineColumn, placer, type Placer } from './mdx-subset/places.ts';
import { checkExpression, type CheckContext } from './mdx-subset/expressions.ts';
import { checkModule } from './mdx-subset/module.ts';
import { attributeProblem, tagProblem } from './mdx-subset/tags.ts';

export interface MdxFinding {
  /** 0-based UTF-16 offset into the body where the refused construct starts. */
  offset: number;
  message: string;
}

export interface MdxSubsetOptions {
  /** Component name (as in `<Figure />`) → the only specifier it may be imported from. */
  components: Readonly<Record<string, string>>;
}

/**
 * What @astrojs/markdown-satteri passes to Sätteri for MDX, so both read the same tree. Astro
 * blanks the file's frontmatter out before compiling, so the body never starts a file there:
 * a second `---` block at the top of the body is Markdown, and its `{…}` code runs. Read as
 * frontmatter here, it would go unchecked.
 */
const BUILD_FEATURES = { gfm: true, smartPunctuation: true, frontmatter: false } as const;

/** The part of Sätteri's mdast this check reads. */
interface MdxNode {
  type: string;
  value?: string;
  url?: string;
  name?: string | null;
  attributes?: MdxJsxAttributeUnion[];
  children?: MdxNode[];
  position?: { start: { offset?: number }; end: { offset?: number } };
}

/** Code found in the body: an import/export block, a `{…}` in the text, or an attribute value. */
interface Piece {
  kind: 'module' | 'text' | 'attribute';
  value: string;
  place: Placer;
}

/** Everything in `body` outside the allowed subset, in order of appearance. */
export function mdxSubsetFindings(body: string, options: MdxSubsetOptions): MdxFinding[] {
  let tree: MdxNode;
  try {
    tree = mdxToMdast(body, { features: BUILD_FEATURES }) as unknown as MdxNode;
  } catch (error) {
    return [unreadable(body, error)];
  }
  const findings: MdxFinding[] = [];
  const pieces: Piece[] = [];
  collect(tree, body, options.components, pieces, findings);

  // Exports are module-wide: every `{…}` may read them, wherever they stand in the file.
  const scope = new Set<string>();
  for (const piece of pieces.filter((p) => p.kind === 'module')) {
    const parsed = parseModule(piece.value);
    if (!parsed) findings.push({ offset: piece.place(0), message: MESSAGES.unreadableEsm() });
    else for (const name of checkModule(parsed.tree, contextFor(piece, parsed.indexOf, options, findings))) scope.add(name);
  }
  for (const piece of pieces.filter((p) => p.kind !== 'module')) {
    const parsed = parseExpression(piece.value);
    if (parsed) checkExpression(parsed.tree, scope, contextFor(piece, parsed.indexOf, options, findings));
    else if (piece.kind === 'attribute' || !isEmptyCode(piece.value))
      findings.push({ offset: piece.place(0), message: MESSAGES.unreadableCode() });
  }
  return dedupe(findings).sort((a, b) => a.offset - b.offset);
}

function contextFor(piece: Piece, indexOf: (node: object) => number, options: MdxSubsetOptions, findings: MdxFinding[]): CheckContext {
  return {
    components: options.components,
    report: (node, message) => findings.push({ offset: piece.place(indexOf(node)), message }),
  };
}

/** Gathers the body's code for parsing, and checks on the spot what needs none: tags, attribute names, images. */
function collect(node: MdxNode, body: string, components: Readonly<Record<string, string>>, pieces: Piece[], findings: MdxFinding[]): void {
  const start = node.position?.start.offset ?? 0;
  const end = node.position?.end.offset ?? body.length;
  const value = node.value ?? '';
  switch (node.type) {
    case 'mdxjsEsm':
      pieces.push({ kind: 'module', value, place: placer(body, start, end, value) });
      break;
    case 'mdxFlowExpression':
    case 'mdxTextExpression':
      pieces.push({ kind: 'text', value, place: placer(body, start + 1, end - 1, value) });
      break;
    case 'image':
      if (importsImage(node.url ?? '')) findings.push({ offset: start, message: MESSAGES.imagePath(node.url ?? '') });
      break;
    case 'mdxJsxFlowElement':
    case 'mdxJsxTextElement': {
      const tag = node.name ?? null;
      const tagIssue = tagProblem(tag, components);
      if (tagIssue) findings.push({ offset: start, message: tagIssue });
      const attributes = node.attributes ?? [];
      const places = attributePlaces(body, start, end, tag, attributes);
      attributes.forEach((attribute, index) => {
        const place = places[index] ?? { at: start, code: () => start };
        if (attribute.type === 'mdxJsxExpressionAttribute') {
          findings.push({ offset: place.at, message: MESSAGES.spread(tag ?? '') });
          return;
        }
        const code = typeof attribute.value === 'object' && attribute.value !== null ? attribute.value.value : undefined;
        const problem = attributeProblem(tag, attribute.name, code !== undefined);
        if (problem) findings.push({ offset: place.at, message: problem });
        else if (code !== undefined) pieces.push({ kind: 'attribute', value: code, place: place.code });
      });
      break;
    }
  }
  for (const child of node.children ?? []) collect(child, body, components, pieces, findings);
}

/** A Markdown image's path the MDX compile would import: an image file, without a query. */
const IMAGE_FILE = /^[^?#]*\.(?:avif|gif|jpe?g|png|svg|tiff?|webp)$/i;

/**
 * True when the build would `import` the image's path as a module, and it is not plainly an
 * image file. Astro's MDX compile imports every image path that is neither a URL nor a site path
 * (`![x](../../../etc/passwd?raw)` becomes `import … from '../../../etc/passwd?raw'`), so a query
 * or a package name would load code or a file's text.
 */
function importsImage(url: string): boolean {
  let path: string;
  try {
    path = decodeURI(url);
  } catch {
    return true;
  }
  if (path === '' || URL.canParse(path) || path.startsWith('/')) return false;
  return !IMAGE_FILE.test(path);
}

/** Sätteri's error, "3:7: Unexpected end of file in expression, … (mdx-jsx:…)", for an editor. */
function unreadable(body: string, error: unknown): MdxFinding {
  const text = error instanceof Error ? error.message : String(error);
  const match = /^(\d+):(\d+):\s*([\s\S]*)$/.exec(text);
  const detail = (match?.[3] ?? text)
    .replace(/^Could not parse (?:expression|esm) with oxc:\s*/, '')
    .replace(/\s*\([\w-]+:[\w-]+\)\s*$/, '')
    // The position in the body, "(4:1)", would contradict the file's line the report names.
    .replace(/\s*\(\d+:\d+(?:-\d+:\d+)?\)\s*$/, '')
    .trim();
  const offset = match ? offsetOfLineColumn(body, Number(match[1]), Number(match[2])) : 0;
  return { offset, message: MESSAGES.unreadable(detail) };
}

function dedupe(findings: MdxFinding[]): MdxFinding[] {
  const seen = new Set<string>();
  return findings.filter((finding) => {
    const key = `${finding.offset}:${finding.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
