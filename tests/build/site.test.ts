/**
 * Builds tests/fixtures/site for real (CONTENT_DIR) and checks the guarantees on dist/:
 * one page per published entry, nothing of drafts or scheduled essays anywhere, references
 * resolved both ways, the Chatham House Rule, aliases, attachments, languages, no script.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, inject, test } from 'vitest';
import { buildSite, type BuildResult } from '../helpers/astro';
import { FIXTURE_ORIGIN } from '../global-setup';
import { filesIn, hrefs, mainText, read } from '../helpers/html';
import { parse } from 'node-html-parser';

const fixture = resolve(import.meta.dirname, '../fixtures/site');
let build: BuildResult;
let files: string[];
const page = (file: string) => read(build.outDir, file);

beforeAll(() => {
  build = inject('siteBuild');
  files = filesIn(build.outDir);
});

test('the build succeeds and checks its own output', () => {
  expect(build.status, build.output).toBe(0);
  expect(build.output).toContain('content OK: 29 files');
  expect(build.output).toContain('output OK: 26 pages for published entries, 6 unpublished kept out');
});

test('every published entry yields exactly one page, and nothing else does', () => {
  const pages = files.filter((f) => f.endsWith('.html'));
  expect(pages).toEqual(
    [
      '404.html',
      'about/index.html',
      'data/index.html',
      'dialogues/closed-dialogue/index.html',
      'dialogues/future-forum/index.html',
      'dialogues/harbour-dialogue-2/index.html',
      'dialogues/index.html',
      'dialogues/open-roundtable/index.html',
      'essays/2026/chinese-essay/index.html',
      'essays/2026/japanese-essay/index.html',
      'essays/2026/korean-essay/index.html',
      'essays/2026/vietnamese-essay/index.html',
      'essays/early-translation/index.html',
      'essays/index.html',
      'essays/mdx-essay/index.html',
      'essays/published-essay-ja/index.html',
      'essays/published-essay-ko/index.html',
      'essays/published-essay/index.html',
      'feeds/index.html',
      'index.html',
      'news/tides/index.html',
      'old/tides-and-currents.html',
      'partners/harbour-institute/index.html',
      'partners/index.html',
      'partners/river-academy/index.html',
      'people/ada-author/index.html',
      'people/closed-delegate-one/index.html',
      'people/closed-delegate-two/index.html',
      'people/index.html',
      'people/korean-author/index.html',
      'people/open-delegate/index.html',
      'people/tina-translator/index.html',
      'search/index.html',
      'topics/index.html',
      'topics/security/index.html',
      'topics/unused/index.html',
    ].sort(),
  );
});

test('one search index for every language, so the one search page finds every version of an essay', () => {
  // Pagefind writes an index and a WebAssembly module per language it indexes.
  expect(
    files.filter((f) => /^pagefind\/(pagefind\.[^/]+\.pf_meta|wasm\.[^/]+\.pagefind)$/.test(f)).map((f) => f.replace(/_[0-9a-f]+\./, '.')),
  ).toEqual(['pagefind/pagefind.en.pf_meta', 'pagefind/wasm.en.pagefind']);
});

describe('drafts and scheduled essays', () => {
  test('leave nothing anywhere in dist/', () => {
    for (const file of files) {
      const text = readFileSync(join(build.outDir, file)).toString('latin1');
      for (const trace of [
        'DRAFTSECRETWORD',
        'SCHEDULEDSECRETWORD',
        'draft-essay',
        'scheduled-essay',
        'Draft essay',
        'Scheduled essay',
        'draft-mdx',
        'Draft in MDX',
        'DRAFTMDXSECRETWORD',
        'future.pdf',
        'draft-translation',
        '草稿譯文',
        'DRAFTTRANSLATIONWORD',
        'zh-Hant',
        'draft-translation-id',
      ]) {
        expect(text.includes(trace), `${trace} in ${file}`).toBe(false);
      }
    }
    expect(files.some((f) => f.startsWith('old/draft-essay'))).toBe(false);
  });

  test('are published once their date comes (BUILD_DATE), and only then', () => {
    const later = buildSite(fixture, { BUILD_DATE: '3000-01-01' });
    expect(later.status, later.output).toBe(0);
    const laterFiles = filesIn(later.outDir);
    expect(laterFiles).toContain('essays/scheduled-essay/index.html');
    expect(laterFiles).toContain('essays/scheduled-essay/future.pdf');
    expect(laterFiles).not.toContain('essays/draft-essay/index.html');
    expect(read(later.outDir, 'essays/index.html')).toContain('Scheduled essay');
    // Its translation, out before it, now names it and is listed with it as one work.
    expect(hrefs(read(later.outDir, 'essays/early-translation/index.html'))).toContain('/essays/scheduled-essay/');
    expect(read(later.outDir, 'essays/index.html')).not.toContain('Bản dịch ra mắt trước bản gốc');
  });
});

describe('references resolve in both directions', () => {
  test('an essay links its authors (with affiliation and bio), dialogue and topics', () => {
    const html = page('essays/published-essay/index.html');
    const links = hrefs(html);
    expect(links).toEqual(expect.arrayContaining(['/people/ada-author/', '/dialogues/closed-dialogue/', '/topics/security/']));
    const text = mainText(html);
    expect(text).toContain('By Ada Author (Fixture University)');
    expect(text).toContain('Published 1 August 2025');
    expect(text).toContain('Last updated 20 August 2025');
    expect(text).toContain('1 min read');
    expect(text).toContain('Reflects on Closed Harbour Dialogue , Seoul, 14–16 July 2025');
    expect(text).toContain('About the author');
    expect(text).toContain('BIOMARKER-ADA');
    expect(text).toContain('Countries South Korea New Zealand');
  });

  test('a dialogue lists its partners and essays', () => {
    const html = page('dialogues/open-roundtable/index.html');
    expect(hrefs(html)).toEqual(expect.arrayContaining(['/partners/river-academy/', '/partners/harbour-institute/']));
    const closed = page('dialogues/closed-dialogue/index.html');
    expect(hrefs(closed)).toEqual(expect.arrayContaining(['/essays/published-essay/', '/essays/2026/korean-essay/']));
  });

  test('a partner lists its series by edition, and the essays from it', () => {
    const text = mainText(page('partners/harbour-institute/index.html'));
    expect(text.indexOf('2nd Second Harbour Dialogue')).toBeGreaterThan(-1);
    expect(text.indexOf('3rd Closed Harbour Dialogue')).toBeGreaterThan(text.indexOf('2nd Second Harbour Dialogue'));
    expect(text).toContain('Open River Roundtable');
    expect(hrefs(page('partners/harbour-institute/index.html'))).toEqual(
      expect.arrayContaining(['/essays/published-essay/', '/essays/2026/korean-essay/']),
    );
  });

  test('a person lists the essays they wrote', () => {
    const links = hrefs(page('people/ada-author/index.html'));
    expect(links).toEqual(expect.arrayContaining(['/essays/published-essay/', '/essays/mdx-essay/']));
  });

  test('a topic lists its essays and dialogues', () => {
    const links = hrefs(page('topics/security/index.html'));
    expect(links).toEqual(expect.arrayContaining(['/essays/published-essay/', '/dialogues/closed-dialogue/']));
    expect(mainText(page('topics/unused/index.html'))).toContain('No essays on this topic yet.');
  });

  test('every internal link points at a page that exists', () => {
    for (const file of files.filter((f) => f.endsWith('.html'))) {
      for (const href of hrefs(page(file))) {
        if (!href.startsWith('/') || href.startsWith('//')) continue;
        const path = href.split('#')[0]!.replace(/^\//, '');
        const target = path === '' || path.endsWith('/') ? `${path}index.html` : path;
        expect(files, `${file} links to ${href}`).toContain(target);
      }
    }
  });
});

describe('Chatham House Rule', () => {
  const closedNames = ['Quentin Quietly', 'Rosalind Reticent', 'Ada Author', '김민지'];

  test('a closed dialogue shows its delegation as counts by role, with no name', () => {
    const html = page('dialogues/closed-dialogue/index.html');
    for (const name of closedNames) expect(html).not.toContain(name);
    for (const id of ['closed-delegate-one', 'closed-delegate-two', 'ada-author', 'korean-author'])
      expect(html).not.toContain(`/people/${id}/`);
    expect(mainText(html)).toContain('The delegation of 4 people: 2 academics, 1 journalist and 1 youth observer.');
  });

  test('no page names a closed dialogue’s delegate beside it', () => {
    for (const file of files.filter((f) => f.endsWith('.html'))) {
      const html = page(file);
      if (html.includes('Quentin Quietly') || html.includes('Rosalind Reticent')) {
        expect(html, file).not.toContain('Closed Harbour Dialogue');
        expect(html, file).not.toContain('/dialogues/closed-dialogue/');
      }
    }
    expect(mainText(page('people/closed-delegate-one/index.html'))).not.toContain('Dialogues attended');
    expect(mainText(page('people/ada-author/index.html'))).not.toContain('Dialogues attended');
  });

  test('an open dialogue lists its delegation with links, and the person lists it back', () => {
    const html = page('dialogues/open-roundtable/index.html');
    expect(hrefs(html)).toContain('/people/open-delegate/');
    expect(mainText(html)).toContain('Oscar Openly former diplomat, Retired');
    const person = page('people/open-delegate/index.html');
    expect(mainText(person)).toContain('Dialogues attended');
    expect(hrefs(person)).toContain('/dialogues/open-roundtable/');
  });
});

describe('aliases', () => {
  test.each(['old/tides-and-currents.html', 'news/tides/index.html'])('%s redirects to the essay and says where it went', (file) => {
    const html = page(file);
    expect(html).toContain('<meta http-equiv="refresh" content="0; url=/essays/published-essay/">');
    expect(html).toContain(`<link rel="canonical" href="${FIXTURE_ORIGIN}/essays/published-essay/">`);
    expect(html).toContain('<h1>This page has moved</h1>');
    expect(html).toContain('<a href="/essays/published-essay/">');
  });
});

describe('essay page', () => {
  test('offers the attachment with its type and size, and publishes the file', () => {
    const text = mainText(page('essays/published-essay/index.html'));
    expect(text).toContain('The fixture report (PDF, 756 bytes)');
    const original = readFileSync(join(fixture, 'essays/files/report.pdf'));
    expect(readFileSync(join(build.outDir, 'essays/published-essay/report.pdf')).equals(original)).toBe(true);
  });

  test('shows the lead image, optimised, with caption and credit', () => {
    const html = page('essays/published-essay/index.html');
    expect(html).toMatch(/<img src="\/_astro\/photo\.[^"]+\.webp"[^>]*alt="A grey test pattern\."/);
    expect(mainText(html)).toContain('A caption for the picture. Image: Fixture Photographer');
  });

  test('special characters in a title come through exactly', () => {
    const html = page('essays/published-essay/index.html');
    expect(html).toMatch(/<h1>Tides &amp; &lt;Currents&gt;: (&quot;|&#34;)quoted(&quot;|&#34;) essay<\/h1>/);
    expect(parse(html).querySelector('currents')).toBeNull();
  });

  test('<html lang> follows the essay’s language', () => {
    expect(page('essays/2026/korean-essay/index.html')).toMatch(/<html lang="ko" dir="ltr">/);
    expect(page('essays/published-essay/index.html')).toMatch(/<html lang="en" dir="ltr">/);
  });

  test('MDX essays render', () => {
    expect(mainText(page('essays/mdx-essay/index.html'))).toContain('An MDX essay from 2025. MDXWORD');
  });
});

describe('lists', () => {
  test('dialogues are grouped by year, newest first', () => {
    const headings = [...page('dialogues/index.html').matchAll(/<h2 id="year-(\d+)">/g)].map((m) => m[1]);
    expect(headings).toEqual(['2999', '2026', '2025', '2024']);
  });

  test('the home page shows latest essays and upcoming and recent dialogues', () => {
    const text = mainText(page('index.html'));
    expect(text).toMatch(/Latest essays .*Hợp tác khu vực Thái Bình Dương.*태평양 협력에 대한 성찰.*An MDX essay/);
    expect(text).toMatch(/Upcoming dialogues .*Future Forum/);
    expect(text).toMatch(/Recent dialogues .*Open River Roundtable/);
  });

  test('the 404 page helps the reader on', () => {
    expect(hrefs(page('404.html'))).toEqual(expect.arrayContaining(['/essays/', '/dialogues/', '/partners/']));
  });
});

test('only search and the essays’ copy buttons ship JavaScript, one small module each', () => {
  const executable = (html: string) =>
    [...html.matchAll(/<script\b[^>]*>/gi)].map((m) => m[0]).filter((tag) => !tag.includes('application/ld+json'));
  for (const file of files.filter((f) => f.endsWith('.html'))) {
    const scripts = executable(page(file));
    if (file === 'search/index.html' || /^essays\/(?!page\/).+\/index\.html$/.test(file)) {
      expect(scripts, file).toHaveLength(1);
      expect(scripts[0], file).toMatch(/^<script type="module" src="\/_astro\/[^"]+\.js">$/);
    } else {
      expect(scripts, file).toEqual([]);
    }
  }
  const bundles = files.filter((f) => f.endsWith('.js') && !f.startsWith('pagefind/'));
  expect(bundles).toHaveLength(2);
  for (const bundle of bundles) expect(readFileSync(join(build.outDir, bundle)).length, bundle).toBeLessThan(12_000);
});
