/**
 * A content folder full of hostile HTML (tests/fixtures/hostile-html) builds, with each removal
 * reported as a warning, and nothing live comes out: no page, feed item or data file carries a
 * script, an event handler, a style, an embed or a URL other than http(s), mailto or a path,
 * while what the site publishes (headings, footnotes, tables, figures, images) stays.
 */
import { resolve } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import Parser from 'rss-parser';
import { beforeAll, describe, expect, test } from 'vitest';
import { buildSite, type BuildResult } from '../helpers/astro';
import { filesIn, read } from '../helpers/html';

const ORIGIN = 'https://archive.example.org';
const ENTRY_PAGES = [
  'essays/hostile/index.html',
  'essays/hostile-mdx/index.html',
  'people/ada-author/index.html',
  'partners/harbour-institute/index.html',
  'dialogues/open-roundtable/index.html',
  'topics/security/index.html',
  'about/index.html',
];
const URL_ATTRIBUTES = ['href', 'src', 'action', 'formaction', 'poster', 'data', 'cite', 'background', 'xlink:href', 'longdesc'];
/** Never in editors' text: they run code, embed documents or restyle the page. */
const FORBIDDEN_IN_CONTENT = [
  'script',
  'style',
  'iframe',
  'frame',
  'object',
  'embed',
  'svg',
  'math',
  'form',
  'base',
  'meta',
  'noscript',
  'template',
];

let build: BuildResult;
let dist: string;

beforeAll(() => {
  build = buildSite(resolve(import.meta.dirname, '../fixtures/hostile-html'), { BUILD_DATE: '2026-06-01', SITE_URL: ORIGIN });
  if (build.status !== 0) throw new Error(build.output);
  dist = build.outDir;
});

/** The scheme a browser would see in a URL attribute: tabs and newlines removed, leading spaces and controls trimmed. */
function scheme(url: string): string | undefined {
  // eslint-disable-next-line no-control-regex -- browsers drop these before reading the scheme
  const cleaned = url.replace(/[\t\n\r]/g, '').replace(/^[\u0000-\u0020]+/, '');
  return /^([a-z][a-z0-9+.-]*):/i.exec(cleaned)?.[1]?.toLowerCase();
}

/** What is live in `root`: handlers, styles, srcdoc, script URLs, inline scripts. */
function liveParts(root: HTMLElement, where: string): string[] {
  const found: string[] = [];
  for (const element of root.querySelectorAll('*')) {
    const tag = element.rawTagName.toLowerCase();
    for (const [name, value] of Object.entries(element.attributes)) {
      const attribute = name.toLowerCase();
      if (attribute.startsWith('on')) found.push(`${where}: <${tag} ${attribute}>`);
      if (['style', 'srcdoc', 'formaction'].includes(attribute)) found.push(`${where}: <${tag} ${attribute}>`);
      const urls =
        attribute === 'srcset'
          ? value.split(',').map((c) => c.trim().split(/\s+/)[0] ?? '')
          : URL_ATTRIBUTES.includes(attribute)
            ? [value]
            : [];
      for (const url of urls) {
        const s = scheme(url);
        if (s && !['http', 'https', 'mailto'].includes(s)) found.push(`${where}: <${tag} ${attribute}="${url}">`);
      }
    }
    if (tag === 'script' && element.getAttribute('type') === 'application/ld+json') JSON.parse(element.textContent);
    else if (tag === 'script' && /alert|cookie/.test(element.textContent)) found.push(`${where}: a script that is not the site's`);
  }
  return found;
}

test('the build succeeds, reporting what it leaves out', () => {
  expect(build.status).toBe(0);
  for (const line of [
    'essays/hostile.md:36:19  body  warning: the onerror attribute of <img> is not published: the site publishes no scripts; remove it',
    'essays/hostile.md:42:26  body  warning: the onerror attribute of <img> is not published: the site publishes no scripts; remove it',
    'essays/hostile.md:44:8  body  warning: the address "javascript:alert(\'escaped\')" (href of <a>) is not published',
    'essays/hostile.md:48:1  body  warning: <svg> is not published, nor anything inside it',
    'essays/hostile-mdx.mdx:17:1  body  warning: <script> is not published, nor anything inside it',
    'essays/hostile-mdx.mdx:21:1  body  warning: the onclick attribute of <p> is not published',
  ]) {
    expect(build.output).toContain(line);
  }
});

test('no page carries a handler, a style, a script URL or a script of the text', () => {
  const pages = filesIn(dist).filter((file) => file.endsWith('.html'));
  expect(pages).toEqual(expect.arrayContaining(ENTRY_PAGES));
  expect(pages.flatMap((file) => liveParts(parse(read(dist, file)), file))).toEqual([]);
});

