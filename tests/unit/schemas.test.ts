/**
 * The schemas as editors meet them: a file's text in, the exact report lines out.
 * Valid literals first, then each kind of mistake with its message, word for word.
 */
import { describe, expect, test } from 'vitest';
import type { CollectionName } from '../../src/schemas/fields';
import { formatProblem } from '../../src/validation/report';
import { validateFileText } from '../../src/validation/validate';

function check(collection: CollectionName, frontmatter: string, body = '') {
  const file = `${collection}/example.md`;
  const result = validateFileText(collection, file, `---\n${frontmatter.trim()}\n---\n${body}`);
  return { lines: result.problems.map(formatProblem), data: result.data };
}

const essay = `
title: A title
description: A description.
pubDate: 2025-07-14
authors: [alex-tan]`;

describe('essays', () => {
  test('a minimal essay is valid and gets its defaults', () => {
    const { lines, data } = check('essays', essay);
    expect(lines).toEqual([]);
    expect(data).toMatchObject({ lang: 'en', draft: false, topics: [], countries: [], attachments: [], aliases: [], datePrecision: 'day' });
    expect((data!.pubDate as Date).toISOString()).toBe('2025-07-14T00:00:00.000Z');
  });

  test('a complete essay is valid, with the language tag canonicalised', () => {
    const { lines, data } = check(
      'essays',
      `${essay}
updatedDate: 2025-08-01
dialogue: asan-dialogue-12
topics: [climate-change, the-pacific]
countries: [NZ, KR]
lang: ZH-hant
image:
  src: ./files/photo.jpg
  alt: Delegates at the table.
  caption: The opening session.
  credit: Programme staff
attachments:
  - title: Report
    file: ./files/report.pdf
aliases: [/news/old-title/, /old/page.html]
draft: true`,
    );
    expect(lines).toEqual([]);
    expect(data?.lang).toBe('zh-Hant');
  });

  test.each([
    ['pubdate: 2025-07-14', 'essays/example.md:6:1  pubdate  is not a field of an essay; did you mean "pubDate"?'],
    ['tittle: Another', 'essays/example.md:6:1  tittle  is not a field of an essay; did you mean "title"?'],
    ['updatedDate: 2025-07-01', 'essays/example.md:6:14  updatedDate  must not be before pubDate'],
    ['updatedDate: 14 July 2025', 'essays/example.md:6:14  updatedDate  must be a date written YYYY-MM-DD, for example 2025-07-14'],
    ['lang: kr', 'essays/example.md:6:7  lang  "kr" is not the language code you want; did you mean "ko"?'],
    ['lang: english', 'essays/example.md:6:7  lang  "english" is not a BCP 47 language tag (e.g. "en", "ko", "ja", "zh-Hant", "vi")'],
    ['countries: [nz]', 'essays/example.md:6:13  countries[0]  "nz" is not an ISO 3166-1 alpha-2 country code; write it in capitals: "NZ"'],
    [
      'countries: [UK]',
      'essays/example.md:6:13  countries[0]  "UK" is not an ISO 3166-1 alpha-2 country code; did you mean "GB" (United Kingdom)?',
    ],
    [
      'countries: [XK]',
      'essays/example.md:6:13  countries[0]  "XK" is not an ISO 3166-1 alpha-2 country code (two capital letters, e.g. "NZ" for New Zealand)',
    ],
    ['countries: [NZ, NZ]', 'essays/example.md:6:17  countries[1]  lists "NZ" twice'],
    [
      'countries: NZ',
      'essays/example.md:6:12  countries  must be a list, written [first, second] or as lines starting with "- "; write it as [NZ]',
    ],
    ['draft: yes', 'essays/example.md:6:8  draft  must be true or false'],
    [
      'dialogue: Asan Dialogue',
      'essays/example.md:6:11  dialogue  must be the id of an entry in dialogues/ (its file name without .md, e.g. "example-id")',
    ],
    ['topics: [a, a]', 'essays/example.md:6:13  topics[1]  lists "a" twice'],
    ['aliases: [old/path]', 'essays/example.md:6:11  aliases[0]  must be a path on this site starting with "/", like "/news/old-title/"'],
    ['aliases: ["/a?b=1"]', 'essays/example.md:6:11  aliases[0]  must be a path only, without "?" or "#" parts'],
    ['aliases: [/a/../b]', 'essays/example.md:6:11  aliases[0]  must not contain "." or ".." segments'],
    [
      'image: { src: ./a.jpg, alt: "" }',
      'essays/example.md:6:29  image.alt  must say what the image shows, for readers who cannot see it (it is empty)',
    ],
    ['image: { src: ./a.jpg }', 'essays/example.md:6:1  image.alt  is required'],
    [
      'image: { src: https://example.org/a.jpg, alt: A }',
      'essays/example.md:6:15  image.src  must be a path relative to this file, like "./report.pdf" (no web address, no leading /)',
    ],
    ['attachments: [{ title: A, fiel: a.pdf }]', 'essays/example.md:6:15  attachments[0].file  is required'],
    ['description2: x', 'essays/example.md:6:1  description2  is not a field of an essay; did you mean "description"?'],
  ])('%s', (extra, expected) => {
    expect(check('essays', `${essay}\n${extra}`).lines).toContain(expected);
  });

  test('a description over 300 characters', () => {
    const { lines } = check('essays', essay.replace('A description.', 'x'.repeat(301)));
    expect(lines).toEqual(['essays/example.md:3:14  description  must be at most 300 characters']);
  });

  test('a title that YAML reads as a number', () => {
    expect(check('essays', essay.replace('A title', '1984')).lines).toEqual([
      'essays/example.md:2:8  title  must be text; put it in quotes: "1984"',
    ]);
  });

  test('missing required fields are reported at the opening line', () => {
    expect(check('essays', 'title: Only a title').lines).toEqual([
      'essays/example.md:1:1  authors  is required',
      'essays/example.md:1:1  description  is required',
      'essays/example.md:1:1  pubDate  is required',
    ]);
  });

  test('authors must not be empty', () => {
    expect(check('essays', essay.replace('[alex-tan]', '[]')).lines).toEqual([
      'essays/example.md:5:10  authors  must list at least one id from people/',
    ]);
  });

  test('an impossible date is refused, not rolled over', () => {
    expect(check('essays', essay.replace('2025-07-14', '2025-02-30')).lines).toEqual([
      'essays/example.md:4:10  pubDate  must be a date written YYYY-MM-DD, for example 2025-07-14',
    ]);
  });

  test('raw HTML in the body is reported at its line in the file', () => {
    expect(check('essays', essay, '\nFirst paragraph.\n\n<script>alert(1)</script>\n').lines).toEqual([
      'essays/example.md:10:1  body  warning: <script> is not published, nor anything inside it: the site publishes no scripts, styles, embedded pages, media or drawings from the text; remove it',
    ]);
  });
});

