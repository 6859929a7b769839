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
import { BROKEN_REPORT } from '../fixtures/broken-report';

const fixtures = resolve(import.meta.dirname, '../fixtures');

describe('validateContent', () => {
  test('reports every problem of the broken fixture, in file order', () => {
    const result = validateContent(join(fixtures, 'broken'));
    expect(result.problems.map(formatProblem)).toEqual(BROKEN_REPORT);
    expect(summarise(result.problems)).toBe('31 problems in 13 files');
  });

  test('the shipped content is clean, and the build fixture has only the warnings it is meant to', () => {
    const shipped = validateContent(resolve(import.meta.dirname, '../../content'));
    expect(shipped.problems.map(formatProblem)).toEqual([]);
    expect(shipped.entries.length).toBeGreaterThan(10);
    const site = validateContent(join(fixtures, 'site'));
    expect(site.problems.map(formatProblem)).toEqual([
      'essays/2026/chinese-essay.md:1:1  topics  warning: the essay has no topics; add at least one so readers can find it by topic',
      'essays/2026/korean-essay.md:1:1  topics  warning: the essay has no topics; add at least one so readers can find it by topic',
      'essays/2026/vietnamese-essay.md:1:1  topics  warning: the essay has no topics; add at least one so readers can find it by topic',
      'essays/mdx-essay.mdx:1:1  topics  warning: the essay has no topics; add at least one so readers can find it by topic',
    ]);
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
    const lines = validateContent(dir)
      .problems.filter((p) => p.severity === 'error')
      .map(formatProblem);
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
    const lines = validateContent(dir)
      .problems.filter((p) => p.severity === 'error')
      .map(formatProblem);
    expect(lines).toEqual([
      'essays/attach.md:7:29  attachments[0].file  "run.exe" is not a file type the archive offers for download (use PDF, Word, Excel, PowerPoint, OpenDocument, CSV, text, EPUB, ZIP, JPEG, PNG, WebP or MP3)',
      'essays/attach.md:8:28  attachments[1].file  file name "My Report.pdf" becomes part of a web address: use only letters, digits, ".", "_" and "-" (e.g. "my-report.pdf")',
      'essays/attach.md:10:25  attachments[3].file  has the same file name as attachments[2]; both would be published at the same address',
      'essays/attach.md:11:29  attachments[4].file  must point to a file inside the content folder',
    ]);
  });
});
