/**
 * The little markup a dictionary's sentences may hold: `**strong**` words and `` `code` ``.
 * Dictionaries are the project's code, not editors' text, and are still never written into a
 * page as HTML: `MarkedText.astro` renders these parts as elements, their text escaped.
 */
export interface MarkedPart {
  kind: 'text' | 'strong' | 'code';
  text: string;
}

/** "Held under the **Chatham House Rule**" → text, strong. An unclosed mark is left as text. */
export function markedParts(text: string): MarkedPart[] {
  const parts: MarkedPart[] = [];
  const pattern = /\*\*([^*]+)\*\*|`([^`]+)`/gu;
  let last = 0;
  for (const match of text.matchAll(pattern)) {
    if (match.index > last) parts.push({ kind: 'text', text: text.slice(last, match.index) });
    parts.push(match[1] !== undefined ? { kind: 'strong', text: match[1] } : { kind: 'code', text: match[2]! });
    last = match.index + match[0].length;
  }
  if (last < text.length) parts.push({ kind: 'text', text: text.slice(last) });
  return parts;
}
