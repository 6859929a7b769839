/**
 * The text of every frontmatter field (titles, names, descriptions, captions, …): no invisible
 * control or bidirectional-formatting characters. A right-to-left override (U+202E) makes a
 * title show in pages, feeds, citations and search results differently from how it reads in
 * the file, which is how a file name or a name is disguised; control characters are invisible,
 * break feeds (XML 1.0 forbids most of them) and are never meant. They are refused, not
 * stripped: the editor sees where, and decides what the text should be.
 *
 * Allowed: tab and line breaks; the left-to-right and right-to-left marks (U+200E, U+200F) and
 * the Arabic letter mark (U+061C), which only place neutral characters such as punctuation
 * beside text of the other direction and are needed in mixed-direction names; zero-width
 * joiners, which some scripts and emoji need.
 */
import { fieldLabel } from '../issues.ts';
import { at, type Candidate, type Reporter } from '../types.ts';

// eslint-disable-next-line no-control-regex -- control characters are what is looked for
const REFUSED = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/gu;

const BIDI_NAMES: Record<number, string> = {
  0x202a: 'left-to-right embedding',
  0x202b: 'right-to-left embedding',
  0x202c: 'pop directional formatting',
  0x202d: 'left-to-right override',
  0x202e: 'right-to-left override',
  0x2066: 'left-to-right isolate',
  0x2067: 'right-to-left isolate',
  0x2068: 'first strong isolate',
  0x2069: 'pop directional isolate',
};

/** "U+202E (right-to-left override)", "U+0007 (a control character)". */
function characterName(character: string): string {
  const code = character.codePointAt(0)!;
  const hex = code.toString(16).toUpperCase().padStart(4, '0');
  return `U+${hex} (${BIDI_NAMES[code] ?? 'a control character'})`;
}

/** The message for a text holding refused characters, or nothing. */
export function hiddenCharacterProblem(text: string): string | undefined {
  const found = [...new Set(text.match(REFUSED) ?? [])];
  if (found.length === 0) return undefined;
  const names = found.map(characterName).join(', ');
  return `contains ${found.length === 1 ? 'an invisible character' : 'invisible characters'}, ${names}, which can make the text show differently from how it reads here; delete ${found.length === 1 ? 'it' : 'them'} (retype the text if you cannot see where)`;
}

/** Every text of `value` with its path, at any depth of lists and groups of fields. */
function texts(value: unknown, path: PropertyKey[] = []): Array<{ path: PropertyKey[]; text: string }> {
  if (typeof value === 'string') return [{ path, text: value }];
  if (Array.isArray(value)) return value.flatMap((item, index) => texts(item, [...path, index]));
  if (value !== null && typeof value === 'object' && !(value instanceof Date)) {
    return Object.entries(value).flatMap(([key, item]) => texts(item, [...path, key]));
  }
  return [];
}

export function checkText(candidates: Candidate[], report: Reporter) {
  for (const candidate of candidates) {
    if (!candidate.input) continue;
    for (const { path, text } of texts(candidate.input)) {
      const problem = hiddenCharacterProblem(text);
      if (!problem) continue;
      const pos = at(candidate, path);
      report(candidate.file, pos.line, pos.column, fieldLabel(path), problem);
    }
  }
}
