/**
 * The whole-folder check on tests/fixtures/broken: every kind of mistake, reported at once,
 * word for word; and a clean folder that passes.
 */
import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { formatProblem, summarise } from '../../src/validation/report';
import { validateContent } from '../../src/validation/validate';

const fixtures = resolve(import.meta.dirname, '../fixtures');

export const BROKEN_REPORT = [
  'dialogues/bad-dates.md:4:12  partners[0]  refers to "good-partnr", but there is no partners/good-partnr.md; did you mean "good-partner"?',
  'dialogues/bad-dates.md:4:25  partners[1]  refers to "nobody-at-all", but there is no partners/nobody-at-all.md; no file in partners/ has a similar id',
  'dialogues/bad-dates.md:6:10  endDate  must not be before startDate',
  'dialogues/bad-dates.md:9:12  location.country  "XX" is not an ISO 3166-1 alpha-2 country code (two capital letters, e.g. "NZ" for New Zealand)',
  'dialogues/bad-dates.md:10:15  chathamHouse  must be true or false',
  'essay/:1:1  folder  is not a collection folder; did you mean "essays/"? (the folders are: partners, people, topics, dialogues, essays, pages)',
  'essays/dup.md:1:1  file  has the same id "dup" as essays/dup.mdx; rename one of them',
  'essays/dup.mdx:1:1  file  has the same id "dup" as essays/dup.md; rename one of them',
  'essays/files.md:7:8  image.src  file "./missing.jpg" not found next to this essay',
  'essays/files.md:11:11  attachments[0].file  file "./missing.pdf" not found next to this essay',
  'essays/html.md:8:11  body  contains a raw <iframe> element; scripts and embeds are not allowed in the text',
  'essays/html.md:10:18  body  contains an event-handler attribute onclick= in a tag; scripts are not allowed in the text',
  'essays/html.md:10:64  body  contains a link to a script URL ("javascript:alert(1"); only web addresses and site paths are allowed',
  'essays/typo.md:1:1  pubDate  is required',
  'essays/typo.md:4:1  pubdate  is not a field of an essay; did you mean "pubDate"?',
  'essays/typo.md:5:11  authors[0]  refers to "adaa", but there is no people/adaa.md; did you mean "ada"?',
  'essays/typo.md:6:10  topics[0]  refers to "securty", but there is no topics/securty.md; did you mean "security"?',
  'essays/yaml.md:2:8  frontmatter  is not valid YAML: a closing quote or bracket is missing',
  'pages/search.md:1:1  file  a page cannot be called "search": the site uses /search/ already; rename the file',
  'people/Bad Name.md:1:1  file  file name must use only lowercase letters, digits and hyphens (id "Bad Name"); rename it to "bad-name.md"',
  'people/Bad Name.md:3:9  roles[0]  must be one of: academic, former-diplomat, diplomat, journalist, commentator, official, youth-observer, staff, business (found "professor")',
];

describe('validateContent', () => {
  test('reports every problem of the broken fixture, in file order', () => {
    const result = validateContent(join(fixtures, 'broken'));
    expect(result.problems.map(formatProblem)).toEqual(BROKEN_REPORT);
    expect(summarise(result.problems)).toBe('21 problems in 10 files');
  });

  test('the build fixture and the shipped content are clean', () => {
    for (const dir of [join(fixtures, 'site'), resolve(import.meta.dirname, '../../content')]) {
      const result = validateContent(dir);
      expect(result.problems.map(formatProblem)).toEqual([]);
      expect(result.entries.length).toBeGreaterThan(10);
    }
  });

  test('ignores files and folders starting with "_" and files beside the collections', () => {
    const result = validateContent(join(fixtures, 'site'));
    expect(result.entries.map((e) => e.file)).not.toContain('essays/_ignored-note.md');
    expect(result.entries.some((e) => e.file === 'README.md')).toBe(false);
  });

  test('a missing content folder is one clear problem', () => {
    const result = validateContent('/nonexistent/content');
    expect(result.problems.map(formatProblem)).toEqual(['.:1:1  folder  the content folder /nonexistent/content does not exist']);
  });

  test('aliases that collide with pages or with each other', () => {
    const dir = mkdtempSync(join(tmpdir(), 'aliases-'));
    cpSync(join(fixtures, 'site'), dir, { recursive: true });
    writeFileSync(
      join(dir, 'essays/alias-clash.md'),
      [
        '---',
        'title: Alias clash',
        'description: Old addresses that cannot work.',
        'pubDate: 2025-01-01',
        'authors: [ada-author]',
        'aliases:',
        '  - /essays/mdx-essay/',
        '  - /news/tides/',
        '  - /essays/page/2/',
        '  - /essays/alias-clash',
        '---',
        '',
      ].join('\n'),
    );
    const lines = validateContent(dir).problems.map(formatProblem);
    expect(lines).toEqual([
      'essays/alias-clash.md:7:5  aliases[0]  is the address of essays/mdx-essay.mdx; an old address cannot replace a current page',
      'essays/alias-clash.md:8:5  aliases[1]  is also an alias in essays/published-essay.md; an old address can lead to one page only',
      "essays/alias-clash.md:9:5  aliases[2]  is an address the site itself uses; choose the old page's real path",
      'essays/alias-clash.md:10:5  aliases[3]  is the address of this essay itself; remove it',
      'essays/published-essay.md:20:5  aliases[1]  is also an alias in essays/alias-clash.md; an old address can lead to one page only',
    ]);
  });

  test('attachments: type, name and clashes', () => {
    const dir = mkdtempSync(join(tmpdir(), 'attachments-'));
    cpSync(join(fixtures, 'site'), dir, { recursive: true });
    writeFileSync(join(dir, 'essays/files/run.exe'), 'x');
    writeFileSync(join(dir, 'essays/files/My Report.pdf'), 'x');
    cpSync(join(dir, 'essays/files/report.pdf'), join(dir, 'essays/files/copy/report.pdf'));
    writeFileSync(
      join(dir, 'essays/attach.md'),
      [
        '---',
        'title: Attachments',
        'description: Files that cannot be offered.',
        'pubDate: 2025-01-01',
        'authors: [ada-author]',
        'attachments:',
        '  - { title: Program, file: ./files/run.exe }',
        '  - { title: Spaces, file: "./files/My Report.pdf" }',
        '  - { title: One, file: ./files/report.pdf }',
        '  - { title: Two, file: ./files/copy/report.pdf }',
        '  - { title: Outside, file: ../../outside.pdf }',
        '---',
        '',
      ].join('\n'),
    );
    const lines = validateContent(dir).problems.map(formatProblem);
    expect(lines).toEqual([
      'essays/attach.md:7:29  attachments[0].file  "run.exe" is not a file type the archive offers for download (use PDF, Word, Excel, PowerPoint, OpenDocument, CSV, text, EPUB, ZIP, JPEG, PNG, WebP or MP3)',
      'essays/attach.md:8:28  attachments[1].file  file name "My Report.pdf" becomes part of a web address: use only letters, digits, ".", "_" and "-" (e.g. "my-report.pdf")',
      'essays/attach.md:10:25  attachments[3].file  has the same file name as attachments[2]; both would be published at the same address',
      'essays/attach.md:11:29  attachments[4].file  must point to a file inside the content folder',
    ]);
  });
});
