/**
 * Files content names, checked by real path and by content: symbolic links out of the
 * content folder (named or not), `../` traversal in every place a path is written, SVG and
 * files that are not what their names say. Each case is a content folder built in the test
 * next to an "outside" folder, and the messages are asserted word for word.
 */
import { copyFileSync, cpSync, mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { formatProblem } from '../../src/validation/report';
import { validateContent } from '../../src/validation/validate';

const fixtures = resolve(import.meta.dirname, '../fixtures');
const PHOTO = join(fixtures, 'site/essays/files/photo.png');
const SVG = '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(document.domain)</script></svg>\n';
const SVG_REASON = "an SVG can carry a script that would run on the archive's own site; export it as PNG, JPEG or WebP";
const OUTSIDE_LINK = 'is a link to a file outside the content folder; put the file itself in the content folder';

/** A copy of the build fixture with `files` added, beside a folder "outside" holding a secret and a photo. */
function contentWith(files: Record<string, string | Uint8Array>): { dir: string; outside: string } {
  const base = mkdtempSync(join(tmpdir(), 'content-files-'));
  const dir = join(base, 'content');
  const outside = join(base, 'outside');
  cpSync(join(fixtures, 'site'), dir, { recursive: true });
  mkdirSync(outside);
  writeFileSync(join(outside, 'secret.txt'), 'root:x:0:0:root:/root:/bin/bash\n');
  copyFileSync(PHOTO, join(outside, 'photo.png'));
  for (const [file, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, file)), { recursive: true });
    writeFileSync(join(dir, file), content);
  }
  return { dir, outside };
}

const errors = (dir: string) =>
  validateContent(dir, { today: new Date('2026-06-01T00:00:00Z') })
    .problems.filter((p) => p.severity === 'error')
    .map(formatProblem);

const essay = (title: string, fields: string[], body: string[] = []) =>
  [
    '---',
    `title: ${title}`,
    'description: A test of the files an essay names.',
    'pubDate: 2025-01-01',
    'authors: [ada-author]',
    'topics: [security]',
    ...fields,
    '---',
    '',
    ...body,
    '',
  ].join('\n');

describe('containment by real paths', () => {
  test('a symbolic link out of the folder, and ../ traversal, in every place a path is written', () => {
    const { dir, outside } = contentWith({
      'essays/escape.md': essay(
        'Escape',
        [
          'image:',
          '  src: ../../outside/photo.png',
          '  alt: A photo from elsewhere.',
          'attachments:',
          '  - { title: Accounts, file: ./files/accounts.txt }',
          '  - { title: Secret, file: ../../outside/secret.txt }',
        ],
        [
          '![Map](../../outside/photo.png)',
          '',
          '![Ref][far] and ![Encoded](%2e%2e/%2e%2e/outside/photo.png)',
          '',
          '<p>Raw: <img src="../../outside/photo.png" alt="raw"></p>',
          '',
          '[far]: <../../outside/photo.png>',
        ],
      ),
    });
    symlinkSync(join(outside, 'secret.txt'), join(dir, 'essays/files/accounts.txt'));
    expect(errors(dir)).toEqual([
      'essays/escape.md:8:8  image.src  must point to a file inside the content folder',
      `essays/escape.md:11:30  attachments[0].file  "./files/accounts.txt" ${OUTSIDE_LINK}`,
      'essays/escape.md:12:28  attachments[1].file  must point to a file inside the content folder',
      'essays/escape.md:15:1  body  image "../../outside/photo.png" must point to a file inside the content folder',
      'essays/escape.md:17:1  body  image "../../outside/photo.png" must point to a file inside the content folder',
      'essays/escape.md:17:17  body  image "%2e%2e/%2e%2e/outside/photo.png" must point to a file inside the content folder',
      'essays/escape.md:19:19  body  image "../../outside/photo.png" must point to a file inside the content folder',
      `essays/files/accounts.txt:1:1  file  is a link to "${join(outside, 'secret.txt')}", outside the content folder; put the file itself here, or remove the link`,
    ]);
  });

  test('a symbolic link is refused wherever it is, and a lead image or a text image reached through one', () => {
    const { dir, outside } = contentWith({
      'essays/linked.md': essay(
        'Linked',
        ['image:', '  src: ./files/lead.png', '  alt: A photo reached through a link.'],
        ['![Also](./files/lead.png) and ![Inside](./files/same.png)'],
      ),
    });
    symlinkSync(join(outside, 'photo.png'), join(dir, 'essays/files/lead.png'));
    symlinkSync('photo.png', join(dir, 'essays/files/same.png'));
    symlinkSync(outside, join(dir, 'essays/elsewhere'));
    symlinkSync('../pages', join(dir, 'essays/mirror'));
    symlinkSync('./nothing.png', join(dir, 'topics/gone.png'));
    symlinkSync('/nowhere', join(dir, 'topics/.#security.md'));
    symlinkSync(outside, join(dir, '_notes'));
    mkdirSync(join(dir, 'essays/.hidden'));
    symlinkSync(join(outside, 'secret.txt'), join(dir, 'essays/.hidden/key.txt'));
    expect(errors(dir)).toEqual([
      `_notes:1:1  file  is a link to "${outside}", outside the content folder; put the file itself here, or remove the link`,
      `essays/.hidden/key.txt:1:1  file  is a link to "${join(outside, 'secret.txt')}", outside the content folder; put the file itself here, or remove the link`,
      `essays/elsewhere:1:1  file  is a link to "${outside}", outside the content folder; put the file itself here, or remove the link`,
      `essays/files/lead.png:1:1  file  is a link to "${join(outside, 'photo.png')}", outside the content folder; put the file itself here, or remove the link`,
      `essays/linked.md:8:8  image.src  "./files/lead.png" ${OUTSIDE_LINK}`,
      `essays/linked.md:12:1  body  image "./files/lead.png" ${OUTSIDE_LINK}`,
      'essays/mirror:1:1  file  is a link to the folder "../pages"; the archive does not take links to folders: move the files here instead',
      'topics/gone.png:1:1  file  is a link to "./nothing.png", which does not exist; put the file itself here, or remove the link',
    ]);
  });

  test('a content file that is a link out is refused and never read', () => {
    const { dir, outside } = contentWith({});
    writeFileSync(join(outside, 'essay.md'), '---\ntitle: [unclosed\n---\nOUTSIDE TEXT\n');
    symlinkSync(join(outside, 'essay.md'), join(dir, 'essays/borrowed.md'));
    const result = validateContent(dir, { today: new Date('2026-06-01T00:00:00Z') });
    expect(result.problems.filter((p) => p.file.startsWith('essays/borrowed')).map(formatProblem)).toEqual([
      `essays/borrowed.md:1:1  file  is a link to "${join(outside, 'essay.md')}", outside the content folder; put the file itself here, or remove the link`,
    ]);
    expect(result.entries.some((e) => e.id === 'borrowed')).toBe(false);
  });
});