describe('frontmatter syntax', () => {
  const raw = (text: string) => validateFileText('essays', 'essays/x.md', text).problems.map(formatProblem);

  test('a file without frontmatter', () => {
    expect(raw('Just text.')).toEqual([
      'essays/x.md:1:1  frontmatter  must start with a line "---", then its fields, then another "---" line',
    ]);
  });

  test('frontmatter that is never closed', () => {
    expect(raw('---\ntitle: x\n')).toEqual([
      'essays/x.md:1:1  frontmatter  the fields opened by "---" on line 1 are never closed by another "---" line',
    ]);
  });

  test('a field written twice', () => {
    expect(raw(`---${essay}\ntitle: Again\n---\n`)).toEqual([
      'essays/x.md:6:1  frontmatter  is not valid YAML: this field is written twice; keep one',
    ]);
  });

  test('an unclosed quote points at the line that opened it', () => {
    expect(raw('---\ntitle: "Unclosed\ndescription: d\npubDate: 2025-07-14\nauthors: [a]\n---\n')).toEqual([
      'essays/x.md:2:8  frontmatter  is not valid YAML: a closing quote or bracket is missing',
    ]);
  });

  test('a tab used for indentation', () => {
    expect(raw('---\nimage:\n\tsrc: a.jpg\n---\n')[0]).toMatch(/^essays\/x\.md:3:1 {2}frontmatter {2}is not valid YAML: /);
  });

  test('a list where fields are expected', () => {
    expect(raw('---\n- a\n- b\n---\n')).toEqual(['essays/x.md:2:1  frontmatter  must be a list of fields, one "name: value" per line']);
  });
});

describe('partners', () => {
  const partner = 'name: Asan Institute for Policy Studies\ncountries: [KR]\nkind: think-tank\nrelationship: reciprocal';

  test('valid', () => {
    expect(check('partners', `${partner}\nshortName: Asan\nsince: 2012\nwebsite: https://example.org/`).lines).toEqual([]);
  });

  test.each([
    [
      'kind: thinktank',
      'kind',
      'partners/example.md:4:7  kind  must be one of: think-tank, diplomatic-academy, research-network, university, government, forum (found "thinktank"); did you mean "think-tank"?',
    ],
    [
      'relationship: annual',
      'relationship',
      'partners/example.md:5:15  relationship  must be one of: reciprocal, supported, ad-hoc, external-forum (found "annual")',
    ],
    ['countries: []', 'countries', 'partners/example.md:3:12  countries  must list at least one country code, e.g. [KR]'],
  ])('%s', (replacement, field, expected) => {
    const text = partner.replace(new RegExp(`^${field}: .*$`, 'm'), replacement);
    expect(check('partners', text).lines).toEqual([expected]);
  });

  test.each([
    ['since: 12', 'partners/example.md:6:8  since  must be a year, e.g. 2012'],
    ['since: 2012.5', 'partners/example.md:6:8  since  must be a year, e.g. 2012'],
    ['website: example.org', 'partners/example.md:6:10  website  must be a full web address starting with https:// (or http://)'],
    ['website: ftp://example.org', 'partners/example.md:6:10  website  must be a full web address starting with https:// (or http://)'],
  ])('%s', (extra, expected) => {
    expect(check('partners', `${partner}\n${extra}`).lines).toEqual([expected]);
  });
});

