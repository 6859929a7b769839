/**
 * Files that are not the text an editor meant, or are too large: each is reported with its
 * file, line and a sentence, word for word, and never stops the report of the other files.
 */
import { cpSync, mkdirSync, mkdtempSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { formatProblem } from '../../src/validation/report';
import { validateContent } from '../../src/validation/validate';

const site = resolve(import.meta.dirname, '../fixtures/site');
const essay = ['---', 'title: T', 'description: D.', 'pubDate: 2025-01-01', 'authors: [ada-author]', 'topics: [security]'];

/** A copy of the site fixture with `files` added (text or bytes), and its errors. */
function errorsWith(files: Record<string, string | Uint8Array>, prepare?: (dir: string) => void): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'reading-'));
  cpSync(site, dir, { recursive: true });
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
  prepare?.(dir);
  return validateContent(dir)
    .problems.filter((p) => p.severity === 'error')
    .map(formatProblem)
    .map((line) => line.replaceAll(dir, '<dir>'));
}

const laughs = [
  'a: &a ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]',
  ...'bcdefghi'.split('').map((name, i) => {
    const previous = 'abcdefgh'[i];
    return `${name}: &${name} [${Array.from({ length: 9 }, () => `*${previous}`).join(', ')}]`;
  }),
];

describe('reading problems', () => {
  test('a YAML alias bomb ("billion laughs") is refused at its first anchor, and the other files are still checked', () => {
    expect(
      errorsWith({
        'essays/bomb.md': [...essay, ...laughs, '---', ''].join('\n'),
        'essays/typo.md': [...essay, 'pubdate: 2025-01-01', '---', ''].join('\n'),
      }),
    ).toEqual([
      'essays/bomb.md:7:4  frontmatter  uses a YAML anchor or alias (a value starting with "&" or "*"); put such text in quotes, and write each value out in full',
      'essays/typo.md:7:1  pubdate  is not a field of an essay; did you mean "pubDate"?',
    ]);
  });

  test('a title starting with "&" is read as an anchor, and the message says to quote it', () => {
    expect(errorsWith({ 'essays/amp.md': ['---', 'title: &Co and partners', ...essay.slice(2), '---', ''].join('\n') })).toEqual([
      'essays/amp.md:2:8  frontmatter  uses a YAML anchor or alias (a value starting with "&" or "*"); put such text in quotes, and write each value out in full',
    ]);
  });

  test('a YAML tag, which the YAML reader of Astro would refuse or read otherwise', () => {
    expect(errorsWith({ 'essays/tag.md': ['---', 'title: !foo Tagged', ...essay.slice(2), '---', ''].join('\n') })).toEqual([
      'essays/tag.md:2:8  frontmatter  uses a YAML tag ("!foo"); write the value without it, in quotes if it is text',
    ]);
  });

  test('fields nested too deeply to read', () => {
    const deep = `${'['.repeat(5000)}${']'.repeat(5000)}`;
    expect(errorsWith({ 'essays/deep.md': [...essay, `countries: ${deep}`, '---', ''].join('\n') })).toEqual([
      expect.stringMatching(
        /^essays\/deep\.md:7:\d+ {2}frontmatter {2}is not valid YAML: the fields are nested too deeply to read; write them as plain "name: value" lines$/,
      ),
    ]);
  });

  test('bytes that are not UTF-8, at the line and column of the first one', () => {
    const latin1 = Buffer.from([...essay.slice(0, 2), 'description: Caf\u00e9.', ...essay.slice(3), '---', ''].join('\n'), 'latin1');
    expect(errorsWith({ 'essays/latin1.md': latin1 })).toEqual([
      'essays/latin1.md:3:17  file  is not saved as UTF-8 text: the character here cannot be read; save the file as "UTF-8" in your editor',
    ]);
  });

  test('a byte-order mark, and a NUL byte', () => {
    expect(errorsWith({ 'essays/bom.md': `\uFEFF${[...essay, '---', '', 'A \0 byte.'].join('\n')}` })).toEqual([
      'essays/bom.md:1:1  file  starts with an invisible byte-order mark (BOM); save the file as "UTF-8" rather than "UTF-8 with BOM"',
      'essays/bom.md:9:3  file  contains a NUL character (a zero byte), which text never holds; remove it, or check that this is a text file',
    ]);
  });

  test('a content file over 1 MB is not read, but its id still counts', () => {
    const large = ['---', 'name: Large', 'roles: [academic]', '---', 'x'.repeat(1024 * 1024)].join('\n');
    const citing = ['---', 'title: T', 'description: D.', 'pubDate: 2025-01-01', 'authors: [large]', '---', ''].join('\n');
    expect(errorsWith({ 'people/large.md': large, 'essays/citing.md': citing })).toEqual([
      'people/large.md:1:1  file  is larger than the 1 MB a content file may hold (1.0 MB); shorten it, or offer the long text as an attachment',
    ]);
  });

  test('an image over 20 MB and an attachment over 50 MB', () => {
    const files = ['image: { src: ./big.png, alt: A picture }', 'attachments:', '  - { title: Big, file: ./big.pdf }'];
    const errors = errorsWith({ 'essays/big.md': [...essay, ...files, '---', ''].join('\n') }, (dir) => {
      // A real file's first bytes, then a sparse rest: the size without the disk space.
      writeFileSync(join(dir, 'essays/big.png'), Buffer.from('89504e470d0a1a0a', 'hex'));
      truncateSync(join(dir, 'essays/big.png'), 20 * 1024 * 1024 + 1);
      writeFileSync(join(dir, 'essays/big.pdf'), '%PDF-1.7\n');
      truncateSync(join(dir, 'essays/big.pdf'), 60 * 1024 * 1024);
    });
    expect(errors).toEqual([
      'essays/big.md:7:15  image.src  file "./big.png" is larger than the 20 MB the archive takes (20.0 MB); save a smaller copy of the image',
      'essays/big.md:9:25  attachments[0].file  file "./big.pdf" is larger than the 50 MB the archive takes (60.0 MB); compress it, or split it into parts',
    ]);
  });

  test('a content file that is a link, to a file or a folder', () => {
    expect(
      errorsWith({}, (dir) => {
        mkdirSync(join(dir, 'elsewhere'));
        symlinkSync(join(dir, 'elsewhere'), join(dir, 'topics/folder.md'));
        symlinkSync(join(dir, 'topics/security.md'), join(dir, 'topics/copy.md'));
      }),
    ).toEqual([
      'topics/copy.md:1:1  file  is a link to another file; replace it with the file itself',
      'topics/folder.md:1:1  file  is a link to the folder "<dir>/elsewhere"; the archive does not take links to folders: move the files here instead',
    ]);
  });
});
