/**
 * Reading content files: finding them in the content folder and splitting each into a
 * YAML frontmatter document (with source positions) and a body.
 */
import { readdirSync, statSync, type BigIntStats } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { isAlias, isMap, isScalar, isSeq, LineCounter, parseDocument, visit, type Document, type Node } from 'yaml';

/** A position in a file, both 1-based, as editors' tools show them. */
export interface Position {
  line: number;
  column: number;
}

/** A content file as read from disk, before any schema is applied. */
export interface SourceFile {
  /** Path relative to the content folder, with forward slashes ("essays/nz-korea.md"). */
  file: string;
  absolutePath: string;
  text: string;
  /** Size and modification time, taken before reading: a later edit changes them. */
  version: string;
}

/** Lists every file under `dir` (recursively), relative to `root`, skipping dot-files. */
export function listFiles(root: string, dir: string = root): string[] {
  let names: string[];
  try {
    names = readdirSync(dir, { withFileTypes: true }).map((d) => (d.isDirectory() ? `${d.name}/` : d.name));
  } catch {
    return [];
  }
  const files: string[] = [];
  for (const name of names.sort()) {
    if (name.startsWith('.')) continue;
    if (name.endsWith('/')) files.push(...listFiles(root, join(dir, name.slice(0, -1))));
    else files.push(relative(root, join(dir, name)).split(sep).join('/'));
  }
  return files;
}

/** A file's size and modification time, to tell whether it changed since it was read. */
export function fileVersion(absolutePath: string): string {
  return versionOf(statSync(absolutePath, { bigint: true }));
}

export function versionOf(stats: BigIntStats): string {
  return `${stats.size}:${stats.mtimeNs}`;
}

/** Offsets of line starts, to turn a character offset into a line and column. */
export function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') starts.push(i + 1);
  return starts;
}

export function positionAt(starts: readonly number[], offset: number): Position {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (starts[mid]! <= offset) low = mid;
    else high = mid - 1;
  }
  return { line: low + 1, column: offset - starts[low]! + 1 };
}

/** A file split into frontmatter and body. Offsets are into the whole file text. */
export interface SplitFile {
  /** YAML text between the `---` lines; undefined when the file has no frontmatter. */
  yaml?: string;
  yamlOffset: number;
  body: string;
  bodyOffset: number;
  /** Why the file could not be split, when it could not. */
  problem?: { offset: number; message: string };
}

const OPEN = /^\uFEFF?---[ \t]*\r?\n/;
const CLOSE = /^---[ \t]*(?:\r?\n|$)/m;

export function splitFrontmatter(text: string): SplitFile {
  const open = OPEN.exec(text);
  if (!open) {
    return {
      yamlOffset: 0,
      body: text,
      bodyOffset: 0,
      problem: { offset: 0, message: 'must start with a line "---", then its fields, then another "---" line' },
    };
  }
  const yamlOffset = open[0].length;
  const rest = text.slice(yamlOffset);
  const close = CLOSE.exec(rest);
  if (!close) {
    return {
      yamlOffset,
      body: '',
      bodyOffset: text.length,
      problem: { offset: 0, message: 'the fields opened by "---" on line 1 are never closed by another "---" line' },
    };
  }
  const bodyOffset = yamlOffset + close.index + close[0].length;
  return { yaml: rest.slice(0, close.index), yamlOffset, body: text.slice(bodyOffset), bodyOffset };
}

/** YAML parsed with positions. The core schema keeps dates as text, so their format can be checked. */
export interface ParsedYaml {
  doc: Document;
  data: unknown;
  errors: Array<{ offset: number; message: string }>;
}

const YAML_MESSAGES: Record<string, string> = {
  DUPLICATE_KEY: 'this field is written twice; keep one',
  BAD_INDENT: 'the indentation is wrong here; line up nested fields with two spaces',
  TAB_AS_INDENT: 'uses a tab for indentation; use spaces',
  MISSING_CHAR: 'a closing quote or bracket is missing',
  BLOCK_AS_IMPLICIT_KEY: 'a field name must be followed by ":" and a space',
  MULTILINE_IMPLICIT_KEY: 'a field name must be on one line, followed by ":" and a space',
  UNEXPECTED_TOKEN: 'unexpected character here; put text with ":" or "#" in quotes',
  BAD_SCALAR_START: 'a value cannot start with this character unless it is put in quotes',
  ALIAS_PROPS: 'YAML anchors and aliases are not supported here',
  BAD_ALIAS: 'YAML anchors and aliases are not supported here',
  RESOURCE_EXHAUSTION: 'the fields are nested too deeply to read; write them as plain "name: value" lines',
};

/** More errors than this in one file's fields are not listed: the first ones say what to fix. */
const MAX_YAML_ERRORS = 20;

