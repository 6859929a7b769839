import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { storedShapeDigest } from '../../src/build/stored-shape.ts';

function project(): string {
  const root = mkdtempSync(join(tmpdir(), 'stored-shape-'));
  for (const folder of ['src/schemas', 'src/build', 'src/lib', 'src/pages']) mkdirSync(join(root, folder), { recursive: true });
  writeFileSync(join(root, 'src/schemas/essays.ts'), "export const fields = ['title'];\n");
  writeFileSync(join(root, 'src/build/archive-loader.ts'), 'export {};\n');
  writeFileSync(join(root, 'src/lib/reading-time.ts'), 'export const wordsPerMinute = 230;\n');
  writeFileSync(join(root, 'src/pages/index.astro'), '<p>Home</p>\n');
  writeFileSync(join(root, 'package-lock.json'), '{}\n');
  return root;
}

test('a schema, the loader, the reading time or a package version changes the digest; a page does not', () => {
  const root = project();
  let digest = storedShapeDigest(root);
  expect(storedShapeDigest(root)).toBe(digest);
  for (const [file, text] of [
    ['src/schemas/essays.ts', "export const fields = ['title', 'translators'];\n"],
    ['src/schemas/people.ts', 'export {};\n'],
    ['src/build/archive-loader.ts', 'export const changed = true;\n'],
    ['src/lib/reading-time.ts', 'export const wordsPerMinute = 200;\n'],
    ['package-lock.json', '{ "version": 2 }\n'],
  ] as const) {
    writeFileSync(join(root, file), text);
    const next = storedShapeDigest(root);
    expect(next, file).not.toBe(digest);
    digest = next;
  }
  writeFileSync(join(root, 'src/pages/index.astro'), '<p>Home, redesigned</p>\n');
  expect(storedShapeDigest(root)).toBe(digest);
});
