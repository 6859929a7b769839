/**
 * What bodies name by address: the modules MDX code imports, images in MDX and raw HTML, and
 * links from published pages to essays that are not published. Content folders are built in
 * the test; messages are asserted word for word.
 */
import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { linkedEssay } from '../../src/lib/essay-links';
import { bodyReferences } from '../../src/validation/body-references';
import { formatProblem } from '../../src/validation/report';
import { validateContent } from '../../src/validation/validate';

const fixtures = resolve(import.meta.dirname, '../fixtures');
const DAY = new Date('2026-06-01T00:00:00Z');

function contentWith(files: Record<string, string>): string {
  const dir = join(mkdtempSync(join(tmpdir(), 'body-references-')), 'content');
  cpSync(join(fixtures, 'site'), dir, { recursive: true });
  for (const [file, text] of Object.entries(files)) writeFileSync(join(dir, file), text);
  return dir;
}

const errors = (dir: string, today: Date | null = DAY) =>
  validateContent(dir, today ? { today } : {})
    .problems.filter((p) => p.severity === 'error')
    .map(formatProblem);

const essay = (title: string, body: string[], extra: string[] = []) =>
  [
    '---',
    `title: ${title}`,
    'description: A test of what a text names.',
    'pubDate: 2025-01-01',
    'authors: [ada-author]',
    'topics: [security]',
    ...extra,
    '---',
    '',
    ...body,
    '',
  ].join('\n');

describe('bodyReferences', () => {
  test('reads images, links and imports as the renderer does, each where it is written', () => {
    const body = [
      '![a](./a.png "title") [b](/b/) <https://c.example/>',
      '![d][d] [e][e]',
      '<picture><source srcset="./f.png 1x, ./g.png 2x"><img src=\'./h.png\'></picture> <a href="/i/">i</a>',
      '`![not](./code.png)`',
      '',
      '[d]: <./d d.png>',
      '[e]: /e/',
    ].join('\n');
    expect(bodyReferences(body, false).map(({ kind, url, offset }) => `${kind} ${url} @${offset}`)).toEqual([
      'image ./a.png @0',
      'link /b/ @22',
      'link https://c.example/ @31',
      'image ./d d.png @52',
      'link /e/ @60',
      'image ./f.png @92',
      'image ./g.png @104',
      'image ./h.png @126',
      'link /i/ @155',
    ]);
  });

  test.each([
    ['![x](\\.\\./a.png)', '../a.png'],
    ['![x](&#46;&#46;/a.png)', '../a.png'],
    ['![x](<../a b.png> "t")', '../a b.png'],
    ['<IMG SRC="&#46;&#46;/a.png">', '../a.png'],
    ['| a |\n|---|\n| ![x](../a.png) |', '../a.png'],
    ['Text.[^1]\n\n[^1]: See ![x](../a.png).', '../a.png'],
  ])('escapes, entities and nesting do not hide an image: %s', (body, url) => {
    expect(bodyReferences(body, false).map((reference) => reference.url)).toEqual([url]);
  });

  test('reads MDX: imports in code, JSX images and links, Markdown images', () => {
    const body = "import a from './a.png';\n\n<img src=\"./b.png\" /> <a href='/c/'>c</a> {import('./d.png')} ![e](./e.png)\n";
    expect(bodyReferences(body, true).map(({ kind, url, computed }) => `${kind} ${url}${computed ? ' (computed)' : ''}`)).toEqual([
      'import ./a.png',
      'image ./b.png',
      'link /c/',
      'import ./d.png',
      'image ./e.png',
    ]);
  });
});

