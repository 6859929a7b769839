/**
 * The sanitiser (src/lib/sanitise.ts): each family of bypass that got past the old regular
 * expressions, and what the site's own Markdown and images need kept.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { markdownToHtml } from 'satteri';
import { describe, expect, test } from 'vitest';
import { parseHtml, removals, sanitiseHtml, visibleText } from '../../src/lib/sanitise';

describe('hostile HTML is cleaned', () => {
  test.each([
    ['a ">" inside a quoted attribute', '<img src="x.png" title="a>b" onerror="alert(1)">', '<img src="x.png" title="a>b">'],
    ['a handler after "/" instead of a space', '<img/src="x.png"/onerror=alert(1)>', '<img src="x.png">'],
    ['a handler on any element', '<p onclick="steal()" onmouseover=x>text</p>', '<p>text</p>'],
    ['a javascript: link', '<a href="javascript:alert(1)">x</a>', '<a>x</a>'],
    ['an upper-case scheme', '<a href="JaVaScRiPt:alert(1)">x</a>', '<a>x</a>'],
    ['an entity-encoded scheme', '<a href="&#106;avascript&colon;alert(1)">x</a>', '<a>x</a>'],
    ['a hex-encoded letter', '<a href="jav&#x61;script:alert(1)">x</a>', '<a>x</a>'],
    ['a scheme split by a tab', '<a href="java&#x09;script:alert(1)">x</a>', '<a>x</a>'],
    ['a scheme split by a newline', '<a href="java\nscript:alert(1)">x</a>', '<a>x</a>'],
    ['a scheme after spaces', '<a href="  javascript:alert(1)">x</a>', '<a>x</a>'],
    ['a scheme after a control character', '<a href="\u0001javascript:alert(1)">x</a>', '<a>x</a>'],
    ['vbscript:', '<a href="vbscript:msgbox(1)">x</a>', '<a>x</a>'],
    ['a data: link', '<a href="data:text/html;base64,PHNjcmlwdD4=">x</a>', '<a>x</a>'],
    ['a data: image', '<img src="data:image/svg+xml,<svg onload=alert(1)>" alt="d">', '<img alt="d">'],
    [
      'a javascript: srcset candidate',
      '<img src="a.png" srcset="javascript:alert(1) 1x, b.png 2x">',
      '<img src="a.png" srcset="b.png 2x">',
    ],
    ['a script', 'a<script>alert(1)</script>b', 'ab'],
    [
      'an inline SVG with a script and foreignObject',
      '<svg><script>alert(1)</script><foreignObject><img src=x onerror=alert(1)></foreignObject></svg>ok',
      'ok',
    ],
    ['a style element', '<style>body{display:none}</style>text', 'text'],
    ['a style attribute', '<p style="position:fixed;top:0">text</p>', '<p>text</p>'],
    ['srcdoc', '<iframe srcdoc="<script>alert(1)</script>"></iframe>after', 'after'],
    ['formaction', '<form action="https://evil.example/"><button formaction="javascript:alert(1)">go</button></form>', 'go'],
    ['object and embed', '<object data="javascript:alert(1)">fallback</object><embed src="x.swf">', ''],
    ['base and meta', '<base href="https://evil.example/"><meta http-equiv="refresh" content="0;url=javascript:alert(1)">x', 'x'],
    ['a tag name broken by another', '<scr<script>ipt>alert(1)</script>', 'ipt>alert(1)'],
    ['noscript holding markup', '<noscript><p title="</noscript><img src=x onerror=alert(1)>"></noscript>', ''],
    ['MathML holding a style', '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>', ''],
    ['an unclosed tag', '<img src=x onerror=alert(1)', ''],
    ['a comment', 'a<!-- <script>alert(1)</script> -->b', 'ab'],
    [
      'a target and an event on a good link',
      '<a href="https://example.org/" target="_blank" onfocus="x()">ok</a>',
      '<a href="https://example.org/">ok</a>',
    ],
    [
      'details ontoggle',
      '<details open ontoggle="alert(1)"><summary>s</summary>t</details>',
      '<details open><summary>s</summary>t</details>',
    ],
    ['a data attribute the page scripts could read', '<p id="cite-chicago" data-citation="forged">x</p>', '<p id="cite-chicago">x</p>'],
    ['a form control', '<input type="text" name="q" autofocus onfocus="alert(1)">', '<input type="checkbox" disabled>'],
  ])('%s', (_, html, expected) => {
    expect(sanitiseHtml(html)).toBe(expected);
  });
});

describe('what the site publishes is kept', () => {
  test.each([
    '<p>A <a href="https://example.org/a?b=1&amp;c=2">link</a>, a <a href="/dialogues/x/">site path</a>, a <a href="#note">fragment</a>, <a href="mailto:editor@example.org">mail</a>.</p>',
    '<h2 id="the-outcome">The outcome</h2>',
    '<p><abbr title="Association of Southeast Asian Nations">ASEAN</abbr> <span lang="ko" dir="ltr">협력</span> <q cite="https://example.org/">q</q></p>',
    '<figure><img src="/_astro/photo.Ab12.webp" alt="A map" width="800" height="600" loading="lazy" decoding="async" srcset="/_astro/a.webp 400w, /_astro/b.webp 800w" sizes="(min-width: 40rem) 40rem, 100vw"><figcaption>The map</figcaption></figure>',
    '<table><thead><tr><th scope="col">a</th></tr></thead><tbody><tr><td colspan="2">1</td></tr></tbody></table>',
    '<details><summary>More</summary><p>Text</p></details>',
    '<p>H<sub>2</sub>O, x<sup>2</sup>, <kbd>Ctrl</kbd>, <mark>m</mark>, <time datetime="2025-07-01">July</time>, <del>d</del> <ins>i</ins></p>',
  ])('%s', (html) => {
    expect(sanitiseHtml(html)).toBe(html);
  });

  test("everything the Markdown processor makes survives: footnotes, task lists, code, tables (their alignment is a style, refused by the pages' policy anyway)", () => {
    const markdown = [
      '# Title',
      '',
      'Text with a note[^1], a [link](https://example.org/) and **bold** ~~old~~ `code`.',
      '',
      '- [x] done',
      '- [ ] open',
      '',
      '```js',
      'let x = 1 < 2;',
      '```',
      '',
      '| a | b |',
      '|---|:-:|',
      '| 1 | 2 |',
      '',
      '[^1]: The note.',
    ].join('\n');
    const { html } = markdownToHtml(markdown, { features: { gfm: true, smartPunctuation: true } });
    const cleaned = sanitiseHtml(html);
    expect(removals(parseHtml(html))).toEqual([
      { kind: 'attribute', index: expect.any(Number), tag: 'th', attribute: 'style' },
      { kind: 'attribute', index: expect.any(Number), tag: 'td', attribute: 'style' },
    ]);
    for (const kept of [
      '<a href="#user-content-fn-1" id="user-content-fnref-1" data-footnote-ref="" aria-describedby="footnote-label">1</a>',
      '<section data-footnotes="" class="footnotes"><h2 class="sr-only" id="footnote-label">Footnotes</h2>',
      '<th>a</th>',
      'class="data-footnote-backref"',
      '<ul class="contains-task-list">',
      '<li class="task-list-item"><input type="checkbox" checked disabled> done</li>',
      '<pre><code class="language-js">let x = 1 &lt; 2;',
      '<del>old</del>',
    ]) {
      expect(cleaned).toContain(kept);
    }
  });
});

describe('removals: what the sanitiser takes out, element by element', () => {
  test('elements, attributes and addresses, in document order; nothing inside a dropped element', () => {
    const tree = parseHtml(
      '<p onclick="x()" style="a">t</p><iframe src="https://x.org/"><b onclick="y()">in</b></iframe><font>f</font><a href="javascript:z()" target="_blank">l</a>',
    );
    expect(removals(tree)).toEqual([
      { kind: 'attribute', index: 0, tag: 'p', attribute: 'onclick' },
      { kind: 'attribute', index: 0, tag: 'p', attribute: 'style' },
      { kind: 'element', index: 1, tag: 'iframe', withContent: true },
      { kind: 'element', index: 2, tag: 'font', withContent: false },
      { kind: 'url', index: 3, tag: 'a', attribute: 'href', url: 'javascript:z()' },
      { kind: 'attribute', index: 3, tag: 'a', attribute: 'target' },
    ]);
  });

  test('a table part outside a table goes; inside one it stays', () => {
    expect(removals(parseHtml('<table><tr><td>x</td></tr></table>'))).toEqual([]);
  });
});

test('visibleText: what a reader sees, never a script, a style or an attribute', () => {
  expect(
    visibleText(
      '<h2>Title</h2><p>One <b>two</b><br>three<script>var secret = 1</script></p><style>p{}</style><img alt="A map" src="m.png" onerror="x()">',
    ),
  ).toBe('Title One two three A map');
});

test("the browser's modules never reach the sanitiser or the Markdown processor, which are native", () => {
  const client = resolve(import.meta.dirname, '../../src/client');
  const seen = new Set<string>();
  const reached: string[] = [];
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const [, spec] of readFileSync(file, 'utf8').matchAll(/(?:^|\n)\s*(?:import|export)\s[^'";]*?from\s*['"]([^'"]+)['"]/g)) {
      if (spec!.startsWith('.')) visit(resolve(dirname(file), spec!));
      else reached.push(spec!);
    }
  };
  for (const name of readdirSync(client, { recursive: true }).map(String)) if (name.endsWith('.ts')) visit(join(client, name));
  expect(reached.filter((spec) => spec === 'satteri' || spec.startsWith('hast-util'))).toEqual([]);
  expect([...seen].filter((file) => file.endsWith('sanitise.ts') || file.endsWith('markdown-text.ts'))).toEqual([]);
});
