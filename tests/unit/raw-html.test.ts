/**
 * The content check's report of what the sanitiser leaves out of a body (src/lib/raw-html.ts):
 * each bypass of the old regular expressions is found, where the editor wrote it, with the
 * message editors read; code stays code.
 */
import { describe, expect, test } from 'vitest';
import { findRawHtml } from '../../src/lib/raw-html';

const messages = (body: string, mdx = false) => findRawHtml(body, { mdx }).map((f) => f.message);

const SCRIPT =
  '<script> is not published, nor anything inside it: the site publishes no scripts, styles, embedded pages, media or drawings from the text; remove it';
const IFRAME = SCRIPT.replace('<script>', '<iframe>');
const SVG = SCRIPT.replace('<script>', '<svg>');
const STYLE = SCRIPT.replace('<script>', '<style>');
const handler = (attribute: string, tag: string) =>
  `the ${attribute} attribute of <${tag}> is not published: the site publishes no scripts; remove it`;
const address = (url: string, attribute = 'href', tag = 'a') =>
  `the address ${JSON.stringify(url)} (${attribute} of <${tag}>) is not published: only https:, http: and mailto: addresses and site paths are; correct it or remove it`;
const tag = (name: string) =>
  `<${name}> is not published (the text inside it is): it is not one of the HTML tags the site publishes, listed in docs/editing.md; remove the tag`;
const attribute = (name: string, element: string) =>
  `the ${name} attribute of <${element}> is not published: it is not one of the attributes the site publishes, listed in docs/editing.md; remove it`;

describe('findRawHtml reports what the sanitiser removes', () => {
  test.each([
    ['a script', '<script>alert(1)</script>', [SCRIPT]],
    ['an embed', 'An embed: <iframe src="https://video.example.com/embed/1"></iframe>', [IFRAME]],
    ['">" inside a quoted attribute', 'Text <img src="x.png" title="a>b" onerror="alert(1)"> more', [handler('onerror', 'img')]],
    ['a handler after "/", in an HTML block', '<div>\n<img/src="x.png"/onerror=alert(1)>\n</div>', [handler('onerror', 'img')]],
    ['markup straddling backticks', 'See <img src="`" onerror="alert(1)">`"` here', [handler('onerror', 'img')]],
    ['an escaped colon in a Markdown link', '[x](javascript\\:alert(1))', [address('javascript:alert(1)')]],
    ['an entity in a Markdown link', '[x](jav&#x61;script:alert(1))', [address('javascript:alert(1)')]],
    ['an entity-encoded scheme in HTML', '<a href="&#106;avascript&colon;alert(1)">x</a>', [address('javascript:alert(1)')]],
    ['a tab inside the scheme', '<a href="java&#x09;script:alert(1)">x</a>', [address('java\tscript:alert(1)')]],
    ['a reference definition', '[x][evil]\n\n[evil]: javascript:alert(1)', [address('javascript:alert(1)')]],
    ['an autolink', '<javascript:alert(1)>', [address('javascript:alert(1)')]],
    ['a data: image', '![d](data:image/png;base64,AAAA)', [address('data:image/png;base64,AAAA', 'src', 'img')]],
    ['an SVG with a script', '<svg><script>alert(1)</script></svg>', [SVG]],
    ['an SVG block with a script', '<svg>\n<script>alert(1)</script>\n</svg>', [SVG]],
    [
      'a style element and attribute',
      '<style>p{}</style>\n\n<p style="color:red">x</p>',
      [STYLE, "the style attribute of <p> is not published: the site's stylesheet sets how the text looks; remove it"],
    ],
    ['srcdoc', '<iframe srcdoc="<script>alert(1)</script>"></iframe>', [IFRAME]],
    ['formaction', '<form><button formaction="javascript:alert(1)">go</button></form>', [tag('form'), tag('button')]],
    ['a target', '<a href="https://example.org/" target="_blank">x</a>', [attribute('target', 'a')]],
    [
      'MDX tags in lowercase',
      '<img src="x.png" onerror="alert(1)" />\n\n<a href="javascript:alert(1)">x</a>',
      [handler('onerror', 'img'), address('javascript:alert(1)')],
      true,
    ],
  ])('%s', (_, body, expected, mdx = false) => {
    expect(messages(body as string, mdx as boolean)).toEqual(expected);
  });

  test.each([
    'Plain text with a [link](https://example.org/), a [site path](/essays/x/), [mail](mailto:a@example.org) and an ![image](./photo.jpg).',
    'A <abbr title="Association of Southeast Asian Nations">ASEAN</abbr> abbreviation, <span lang="ko">협력</span>.',
    'Inline code: `<script>alert(1)</script>` stays as an example.',
    '```html\n<iframe src="x"></iframe>\n<img onerror="x">\n```',
    '~~~\n<script>\n~~~',
    'The word onion = vegetable, and a description of javascript: the language.',
    '<figure>\n<img src="https://example.org/a.png" alt="a" width="10" height="10">\n<figcaption>Caption</figcaption>\n</figure>',
    '| a | b |\n|:-:|--:|\n| 1 | 2 |',
    'A note[^1].\n\n[^1]: The note.',
    '<!-- a note for other editors -->',
  ])('allows %j', (body) => {
    expect(messages(body)).toEqual([]);
  });

  test('each finding is where it was written, in a block of several lines too', () => {
    const body = 'Line one\nLine two <iframe src="x"></iframe>\n\n<div>\n<p>ok</p>\n<p onclick="x()">no</p>\n</div>';
    expect(findRawHtml(body).map((f) => f.offset)).toEqual([body.indexOf('<iframe'), body.indexOf('onclick')]);
  });

  test('offsets count characters, after text in other scripts', () => {
    const body = '한국어 문장과 日本語の文。 <b onclick="x()">b</b>';
    expect(findRawHtml(body)[0]?.offset).toBe(body.indexOf('onclick'));
  });

  test("Astro's image placeholder written by hand is refused outright", () => {
    const body = 'x <img __ASTRO_IMAGE_="{&quot;src&quot;:&quot;https://evil.example/a.png&quot;}">';
    expect(findRawHtml(body)[0]).toEqual({
      offset: body.indexOf('__ASTRO_IMAGE_'),
      severity: 'error',
      message:
        'uses the name __ASTRO_IMAGE_, which the site keeps for its own images; remove it, and add images as ![what it shows](./file.jpg)',
    });
  });
});