test("no entry's body, nor an author's on an essay page, holds a forbidden element", () => {
  for (const file of ENTRY_PAGES) {
    const bodies = parse(read(dist, file)).querySelectorAll('.prose, .author-bio');
    expect(bodies.length, file).toBeGreaterThan(0);
    for (const body of bodies) {
      expect(body.querySelectorAll(FORBIDDEN_IN_CONTENT.join(',')).map((element) => `${file}: <${element.rawTagName}>`)).toEqual([]);
      expect(body.text).not.toMatch(/alert\('(?:block script|svg|srcdoc|mxss|comment)/);
    }
  }
  expect(parse(read(dist, 'essays/hostile/index.html')).querySelector('.prose')!.text).toContain('Before the hostile part.');
});

describe('the feeds', () => {
  const parser = new Parser<Record<string, unknown>, { contentEncoded?: string }>({
    customFields: { item: [['content:encoded', 'contentEncoded']] },
  });

  test('full texts are the sanitised bodies; descriptions and summaries are text', async () => {
    const items = (await parser.parseString(read(dist, 'rss.xml'))).items;
    expect(items.map((item) => item.link)).toEqual([`${ORIGIN}/essays/hostile-mdx/`, `${ORIGIN}/essays/hostile/`]);
    for (const item of items) {
      const content = parse(item.contentEncoded!);
      expect(liveParts(content, item.link!)).toEqual([]);
      expect(content.querySelectorAll(FORBIDDEN_IN_CONTENT.join(','))).toEqual([]);
    }
    const hostile = items.find((item) => item.link === `${ORIGIN}/essays/hostile/`)!;
    expect(hostile.title).toBe('<img src=x onerror=alert("title")> A hostile essay');
    expect(hostile.content).toBe(
      'Ends with &lt;/script&gt;&lt;b&gt;not bold&lt;/b&gt; &amp; &lt;img src=x onerror=alert(&quot;description&quot;)&gt;',
    );
    const dialogues = (await parser.parseString(read(dist, 'dialogues/rss.xml'))).items;
    expect(dialogues[0]!.content).toContain('A summary with &lt;b&gt;markup&lt;/b&gt; &amp; &lt;img');
    expect(parse(dialogues[0]!.content!).querySelectorAll('b, img')).toEqual([]);
  });
});

test('open data carries only web addresses', () => {
  const urls: string[] = [];
  const walk = (value: unknown, key = ''): void => {
    if (typeof value === 'string' && /url|bibtex|ris|json/i.test(key)) urls.push(value);
    else if (Array.isArray(value)) value.forEach((item) => walk(item, key));
    else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) walk(v, k);
  };
  for (const file of filesIn(dist).filter((f) => f.startsWith('data/') && f.endsWith('.json'))) walk(JSON.parse(read(dist, file)));
  expect(urls.length).toBeGreaterThan(5);
  expect(urls.filter((url) => scheme(url) !== 'https')).toEqual([]);
});

test('what the site publishes of the text is kept, images as Astro made them', () => {
  const page = read(dist, 'essays/hostile/index.html');
  for (const kept of [
    '<h2 id="what-must-be-kept">What must be kept</h2>',
    '<a href="#user-content-fn-1" id="user-content-fnref-1" data-footnote-ref="" aria-describedby="footnote-label">1</a>',
    '<section data-footnotes="" class="footnotes">',
    '<abbr title="Association of Southeast Asian Nations">ASEAN</abbr>',
    '<span lang="ko" dir="ltr">협력</span>',
    '<a href="/topics/security/">site path</a>',
    '<a href="mailto:editor@example.org">mail</a>',
    '<img src="https://images.example.org/map.png" alt="A map" width="40" height="30">',
    '<figcaption>A figure caption</figcaption>',
    '<th>Year</th>',
    '<input type="checkbox" checked disabled>',
    '<a href="https://example.org/">a good link</a>',
    '<p id="cite-chicago">Forged.</p>',
    '<details open><summary>More</summary>Hidden text.</details>',
  ]) {
    expect(page).toContain(kept);
  }
  const image = parse(page).querySelector('.prose img[alt="A grey test pattern"]')!;
  expect(image.getAttribute('src')).toMatch(/^\/_astro\/photo\.[\w-]+\.webp$/);
  for (const attribute of ['width', 'height', 'loading', 'decoding']) expect(image.getAttribute(attribute)).toBeTruthy();
});
