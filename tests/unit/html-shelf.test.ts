/** The files that hold rendered bodies beside Astro's data store (src/lib/html-shelf.ts). */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { HTML_FILE, HtmlShelf, shelvedFile, shelvedHtml } from '../../src/lib/html-shelf';

describe('HtmlShelf', () => {
  test('moves the HTML into a file named by its digest, and reads it back', async () => {
    const shelf = new HtmlShelf(join(mkdtempSync(join(tmpdir(), 'shelf-')), 'essays'));
    const stored = shelf.put({ html: '<p>Body</p>', metadata: { headings: [] } }, 'abc123');
    expect(stored).toEqual({ html: '', metadata: { headings: [], [HTML_FILE]: join(shelf.folder, 'abc123.html') } });
    await shelf.flush();
    expect(readFileSync(shelvedFile(stored)!, 'utf8')).toBe('<p>Body</p>');
    expect(shelvedHtml(stored)).toBe('<p>Body</p>');
    // Entries that were never shelved keep their HTML.
    expect(shelvedHtml({ html: '<p>Inline</p>' })).toBe('<p>Inline</p>');
    expect(shelvedFile({ html: '<p>Inline</p>' })).toBeUndefined();
  });

  test('prunes the files no entry names', async () => {
    const shelf = new HtmlShelf(mkdtempSync(join(tmpdir(), 'shelf-')));
    const kept = shelf.put({ html: 'a' }, 'a');
    const dropped = shelf.put({ html: 'b' }, 'b');
    await shelf.flush();
    shelf.prune([shelvedFile(kept)!]);
    expect(readdirSync(shelf.folder)).toEqual(['a.html']);
    expect(existsSync(shelvedFile(dropped)!)).toBe(false);
  });

  test('a missing file is an error that says how to recover', async () => {
    const shelf = new HtmlShelf(mkdtempSync(join(tmpdir(), 'shelf-')));
    const stored = shelf.put({ html: 'a' }, 'gone');
    await shelf.flush();
    rmSync(shelvedFile(stored)!);
    expect(() => shelvedHtml(stored)).toThrow(/gone\.html is missing from Astro's cache folder; delete node_modules\/\.astro and build again/);
  });
});
