/**
 * Where, in the MDX body, a piece of code starts. Sätteri gives each MDX node its place in the
 * body, but the code it hands over is not always a slice of the body: in a quote or a list the
 * `> ` and indentation are taken out of it, and JSX attributes carry no place at all.
 */
import type { MdxJsxAttributeUnion } from 'satteri';

/** Maps an index in `value` to an offset in the body. */
export type Placer = (index: number) => number;

/**
 * Lines `value` up with `body` between `from` and `to`: each character of `value` is the next
 * equal character of the body, so the prefixes the parser took out are stepped over.
 */
export function placer(body: string, from: number, to: number, value: string): Placer {
  let offsets: number[] | undefined;
  return (index) => {
    offsets ??= align(body, from, to, value);
    return offsets[Math.min(index, offsets.length - 1)] ?? from;
  };
}

function align(body: string, from: number, to: number, value: string): number[] {
  const offsets: number[] = [];
  let at = from;
  for (const char of value) {
    while (at < to && body[at] !== char) at++;
    offsets.push(Math.min(at, to));
    if (at < to) at++;
  }
  return offsets;
}

/** The body offset of a "line:column" (1-based, columns in UTF-16 units) that Sätteri reports. */
export function offsetOfLineColumn(body: string, line: number, column: number): number {
  let offset = 0;
  for (let current = 1; current < line; current++) {
    const next = body.indexOf('\n', offset);
    if (next < 0) return body.length;
    offset = next + 1;
  }
  return Math.min(offset + column - 1, body.length);
}

export interface AttributePlace {
  /** Where the attribute starts: its name, or the `{` of `{...spread}`. */
  at: number;
  /** Places the code of a `{…}` value or spread. */
  code: Placer;
}

/**
 * Finds each attribute of a JSX tag by reading the tag's text from `<` on, in the attributes'
 * order: a name, then its quoted or `{…}` value. Text inside a quoted value is skipped whole,
 * so `title="x={y}"` is not taken for code. Should the text not read as expected, the
 * remaining attributes are placed at the tag's start, which is still the right line.
 */
export function attributePlaces(
  body: string,
  start: number,
  end: number,
  name: string | null,
  attributes: readonly MdxJsxAttributeUnion[],
): AttributePlace[] {
  const fallback: AttributePlace = { at: start, code: () => start };
  let cursor = name === null ? start + 1 : body.indexOf(name, start);
  if (cursor >= 0 && name !== null) cursor += name.length;
  const find = (text: string) => {
    const found = cursor < 0 ? -1 : body.indexOf(text, cursor);
    return found >= 0 && found < end ? found : -1;
  };
  const codeFrom = (open: number, value: string): Placer => {
    const code = placer(body, open + 1, end, value);
    const close = value === '' ? open + 1 : code(value.length - 1) + 1;
    const brace = body.indexOf('}', close);
    cursor = brace < 0 ? -1 : brace + 1;
    return code;
  };
  return attributes.map((attribute) => {
    if (attribute.type === 'mdxJsxExpressionAttribute') {
      const open = find('{');
      return open < 0 ? fallback : { at: open, code: codeFrom(open, attribute.value) };
    }
    const at = find(attribute.name);
    if (at < 0) return fallback;
    cursor = at + attribute.name.length;
    const value = attribute.value;
    if (value === null || value === undefined) return { at, code: () => at };
    if (typeof value === 'string') {
      const quote = /["']/.exec(body.slice(cursor, end));
      const close = quote ? body.indexOf(quote[0], cursor + quote.index + 1) : -1;
      cursor = close < 0 ? -1 : close + 1;
      return { at, code: () => at };
    }
    const open = find('{');
    return open < 0 ? { at, code: () => at } : { at, code: codeFrom(open, value.value) };
  });
}
