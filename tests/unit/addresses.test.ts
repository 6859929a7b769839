/**
 * Old addresses (aliases) cannot take any address the site publishes, a part of the site the
 * build or the host keeps, or a path with encoded characters or dot segments: each refusal
 * word for word, with its file, line and field. And the list of addresses they are checked
 * against (lib/site-addresses.ts).
 */
import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { addressKey, reservedPart, siteFiles } from '../../src/lib/site-addresses';
import { formatProblem } from '../../src/validation/report';
import { validateContent, validateFileText } from '../../src/validation/validate';
import { PROJECT_ROOT } from '../helpers/astro';

const site = resolve(import.meta.dirname, '../fixtures/site');

/** The errors for an essay with `aliases` added to a copy of the site fixture. */
function aliasErrors(aliases: string[]): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'aliases-'));
  cpSync(site, dir, { recursive: true });
  const lines = ['---', 'title: Old addresses', 'description: Aliases to check.', 'pubDate: 2025-01-01', 'authors: [ada-author]'];
  writeFileSync(join(dir, 'essays/moved.md'), [...lines, 'aliases:', ...aliases.map((a) => `  - "${a}"`), '---', ''].join('\n'));
  return validateContent(dir, { publicDir: join(PROJECT_ROOT, 'public') })
    .problems.filter((p) => p.severity === 'error')
    .map(formatProblem);
}

describe('an old address cannot take one the site publishes', () => {
  test.each([
    ['/index.html', 'is the address of the home page; an old address cannot replace a current page'],
    ['/index.htm', 'is the address of the home page; an old address cannot replace a current page'],
    ['/404.html', 'is the address of the "page not found" page; an old address cannot replace a current page'],
    ['/search/', 'is the address of the search page; an old address cannot replace a current page'],
    ['/Search', 'is the address of the search page; an old address cannot replace a current page'],
    ['/feeds/', 'is the address of the list of feeds; an old address cannot replace a current page'],
    ['/essays/', 'is the address of the list of essays; an old address cannot replace a current page'],
    ['/data/', 'is the address of the open data page; an old address cannot replace a current page'],
    ['/admin/', 'is the address of the browser editor; an old address cannot replace a current page'],
    ['/about/index.html', 'is the address of pages/about.md; an old address cannot replace a current page'],
    ['/essays/draft-essay/', 'is the address of essays/draft-essay.md; an old address cannot replace a current page'],
    ['/rss.xml', 'is the address of the feed /rss.xml; an old address cannot replace a file the site publishes'],
    ['/dialogues/rss.xml/', 'is the address of the feed /dialogues/rss.xml; an old address cannot replace a file the site publishes'],
    [
      '/topics/security/rss.xml',
      'is the address of the feed /topics/security/rss.xml of topics/security.md; an old address cannot replace a file the site publishes',
    ],
    ['/data/people.json', 'is the address of the data file /data/people.json; an old address cannot replace a file the site publishes'],
    [
      '/essays/published-essay.ris',
      'is the address of the citation file /essays/published-essay.ris of essays/published-essay.md; an old address cannot replace a file the site publishes',
    ],
    [
      '/essays/published-essay/report.pdf',
      'is the address of the attachment /essays/published-essay/report.pdf of essays/published-essay.md; an old address cannot replace a file the site publishes',
    ],
    ['/robots.txt', 'is the address of the file /robots.txt; an old address cannot replace a file the site publishes'],
    ['/sitemap-index.xml', 'is the address of the sitemap /sitemap-index.xml; an old address cannot replace a file the site publishes'],
    ['/_headers', 'is the address of the host file /_headers; an old address cannot replace a file the site publishes'],
    ['/_redirects/', 'is the address of the host file /_redirects; an old address cannot replace a file the site publishes'],
    [
      '/favicon.svg',
      'is the address of the file /favicon.svg (copied from public/); an old address cannot replace a file the site publishes',
    ],
    ['/essays/moved/', 'is the address of this essay itself; remove it'],
  ])('%s', (alias, message) => {
    expect(aliasErrors([alias])).toEqual([`essays/moved.md:7:5  aliases[0]  ${message}`]);
  });
});

describe('nor a part of the site the build or its host keeps', () => {
  test.each([
    ['/pagefind/', '/pagefind/'],
    ['/pagefind/pagefind.js', '/pagefind/'],
    ['/_astro/x.js', '/_astro/'],
    ['/_worker.js', '/_worker.js'],
    ['/_routes.json', '/_routes.json'],
    ['/404/', '/404/'],
    ['/CNAME', '/CNAME'],
    ['/essays/page/2/', '/essays/page/'],
    ['/feeds/old/', '/feeds/'],
  ])('%s', (alias, part) => {
    expect(aliasErrors([alias])).toEqual([
      `essays/moved.md:7:5  aliases[0]  uses "${part}", which the site or its host keeps for itself; choose the old page's real path`,
    ]);
  });

  test('nor a kind of file the site publishes', () => {
    expect(aliasErrors(['/feed.xml'])).toEqual([
      'essays/moved.md:7:5  aliases[0]  ends in ".xml", a kind of file the site publishes itself; an old address of an essay is the address of a page',
    ]);
  });

  test('nor a file and a folder of the same name, nor one address twice', () => {
    expect(aliasErrors(['/old/news.html', '/old/news.html/', '/news/tides/', '/a/', '/A'])).toEqual([
      'essays/moved.md:8:5  aliases[1]  lies inside the old address "/old/news.html" (in this essay), which would have to be a file and a folder at once; keep one of them',
      'essays/moved.md:9:5  aliases[2]  is also an alias in essays/published-essay.md; an old address can lead to one page only',
      'essays/moved.md:10:5  aliases[3]  is listed twice; keep one',
      'essays/moved.md:11:5  aliases[4]  is listed twice; keep one',
      'essays/published-essay.md:20:5  aliases[1]  is also an alias in essays/moved.md; an old address can lead to one page only',
    ]);
  });

  test('an old address of a page that no longer exists is fine', () => {
    expect(aliasErrors(['/news/2019/old-title/', '/old/essay.html', '/essays/2019/renamed/', '/about/team/'])).toEqual([]);
  });
});