describe('MDX imports', () => {
  test('no import, no code: the MDX check refuses each, at its line', () => {
    const dir = contentWith({
      'essays/files/map.svg': '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>',
      'essays/code.mdx': essay('Code', [
        "import photo from './files/photo.png';",
        "import secret from '../../outside/secret.txt';",
        "import fs from 'node:fs';",
        "import raw from './files/report.pdf?raw';",
        "import report from './files/report.pdf';",
        '',
        "export const files = import.meta.glob('../../outside/*');",
        '',
        '<img src={photo.src} alt="A photo" /> <img src="./files/map.svg" alt="No such drawing" />',
        '',
        "{import('../' + 'x.png')}",
      ]),
    });
    expect(errors(dir)).toEqual([
      'essays/code.mdx:9:1  body  imports "./files/photo.png", which is not one of the archive\'s components; essays may import only the components listed in docs/mdx.md',
      'essays/code.mdx:10:1  body  imports "../../outside/secret.txt", which is not one of the archive\'s components; essays may import only the components listed in docs/mdx.md',
      'essays/code.mdx:11:1  body  imports "node:fs", which is not one of the archive\'s components; essays may import only the components listed in docs/mdx.md',
      'essays/code.mdx:12:1  body  imports "./files/report.pdf?raw", which is not one of the archive\'s components; essays may import only the components listed in docs/mdx.md',
      'essays/code.mdx:13:1  body  imports "./files/report.pdf", which is not one of the archive\'s components; essays may import only the components listed in docs/mdx.md',
      'essays/code.mdx:15:22  body  exports "files" with a value that is not plain data; export const may hold only text, numbers, true/false, null, and lists [ ] or objects { } of these',
      'essays/code.mdx:17:6  body  gives the attribute src of <img> a value in { }; on HTML tags write the value in quotes, like src="…"',
      'essays/code.mdx:17:39  body  image "./files/map.svg" is an SVG drawing, which the archive does not publish: an SVG can carry a script that would run on the archive\'s own site; export it as PNG, JPEG or WebP',
      'essays/code.mdx:19:2  body  loads code with import( ), which essays may not do',
    ]);
  });

  test('an MDX text the parser cannot read is reported where it breaks', () => {
    const dir = contentWith({ 'essays/broken.mdx': essay('Broken', ['Fine text.', '', '<div>', '', 'never closed']) });
    expect(errors(dir)).toEqual([
      'essays/broken.mdx:11:1  body  cannot be read as MDX (Expected a closing tag for `<div>`); check for an unclosed tag or brace, and write \\{ or \\< for a brace or angle bracket meant as text',
    ]);
  });
});

describe('links to essays that are not published', () => {
  const files = {
    'essays/links.md': essay('Links', [
      'See [the draft](/essays/draft-essay/), [later](https://archive.example.org/essays/scheduled-essay/#top),',
      '[relative](../draft-essay/) and [its file](/essays/draft-essay/notes.pdf).',
      '[Published](/essays/published-essay/) is fine, and so is [a look-alike](/essays/draft-essay-two/).',
    ]),
    'essays/relative.md': essay('Relative', ['[Back](../draft-essay/) and [encoded](../draft&#45;essay/)']),
    'essays/other-draft.md': essay('Other draft', ['A draft may link to [a draft](/essays/draft-essay/).'], ['draft: true']),
    'pages/linking.md': '---\ntitle: Linking\ndescription: A page under a base path.\n---\n\n[Draft](/archive/essays/draft-essay/)\n',
  };

  test('are refused on every published page, with what the essay is and until when', () => {
    const draft = 'the address of essays/draft-essay.md: a draft, which is not published; remove the link until that essay is published';
    expect(errors(contentWith(files))).toEqual([
      `essays/links.md:9:5  body  links to "/essays/draft-essay/", ${draft}`,
      'essays/links.md:9:40  body  links to "https://archive.example.org/essays/scheduled-essay/#top", the address of essays/scheduled-essay.md: scheduled for 2999-01-01 and not published before then; remove the link until that essay is published',
      `essays/links.md:10:1  body  links to "../draft-essay/", ${draft}`,
      `essays/links.md:10:33  body  links to "/essays/draft-essay/notes.pdf", ${draft}`,
      `essays/relative.md:9:1  body  links to "../draft-essay/", ${draft}`,
      `essays/relative.md:9:29  body  links to "../draft-essay/", ${draft}`,
      `pages/linking.md:6:1  body  links to "/archive/essays/draft-essay/", ${draft}`,
    ]);
  });

  test('are allowed once the essay is out, and not checked without a build day', () => {
    const dir = contentWith(files);
    expect(errors(dir, new Date('3000-01-01T00:00:00Z')).filter((line) => !line.includes('draft-essay'))).toEqual([]);
    expect(errors(dir, null)).toEqual([]);
  });

  test.each([
    ['/essays/draft/', '/topics/x/', 'draft'],
    ['/essays/2026/draft/index.html', '/', '2026/draft'],
    ['/essays/2026/draft.bib', '/', '2026/draft'],
    ['./draft/', '/essays/2026/other/', undefined],
    ['../draft/', '/essays/2026/other/', '2026/draft'],
    ['/ESSAYS/Draft/', '/', 'draft'],
    ['/essays/draft%2Dx/', '/', undefined],
    ['mailto:draft@example.org', '/', undefined],
    ['/essays/', '/', undefined],
  ])('linkedEssay(%s from %s)', (url, from, id) => {
    expect(linkedEssay(url, from, new Set(['draft', '2026/draft']))).toBe(id);
  });
});