describe('files are what they claim', () => {
  test('SVG anywhere, an SVG saved as .png, attachments that are not their type, images that are no images', () => {
    const { dir } = contentWith({
      'essays/files/fake.png': SVG,
      'essays/files/map.svg': SVG,
      'essays/files/page.pdf': '<!DOCTYPE html><html><body><script>steal()</script></body></html>',
      'essays/files/data.csv': new Uint8Array([0x63, 0x61, 0x66, 0xe9, 0x2c, 0x31, 0x0a]),
      'essays/files/notes.txt': 'Plain notes, in UTF-8: 아산.\n',
      'essays/kinds.md': essay(
        'Kinds',
        [
          'image:',
          '  src: ./files/fake.png',
          '  alt: A drawing.',
          'attachments:',
          '  - { title: Drawing, file: ./files/map.svg }',
          '  - { title: Report, file: ./files/page.pdf }',
          '  - { title: Data, file: ./files/data.csv }',
          '  - { title: Notes, file: ./files/notes.txt }',
        ],
        [
          '![Map](./files/map.svg) ![Fake](./files/fake.png) ![Fine](./files/photo.png)',
          '',
          '![Doc](./files/report.pdf) ![Missing](./files/none.png)',
        ],
      ),
    });
    expect(errors(dir)).toEqual([
      `essays/kinds.md:8:8  image.src  "fake.png" is named .png but is an SVG drawing: ${SVG_REASON}`,
      `essays/kinds.md:11:29  attachments[0].file  "map.svg" is an SVG drawing, which the archive does not publish: ${SVG_REASON}`,
      'essays/kinds.md:12:28  attachments[1].file  "page.pdf" is named .pdf but is a web page (HTML); save it again in PDF format',
      'essays/kinds.md:13:26  attachments[2].file  "data.csv" is named .csv but is not plain text in UTF-8; save it again as CSV in UTF-8',
      `essays/kinds.md:17:1  body  image "./files/map.svg" is an SVG drawing, which the archive does not publish: ${SVG_REASON}`,
      `essays/kinds.md:17:25  body  image "./files/fake.png" is named .png but is an SVG drawing: ${SVG_REASON}`,
      'essays/kinds.md:19:1  body  image "./files/report.pdf" must be an image file (PNG, JPEG, WebP, GIF or AVIF)',
      'essays/kinds.md:19:28  body  image "./files/none.png" not found next to this essay',
    ]);
  });

  test('an image in any record is checked, and a picture that is a JPEG under .png is to be renamed', () => {
    const { dir } = contentWith({
      'topics/files/photo.png': new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 16, 0x4a, 0x46, 0x49, 0x46, 0]),
    });
    writeFileSync(join(dir, 'topics/unused.md'), '---\nname: Unused\n---\n\n![A photo](./files/photo.png)\n');
    expect(errors(dir)).toEqual([
      'topics/unused.md:5:1  body  image "./files/photo.png" is named .png but is a JPEG image; rename it to end in .jpg',
    ]);
  });
});
