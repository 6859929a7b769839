/**
 * Parses the JavaScript inside an MDX body with the parser the build compiles it with.
 *
 * Sätteri parses and compiles MDX code with oxc, in Rust. Its JavaScript side hands oxc's
 * ESTree to plugins (`node.parseExpression()`), but only on expression and ESM nodes, and only
 * inside a compile; JSX attribute values get none. The same two native functions are loaded here
 * directly, so the check and the build never disagree about what a piece of code means (a second
 * parser, such as acorn, could read an edge case differently, and acorn cannot read JSX).
 * Their file is not in Sätteri's `exports`, hence the path: if a Sätteri release moves it, loading
 * fails loudly rather than letting MDX through unchecked.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Expression, Program } from 'estree-jsx';

interface NativeParser {
  /** ESTree JSON of the expression at the start of `source`, or null when none parses. */
  parseExpression(source: string): string | null;
  /** ESTree JSON of a module, or null on a syntax error. */
  parseEsm(source: string): string | null;
}

let native: NativeParser | undefined;

function nativeParser(): NativeParser {
  if (native) return native;
  const require = createRequire(import.meta.url);
  const entry = join(dirname(require.resolve('satteri')), '..', 'index.js');
  const loaded = require(entry) as Partial<NativeParser>;
  if (typeof loaded.parseExpression !== 'function' || typeof loaded.parseEsm !== 'function') {
    throw new Error(`Sätteri's JavaScript parser was not found in ${entry}; the MDX check cannot run`);
  }
  native = { parseExpression: loaded.parseExpression, parseEsm: loaded.parseEsm };
  return native;
}

/** oxc places nodes by UTF-8 byte; the body is indexed by UTF-16 unit. */
interface Located {
  start: number;
}

export interface ParsedCode<T> {
  tree: T;
  /** Where `node` starts, as an index into the parsed value (UTF-16 units). */
  indexOf(node: object): number;
}

export function parseModule(value: string): ParsedCode<Program> | undefined {
  const json = nativeParser().parseEsm(value);
  if (json === null) return undefined;
  return { tree: JSON.parse(json) as Program, indexOf: indexer(value, 0) };
}

/**
 * Parses a `{…}` value as the compiler reads it: one expression, in parentheses (so `{a; b}`
 * is an error, as in the build). oxc's `parseExpression` stops after the first expression, so
 * the parentheses must close the whole source, or text after them would go unchecked.
 */
export function parseExpression(value: string): ParsedCode<Expression> | undefined {
  const wrapped = `(${value}\n)`;
  const json = nativeParser().parseExpression(wrapped);
  if (json === null) return undefined;
  const program = JSON.parse(json) as Program;
  const statement = program.body[0];
  if (program.body.length !== 1 || statement?.type !== 'ExpressionStatement') return undefined;
  const outer = statement.expression as Expression & { end?: number; expression?: Expression };
  if ((outer.type as string) !== 'ParenthesizedExpression' || !outer.expression || outer.end !== utf8Length(wrapped)) return undefined;
  return { tree: outer.expression, indexOf: indexer(wrapped, 1) };
}

/** True when `value` holds only comments and white space: `{/* a note *\/}`, which MDX allows in the text. */
export function isEmptyCode(value: string): boolean {
  if (value.trim() === '') return true;
  const json = nativeParser().parseEsm(value);
  return json !== null && (JSON.parse(json) as Program).body.length === 0;
}

/** Maps a node's byte offset in `source` to a UTF-16 index into the value (`shift` units in). */
function indexer(source: string, shift: number): (node: object) => number {
  let units: number[] | undefined;
  return (node) => {
    units ??= unitsByByte(source);
    const byte = (node as Located).start;
    return Math.max(0, (units[byte] ?? source.length) - shift);
  };
}

function unitsByByte(text: string): number[] {
  const units: number[] = [];
  let unit = 0;
  for (const char of text) {
    const bytes = utf8Bytes(char.codePointAt(0) ?? 0);
    for (let i = 0; i < bytes; i++) units.push(unit);
    unit += char.length;
  }
  units.push(unit);
  return units;
}

function utf8Length(text: string): number {
  let bytes = 0;
  for (const char of text) bytes += utf8Bytes(char.codePointAt(0) ?? 0);
  return bytes;
}

/** A lone surrogate reaches Rust as U+FFFD, three bytes. */
function utf8Bytes(codePoint: number): number {
  return codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
}