describe('the form of an old address', () => {
  const check = (alias: string) =>
    validateFileText(
      'essays',
      'essays/x.md',
      `---\ntitle: T\ndescription: D.\npubDate: 2025-01-01\nauthors: [a]\naliases: ['${alias}']\n---\n`,
    ).problems.map(formatProblem);
  test.each([
    ['/essays/%2e%2e/index.html', 'must not contain encoded characters such as "%2e"; write the path with plain letters and digits'],
    ['/news%2Fold/', 'must not contain encoded characters such as "%2e"; write the path with plain letters and digits'],
    ['/news/../index.html', 'must not contain "." or ".." segments'],
    ['/news/./old/', 'must not contain "." or ".." segments'],
    ['/news\\old.html', 'must separate its parts with "/", not "\\"'],
    ['//news/old/', 'must not contain "//"'],
    ['/.well-known/x', 'must not contain a part starting with "." (web servers keep such names hidden)'],
    ['/news/.git/', 'must not contain a part starting with "." (web servers keep such names hidden)'],
    ['/news/old#top', 'must be a path only, without "?" or "#" parts'],
    ['/news old/', 'may only contain letters, digits and / . _ ~ -'],
    [`/${'a'.repeat(201)}/`, 'is too long to be a file of the site (at most 200 characters between slashes, 500 in all)'],
  ])('%s', (alias, message) => {
    expect(check(alias)).toContain(`essays/x.md:6:11  aliases[0]  ${message}`);
  });
});

describe('the addresses of the site (lib/site-addresses.ts)', () => {
  const files = (cms: boolean, essays = 1) =>
    siteFiles({
      entries: [
        ...Array.from({ length: essays }, (_, i) => ({ collection: 'essays' as const, id: `e${i}`, attachments: ['r.pdf'] })),
        { collection: 'topics', id: 't' },
        { collection: 'pages', id: 'about/team' },
      ],
      publicFiles: ['favicon.svg'],
      essaysPerPage: 2,
      cms,
    }).map((site) => site.file);

  test('every page, feed, data, citation, attachment, host and public file', () => {
    expect(files(false)).toEqual(
      expect.arrayContaining([
        'index.html',
        '404.html',
        'search/index.html',
        'feeds/index.html',
        'data/index.html',
        'data/index.json',
        'data/essays.json',
        'rss.xml',
        'dialogues/rss.xml',
        'robots.txt',
        'sitemap-index.xml',
        '_headers',
        '_redirects',
        'essays/index.html',
        'essays/e0/index.html',
        'essays/e0.bib',
        'essays/e0.ris',
        'essays/e0.json',
        'essays/e0/r.pdf',
        'topics/t/index.html',
        'topics/t/rss.xml',
        'about/team/index.html',
        'favicon.svg',
      ]),
    );
    expect(files(false).filter((file) => file.startsWith('admin/'))).toEqual([]);
    expect(files(true)).toEqual(expect.arrayContaining(['admin/index.html', 'admin/config.yml']));
  });

  test('one feed per language the essays are written in, whatever the case of its tag', () => {
    const feeds = siteFiles({
      entries: [
        { collection: 'essays', id: 'a', lang: 'en' },
        { collection: 'essays', id: 'b', lang: 'ko' },
        { collection: 'essays', id: 'c', lang: 'zh-Hant' },
        { collection: 'essays', id: 'd', lang: 'KO' },
        { collection: 'topics', id: 't' },
      ],
      publicFiles: [],
      essaysPerPage: 20,
      cms: false,
    }).filter((site) => site.file.startsWith('feeds/essays/'));
    expect(feeds.map((site) => site.file)).toEqual(['feeds/essays/en.xml', 'feeds/essays/ko.xml', 'feeds/essays/zh-hant.xml']);
    expect(feeds[1]!.what).toBe('the feed /feeds/essays/ko.xml');
    expect(reservedPart('/feeds/essays/ko.xml')).toBe('/feeds/');
  });

  test('the pages of the essay list follow the number of essays', () => {
    expect(files(false, 5).filter((file) => file.startsWith('essays/page/'))).toEqual([
      'essays/page/2/index.html',
      'essays/page/3/index.html',
    ]);
  });

  test('the essay list counts works: the translations of an essay add no page', () => {
    const pages = (translations: number) =>
      siteFiles({
        entries: [
          ...Array.from({ length: 4 }, (_, i) => ({ collection: 'essays' as const, id: `e${i}` })),
          ...Array.from({ length: translations }, (_, i) => ({ collection: 'essays' as const, id: `e0-${i}`, translationOf: 'e0' })),
          // A translation whose original is not published is a work of its own.
          { collection: 'essays' as const, id: 'lone-ko', translationOf: 'scheduled' },
        ],
        publicFiles: [],
        essaysPerPage: 2,
        cms: false,
      })
        .map((site) => site.file)
        .filter((file) => file.startsWith('essays/page/'));
    expect(pages(0)).toEqual(['essays/page/2/index.html', 'essays/page/3/index.html']);
    expect(pages(3)).toEqual(pages(0));
  });

  test('addresses are compared without letter case, index.htm as index.html', () => {
    expect(addressKey('Search/Index.HTM')).toBe('search/index.html');
    expect(reservedPart('/news/old/')).toBeUndefined();
    expect(reservedPart('/PageFind')).toBe('/PageFind');
  });
});
