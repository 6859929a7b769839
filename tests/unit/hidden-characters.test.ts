/**
 * Invisible control and bidirectional-formatting characters in frontmatter text are refused
 * (src/validation/checks/text.ts), with the file, line and field, word for word.
 */
import { describe, expect, test } from 'vitest';
import { formatProblem } from '../../src/validation/report';
import { validateFileText } from '../../src/validation/validate';
import { hiddenCharacterProblem } from '../../src/validation/checks/text';

const lines = (frontmatter: string) =>
  validateFileText('essays', 'essays/x.md', `---\n${frontmatter}\n---\nText.\n`)
    .problems.filter((p) => p.field !== 'topics')
    .map(formatProblem);

const essay = (title: string, extra = '') =>
  `title: ${JSON.stringify(title)}\ndescription: A description.\npubDate: 2025-07-14\nauthors: [ada]${extra}`;

describe('refused characters', () => {
  test('a right-to-left override in a title', () => {
    expect(lines(essay('Report on \u202Efdp.exe'))).toEqual([
      'essays/x.md:2:8  title  contains an invisible character, U+202E (right-to-left override), which can make the text show differently from how it reads here; delete it (retype the text if you cannot see where)',
    ]);
  });

  test('control characters and isolates anywhere in the frontmatter, each field once', () => {
    expect(lines(essay('Fine', '\nimage:\n  src: ./a.png\n  alt: "A bell\\u0007 and \\u2066isolated\\u2069 text"'))).toEqual([
      'essays/x.md:8:8  image.alt  contains invisible characters, U+0007 (a control character), U+2066 (left-to-right isolate), U+2069 (pop directional isolate), which can make the text show differently from how it reads here; delete them (retype the text if you cannot see where)',
    ]);
  });

  test.each(['\u0000', '\u001B', '\u007F', '\u0085', '\u202A', '\u202B', '\u202C', '\u202D', '\u2067', '\u2068'])('U+%s', (character) => {
    expect(hiddenCharacterProblem(`a${character}b`)).toBeDefined();
  });
});

describe('allowed characters', () => {
  test.each([
    ['tab and line breaks', 'one\ttwo\nthree\r\n'],
    ['left-to-right and right-to-left marks', 'Ali \u200F(Cairo)\u200E, 2025'],
    ['the Arabic letter mark', 'عربي\u061C 2025'],
    ['zero-width joiners', 'ब्\u200Dर and 👩\u200D💻 and می\u200Cخواهم'],
    ['right-to-left text itself', 'مؤتمر الحوار'],
  ])('%s', (_, text) => {
    expect(hiddenCharacterProblem(text)).toBeUndefined();
  });
});
