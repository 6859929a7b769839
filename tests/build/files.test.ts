/**
 * The files a build publishes come from published content only:
 * - the lead images, text images, MDX imports and attachments of drafts and scheduled essays
 *   (tests/fixtures/site) are nowhere in dist/, by name or by their bytes;
 * - a content folder with a symbolic link out of it fails the build before anything is
 *   written, with the link and the field that names it reported at their lines.
 */
import { copyFileSync, cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { beforeAll, expect, inject, test } from 'vitest';
import { buildSite, type BuildResult } from '../helpers/astro';
import { filesIn } from '../helpers/html';

const fixture = resolve(import.meta.dirname, '../fixtures/site');
const files = join(fixture, 'essays/files');
let build: BuildResult;
let published: Array<{ file: string; bytes: Buffer }>;

beforeAll(() => {
  build = inject('siteBuild');
  published = filesIn(build.outDir).map((file) => ({ file, bytes: readFileSync(join(build.outDir, file)) }));
});

/** The files of dist/ whose name or content holds `needle`. */
const holding = (needle: string | Buffer) =>
  published.filter(({ file, bytes }) => (typeof needle === 'string' && file.includes(needle)) || bytes.includes(needle)).map((f) => f.file);

test("the search finds what is published: a published essay's lead image by name, its attachment by its bytes", () => {
  expect(build.status, build.output).toBe(0);
  // Astro publishes images re-encoded, under "<stem>.<hash>…": their name is what survives.
  expect(holding('photo').some((file) => file.startsWith('_astro/photo.'))).toBe(true);
  expect(holding(readFileSync(join(files, 'report.pdf')))).toEqual(['essays/published-essay/report.pdf']);
});

test('no image or attachment of a draft or a scheduled essay is in dist/, by name or by bytes', () => {
  const unpublished = readdirSync(files).filter((name) => /^(draft|scheduled|future)/.test(name));
  expect(unpublished.sort()).toEqual([
    'draft-inline.webp',
    'draft-mdx.gif',
    'draft-notes.pdf',
    'draft-photo.png',
    'future.pdf',
    'scheduled-photo.jpg',
  ]);
  for (const name of unpublished) {
    // Astro renames what it publishes "<stem>.<hash>.<ext>"; "future" alone is also a dialogue's name.
    expect(holding(name.startsWith('future') ? name : name.replace(/\.\w+$/, '')), name).toEqual([]);
    expect(holding(readFileSync(join(files, name))), name).toEqual([]);
  }
  for (const trace of [
    'DRAFTIMAGEMETADATA',
    'SCHEDULEDIMAGEMETADATA',
    'DRAFTINLINEMETADATA',
    'DRAFTATTACHMENTBYTES',
    'SCHEDULEDATTACHMENTBYTES',
    'DRAFTMDXSECRETWORD',
  ]) {
    expect(holding(trace), trace).toEqual([]);
  }
});

test('a symbolic link out of the content folder fails the build, which writes no site', () => {
  const base = mkdtempSync(join(tmpdir(), 'link-out-'));
  const content = join(base, 'content');
  cpSync(fixture, content, { recursive: true });
  writeFileSync(join(base, 'accounts.txt'), 'root:x:0:0:root:/root:/bin/bash\n');
  copyFileSync(join(files, 'photo.png'), join(base, 'elsewhere.png'));
  symlinkSync(join(base, 'accounts.txt'), join(content, 'essays/files/accounts.txt'));
  rmSync(join(content, 'essays/files/photo.png'));
  symlinkSync(join(base, 'elsewhere.png'), join(content, 'essays/files/photo.png'));
  const essay = join(content, 'essays/published-essay.md');
  writeFileSync(essay, readFileSync(essay, 'utf8').replace('    file: ./files/report.pdf', '    file: ./files/accounts.txt'));
  const result = buildSite(content, { BUILD_DATE: '2026-06-01' });
  expect(result.status).not.toBe(0);
  for (const line of [
    `essays/files/accounts.txt:1:1  file  is a link to "${join(base, 'accounts.txt')}", outside the content folder; put the file itself here, or remove the link`,
    `essays/files/photo.png:1:1  file  is a link to "${join(base, 'elsewhere.png')}", outside the content folder; put the file itself here, or remove the link`,
    'essays/published-essay.md:11:8  image.src  "./files/photo.png" is a link to a file outside the content folder; put the file itself in the content folder',
    'essays/published-essay.md:17:11  attachments[0].file  "./files/accounts.txt" is a link to a file outside the content folder; put the file itself in the content folder',
  ]) {
    expect(result.output).toContain(`  ${line}\n`);
  }
  expect(result.output).not.toContain('root:x:0:0');
  expect(filesIn(result.outDir)).toEqual([]);
});
