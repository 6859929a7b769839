/** The packs that hold rendered bodies beside Astro's data store (src/lib/html-shelf.ts). */
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { closePacks, HTML_PLACE, HtmlShelf, shelvedHtml, shelvedPlace } from '../../src/build/html-shelf';

const newShelf = () => new HtmlShelf(join(mkdtempSync(join(tmpdir(), 'shelf-')), 'essays'));
afterEach(() => closePacks());

describe('HtmlShelf', () => {
  test('moves each body into one pack, written in one go, and reads each back', () => {
    const shelf = newShelf();
    const a = shelf.put({ html: '<p>Første</p>', metadata: { headings: [] } });
    const b = shelf.put({ html: '<p>第二 — second</p>' });
    expect(a.html).toBe('');
    expect(a.metadata.headings).toEqual([]);
    expect(readdirSync(shelf.folder)).toEqual([]); // nothing written until the load ends
    shelf.goLive();
    const packs = readdirSync(shelf.folder);
    expect(packs).toHaveLength(1);
    expect(shelvedPlace(a)!.file).toBe(join(shelf.folder, packs[0]!));
    expect(shelvedPlace(b)!.file).toBe(shelvedPlace(a)!.file);
    expect(shelvedHtml(a)).toBe('<p>Første</p>');
    expect(shelvedHtml(b)).toBe('<p>第二 — second</p>');
    expect(statSync(shelvedPlace(a)!.file).size).toBe(Buffer.byteLength('<p>Første</p><p>第二 — second</p>'));
    // Entries that were never shelved keep their HTML.
    expect(shelvedHtml({ html: '<p>Inline</p>' })).toBe('<p>Inline</p>');
    expect(shelvedPlace({ html: '<p>Inline</p>', metadata: { [HTML_PLACE]: 'nonsense' } })).toBeUndefined();
  });

  test('after the first load, each body is written at once, in a pack of its own (astro dev)', () => {
    const shelf = newShelf();
    shelf.put({ html: 'one' });
    shelf.goLive();
    const later = shelf.put({ html: 'edited' });
    expect(readdirSync(shelf.folder)).toHaveLength(2);
    expect(shelvedHtml(later)).toBe('edited');
  });

  test('entries of a pack that has gone, or is mostly unused, are loaded afresh; unused packs go', () => {
    const shelf = newShelf();
    const entries = ['a', 'b', 'c'].map((id) => ({ id, rendered: shelf.put({ html: `<p>${id}</p>` }) }));
    shelf.goLive();
    expect(shelf.stale(entries)).toEqual([]);
    // Two of three bodies replaced by edits: the pack is mostly old bodies.
    expect(shelf.stale(entries.slice(0, 1))).toEqual(['a']);
    expect(shelf.stale(entries.slice(0, 2))).toEqual([]);
    // A pack that has gone.
    const lone = { id: 'd', rendered: shelf.put({ html: 'd' }) };
    rmSync(shelvedPlace(lone.rendered)!.file);
    expect(shelf.stale([...entries, lone])).toEqual(['d']);
    // Pruning keeps the packs in use only.
    const extra = shelf.put({ html: 'unused' });
    shelf.prune(entries.map((e) => shelvedPlace(e.rendered)!));
    expect(readdirSync(shelf.folder)).toHaveLength(1);
    expect(existsSync(shelvedPlace(extra)!.file)).toBe(false);
  });

  test('a missing pack is an error that says how to recover', () => {
    const shelf = newShelf();
    const stored = shelf.put({ html: 'a' });
    shelf.goLive();
    rmSync(shelvedPlace(stored)!.file);
    expect(() => shelvedHtml(stored)).toThrow(/is missing from Astro's cache folder; delete node_modules\/\.astro and build again/);
  });
});