describe('people', () => {
  test('names in any script', () => {
    expect(check('people', 'name: 김민지\nroles: [academic]').lines).toEqual([]);
    expect(check('people', 'name: Nguyễn Thị Hương\nroles: [journalist, commentator]').lines).toEqual([]);
  });

  test.each([
    ['name: X\nroles: []', 'people/example.md:3:8  roles  must list at least one role, e.g. [academic]'],
    ['name: X\nroles: [diplomat, diplomat]', 'people/example.md:3:19  roles[1]  lists "diplomat" twice'],
    ['name: ""\nroles: [staff]', 'people/example.md:2:7  name  must not be empty'],
    [
      'name: X\nroles: [former diplomat]',
      'people/example.md:3:9  roles[0]  must be one of: academic, former-diplomat, diplomat, journalist, commentator, official, youth-observer, staff, business (found "former diplomat"); did you mean "former-diplomat"?',
    ],
  ])('%j', (text, expected) => {
    expect(check('people', text).lines).toEqual([expected]);
  });
});

describe('topics and pages', () => {
  test('valid', () => {
    expect(check('topics', 'name: Climate change\ndescription: Short.').lines).toEqual([]);
    expect(check('pages', 'title: About\ndescription: About us.\norder: 1').lines).toEqual([]);
  });

  test('limits', () => {
    expect(check('topics', `name: X\ndescription: ${'y'.repeat(201)}`).lines).toEqual([
      'topics/example.md:3:14  description  must be at most 200 characters',
    ]);
    expect(check('pages', 'title: About\ndescription: d\norder: first').lines).toEqual([
      'pages/example.md:4:8  order  must be a whole number, e.g. 1',
    ]);
  });
});

describe('dialogues', () => {
  const dialogue = `
title: 12th Asan dialogue
format: track-2
partners: [asan-institute]
edition: 12
startDate: 2025-07-14
endDate: 2025-07-16
location:
  city: Christchurch
  country: NZ
summary: A summary.`;

  test('valid, with defaults', () => {
    const { lines, data } = check('dialogues', dialogue);
    expect(lines).toEqual([]);
    expect(data).toMatchObject({ chathamHouse: true, delegates: [], topics: [], datePrecision: 'day' });
  });

  test.each([
    ['endDate: 2025-07-16', 'endDate: 2025-07-13', 'dialogues/example.md:7:10  endDate  must not be before startDate'],
    [
      'format: track-2',
      'format: track 2',
      'dialogues/example.md:3:9  format  must be one of: track-2, track-1.5, roundtable, external-forum (found "track 2"); did you mean "track-2"?',
    ],
    ['edition: 12', 'edition: 0', 'dialogues/example.md:5:10  edition  must be 1 or more'],
    ['edition: 12', 'edition: twelfth', 'dialogues/example.md:5:10  edition  must be a whole number, e.g. 12'],
    ['partners: [asan-institute]', 'partners: []', 'dialogues/example.md:4:11  partners  must list at least one id from partners/'],
    [
      '  country: NZ',
      '  country: New Zealand',
      'dialogues/example.md:10:12  location.country  "New Zealand" is not an ISO 3166-1 alpha-2 country code; did you mean "NZ" (New Zealand)?',
    ],
    ['  city: Christchurch\n', '', 'dialogues/example.md:8:1  location.city  is required'],
    [
      '  city: Christchurch',
      '  city: Christchurch\n  venue: Town hall',
      'dialogues/example.md:10:3  location.venue  is not a field of "location"; the fields are: city, country',
    ],
  ])('%s → %s', (from, to, expected) => {
    expect(check('dialogues', dialogue.replace(from, to)).lines).toEqual([expected]);
  });

  test('a summary over 400 characters', () => {
    expect(check('dialogues', dialogue.replace('A summary.', 'z'.repeat(401))).lines).toEqual([
      'dialogues/example.md:11:10  summary  must be at most 400 characters',
    ]);
  });
});