export function parseYaml(yaml: string): ParsedYaml {
  let doc: Document;
  try {
    doc = parseDocument(yaml, { schema: 'core', uniqueKeys: true, prettyErrors: false, lineCounter: new LineCounter() });
  } catch (error) {
    // The parser reports what it can as errors; anything it throws is still the file's problem.
    return { doc: parseDocument(''), data: undefined, errors: [{ offset: 0, message: `could not be read: ${String(error)}` }] };
  }
  const starts = lineStarts(yaml);
  // One mistake often trips several errors on the same line; the first says what to fix.
  const seenLines = new Set<number>();
  const firstPerLine = [...doc.errors, ...doc.warnings.filter((w) => w.code === 'DUPLICATE_KEY')]
    .filter((error) => {
      const line = positionAt(starts, error.pos[0]).line;
      if (seenLines.has(line)) return false;
      seenLines.add(line);
      return true;
    })
    .slice(0, MAX_YAML_ERRORS);
  const errors = firstPerLine.map((error) => ({
    offset:
      error.code === 'MISSING_CHAR' || error.code === 'BAD_INDENT' ? (unclosedBefore(yaml, error.pos[0]) ?? error.pos[0]) : error.pos[0],
    message: `is not valid YAML: ${YAML_MESSAGES[error.code] ?? error.message.split('\n')[0]!.replace(/ at line \d+, column \d+.*$/, '')}`,
  }));
  if (errors.length > 0) return { doc, data: undefined, errors };
  const feature = firstPlainYamlBreach(doc, yaml);
  if (feature) return { doc, data: undefined, errors: [feature] };
  try {
    return { doc, data: doc.toJS({ maxAliasCount: 0 }) ?? {}, errors };
  } catch (error) {
    return { doc, data: undefined, errors: [{ offset: 0, message: `could not be read: ${String(error)}` }] };
  }
}

/**
 * The first use of YAML beyond plain fields, if any. Anchors and aliases let a few lines stand
 * for millions of values (a "billion laughs"); tags ("!foo", "!!binary") make values of other
 * kinds, which Astro's own YAML reader refuses or reads differently. Editors need neither, so
 * no value is ever expanded or converted.
 */
function firstPlainYamlBreach(doc: Document, yaml: string): { offset: number; message: string } | undefined {
  let found: { offset: number; message: string } | undefined;
  visit(doc, (_key, node) => {
    if (isAlias(node)) {
      found = { offset: rangeStart(node) ?? 0, message: ANCHOR_MESSAGE };
    } else if (isScalar(node) || isMap(node) || isSeq(node)) {
      // A node's range starts at its value; its anchor and tag are written before it.
      const start = rangeStart(node) ?? 0;
      if (node.anchor) found = { offset: Math.max(0, yaml.lastIndexOf(`&${node.anchor}`, start)), message: ANCHOR_MESSAGE };
      else if (node.tag) {
        const offset = Math.max(0, yaml.lastIndexOf('!', start));
        const written = /^!\S*/.exec(yaml.slice(offset))?.[0] ?? '!';
        found = { offset, message: `uses a YAML tag ("${written}"); write the value without it, in quotes if it is text` };
      }
    }
    return found ? visit.BREAK : undefined;
  });
  return found;
}

const ANCHOR_MESSAGE =
  'uses a YAML anchor or alias (a value starting with "&" or "*"); put such text in quotes, and write each value out in full';

/**
 * YAML notices a missing closing quote or bracket only where the text runs out; an editor
 * needs the line where it was opened. Finds the last value before `offset` that opens a
 * quote or bracket without closing it on its line.
 */
function unclosedBefore(yaml: string, offset: number): number | undefined {
  let found: number | undefined;
  let lineStart = 0;
  for (const line of yaml.slice(0, offset).split('\n')) {
    const value = /^(\s*(?:- )?[^\s:#"'][^:#]*:\s+|\s*- )(["'[{])/.exec(line);
    if (value) {
      const open = value[2]!;
      const close = { '"': '"', "'": "'", '[': ']', '{': '}' }[open]!;
      const rest = line.slice(value[0].length);
      if (!rest.includes(close)) found = lineStart + value[1]!.length;
    }
    lineStart += line.length + 1;
  }
  return found;
}

/**
 * Offset in the YAML text of the node at `path` (a value), or of its key when `key` is set.
 * Falls back to the nearest existing ancestor, then to the document start.
 */
export function nodeOffset(doc: Document, path: readonly PropertyKey[], { key = false } = {}): number {
  let node: unknown = doc.contents;
  let best = rangeStart(node) ?? 0;
  for (let i = 0; i < path.length; i++) {
    const segment = path[i];
    if (isMap(node)) {
      const pair = node.items.find((item) => isScalar(item.key) && String(item.key.value) === String(segment));
      if (!pair) return best;
      if (i === path.length - 1 && key) return rangeStart(pair.key) ?? best;
      node = pair.value;
      best = rangeStart(node) ?? rangeStart(pair.key) ?? best;
    } else if (isSeq(node) && typeof segment === 'number') {
      node = node.items[segment];
      if (node === undefined) return best;
      best = rangeStart(node) ?? best;
    } else {
      return best;
    }
  }
  return best;
}

function rangeStart(node: unknown): number | undefined {
  const range = (node as Node | undefined)?.range;
  return range ? range[0] : undefined;
}
