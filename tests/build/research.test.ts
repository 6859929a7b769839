/**
 * The research layer of the built fixture site: citation meta tags and JSON-LD (parsed, not
 * grepped), citation files read back by real parsers, the open data export, the sitemap.
 */
import { parse, type HTMLElement } from 'node-html-parser';
import { beforeAll, describe, expect, inject, test } from 'vitest';
import { FIXTURE_ORIGIN } from '../global-setup';
import { parseCitation } from '../helpers/citation-parsers';
import { filesIn, read } from '../helpers/html';

let dist: string;
let files: string[];
const origin = FIXTURE_ORIGIN;
const doc = (file: string) => parse(read(dist, file));
const metas = (root: HTMLElement, name: string) =>
  root.querySelectorAll(`meta[name="${name}"], meta[property="${name}"]`).map((m) => m.getAttribute('content'));
const jsonLd = (root: HTMLElement) => {
  const scripts = root.querySelectorAll('script[type="application/ld+json"]');
  expect(scripts).toHaveLength(1);
  return JSON.parse(scripts[0]!.textContent) as { '@context': string; '@graph': Array<Record<string, any>> };
};
const node = (root: HTMLElement, type: string) => jsonLd(root)['@graph'].find((n) => n['@type'] === type)!;

const PUBLISHED = [
  '2026/vietnamese-essay',
  '2026/chinese-essay',
  '2026/japanese-essay',
  '2026/korean-essay',
  'published-essay-ja',
  'mdx-essay',
  'published-essay-ko',
  'published-essay',
  'early-translation',
];

beforeAll(() => {
  const build = inject('siteBuild');
  if (build.status !== 0) throw new Error(build.output);
  dist = build.outDir;
  files = filesIn(dist);
});

describe('citation meta tags on essays', () => {
  test('Highwire Press and Dublin Core, one author', () => {
    const root = doc('essays/published-essay/index.html');
    expect(metas(root, 'citation_title')).toEqual(['Tides & <Currents>: "quoted" essay']);
    expect(metas(root, 'citation_author')).toEqual(['Author, Ada']);
    expect(metas(root, 'citation_publication_date')).toEqual(['2025/08/01']);
    expect(metas(root, 'citation_publisher')).toEqual(['Asia New Zealand Foundation']);
    expect(metas(root, 'citation_language')).toEqual(['en']);
    expect(metas(root, 'citation_pdf_url')).toEqual([`${origin}/essays/published-essay/report.pdf`]);
    expect(metas(root, 'DC.title')).toEqual(['Tides & <Currents>: "quoted" essay']);
    expect(metas(root, 'DC.creator')).toEqual(['Author, Ada']);
    expect(metas(root, 'DC.date')).toEqual(['2025-08-01']);
    expect(metas(root, 'DC.identifier')).toEqual([`${origin}/essays/published-essay/`]);
    expect(root.querySelector('link[rel="schema.DC"]')).not.toBeNull();
  });

  test('one citation_author per author, a non-Latin name kept whole, no PDF tag without a PDF', () => {
    const root = doc('essays/mdx-essay/index.html');
    expect(metas(root, 'citation_author')).toEqual(['Author, Ada', '김민지']);
    expect(metas(root, 'citation_pdf_url')).toEqual([]);
    expect(metas(doc('essays/2026/korean-essay/index.html'), 'citation_language')).toEqual(['ko']);
  });
});

describe('JSON-LD', () => {
  test('an essay is an Article with Person authors, about its dialogue, and a breadcrumb trail', () => {
    const root = doc('essays/published-essay/index.html');
    const ld = jsonLd(root);
    expect(ld['@context']).toBe('https://schema.org');
    const article = node(root, 'Article');
    expect(article.headline).toBe('Tides & <Currents>: "quoted" essay');
    expect(article.description).toBe(
      'A published essay with an attachment, an alias and a lead image; its text ends </script><b>not bold</b>.',
    );
    expect(article.datePublished).toBe('2025-08-01');
    expect(article.dateModified).toBe('2025-08-20');
    expect(article.author).toEqual([
      expect.objectContaining({
        '@type': 'Person',
        name: 'Ada Author',
        url: `${origin}/people/ada-author/`,
        affiliation: { '@type': 'Organization', name: 'Fixture University' },
      }),
    ]);
    expect(article.about).toEqual({
      '@type': 'Event',
      '@id': `${origin}/dialogues/closed-dialogue/#event`,
      name: 'Closed Harbour Dialogue',
      url: `${origin}/dialogues/closed-dialogue/`,
    });
    expect(article.image).toMatch(new RegExp(`^${origin}/_astro/photo\\.`));
    expect(node(root, 'BreadcrumbList').itemListElement.map((i: { name: string; item: string }) => [i.name, i.item])).toEqual([
      ['Track II Dialogue Archive', `${origin}/`],
      ['Essays', `${origin}/essays/`],
      ['Tides & <Currents>: "quoted" essay', `${origin}/essays/published-essay/`],
    ]);
  });

  test('a </script> in the text cannot break out of the JSON-LD', () => {
    const html = read(dist, 'essays/published-essay/index.html');
    const script = /<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(html)![1]!;
    expect(script).not.toContain('<');
    expect(JSON.parse(script)['@graph'][0].description).toContain('</script><b>not bold</b>');
  });

  test('a closed dialogue is an Event with organisers and no attendee; an open one lists its attendees', () => {
    const closed = node(doc('dialogues/closed-dialogue/index.html'), 'Event');
    expect(closed).toMatchObject({
      name: 'Closed Harbour Dialogue',
      startDate: '2025-07-14',
      endDate: '2025-07-16',
      location: { '@type': 'Place', address: { addressLocality: 'Seoul', addressCountry: 'KR' } },
    });
    expect(closed.organizer.map((o: { name: string }) => o.name)).toEqual(['Asia New Zealand Foundation', 'Harbour Institute']);
    expect(closed.attendee).toBeUndefined();
    expect(JSON.stringify(closed)).not.toMatch(/Quentin|Rosalind|Ada Author|김민지/);
    const open = node(doc('dialogues/open-roundtable/index.html'), 'Event');
    expect(open.attendee).toEqual([{ '@type': 'Person', name: 'Oscar Openly', url: `${origin}/people/open-delegate/` }]);
  });

  test('partners are Organizations, people are Persons, topics are terms', () => {
    expect(node(doc('partners/harbour-institute/index.html'), 'Organization')).toMatchObject({
      name: 'Harbour Institute',
      alternateName: 'HI',
      sameAs: ['https://harbour.example.org/'],
    });
    expect(node(doc('people/korean-author/index.html'), 'Person')).toMatchObject({
      name: '김민지',
      url: `${origin}/people/korean-author/`,
    });
    expect(node(doc('topics/security/index.html'), 'DefinedTerm')).toMatchObject({ name: 'Security' });
  });

  test('every record page carries exactly one valid JSON-LD block', () => {
    const records = files.filter(
      (f) => /^(essays|dialogues|partners|people|topics)\/.+\/index\.html$/.test(f) && !f.startsWith('essays/page/'),
    );
    expect(records.length).toBeGreaterThan(15);
    for (const file of records) expect(jsonLd(doc(file))['@graph'].length, file).toBe(2);
  });
});

describe('citation files', () => {
  test.each(PUBLISHED)('%s has BibTeX, RIS and CSL-JSON that parse to the same reference', (id) => {
    const title = metas(doc(`essays/${id}/index.html`), 'citation_title')[0];
    for (const [ext, format] of [
      ['bib', '@biblatex/text'],
      ['ris', '@ris/file'],
      ['json', '@csl/list+object'],
    ] as const) {
      const [item] = parseCitation(read(dist, `essays/${id}.${ext}`), format);
      expect(item?.title, `${id}.${ext}`).toBe(title);
      expect(item?.URL, `${id}.${ext}`).toBe(`${origin}/essays/${id}/`);
    }
  });

  test('special characters and Korean names survive', () => {
    const bib = read(dist, 'essays/published-essay.bib');
    expect(bib).toContain('title = {{Tides \\& <Currents>: "quoted" essay}}');
    const [mdx] = parseCitation(read(dist, 'essays/mdx-essay.json'), '@csl/list+object');
    expect(mdx?.author).toEqual([{ family: 'Author', given: 'Ada' }, { literal: '김민지' }]);
    const [korean] = parseCitation(read(dist, 'essays/2026/korean-essay.ris'), '@ris/file');
    expect(korean?.title).toBe('태평양 협력에 대한 성찰');
  });

  test('the essay page offers them, with Chicago and APA to copy', () => {
    const root = doc('essays/published-essay/index.html');
    const links = root.querySelectorAll('.cite-files a').map((a) => a.getAttribute('href'));
    expect(links).toEqual(['/essays/published-essay.bib', '/essays/published-essay.ris', '/essays/published-essay.json']);
    expect(root.querySelector('#cite-chicago')!.getAttribute('data-citation')).toBe(
      `Author, Ada. “Tides & <Currents>: "quoted" essay.” Track II Dialogue Archive. Asia New Zealand Foundation, August 1, 2025. ${origin}/essays/published-essay/.`,
    );
    expect(root.querySelector('#cite-apa')!.getAttribute('data-citation')).toBe(
      `Author, A. (2025, August 1). Tides & <Currents>: "quoted" essay. Track II Dialogue Archive. ${origin}/essays/published-essay/`,
    );
    expect(root.querySelectorAll('button.copy-citation')).toHaveLength(2);
  });
});

describe('open data', () => {
  const data = (name: string) => JSON.parse(read(dist, `data/${name}.json`)) as { count: number; items: Array<Record<string, any>> };

  test('the index describes every file with its count', () => {
    const index = JSON.parse(read(dist, 'data/index.json'));
    expect(index.datasets.map((d: { name: string; url: string; count: number }) => [d.name, d.url, d.count])).toEqual([
      ['essays', `${origin}/data/essays.json`, 9],
      ['dialogues', `${origin}/data/dialogues.json`, 4],
      ['partners', `${origin}/data/partners.json`, 2],
      ['people', `${origin}/data/people.json`, 6],
      ['topics', `${origin}/data/topics.json`, 2],
    ]);
  });

  test('essays.json holds exactly the published essays, linked by id and absolute URL', () => {
    const essays = data('essays');
    expect(essays.items.map((e) => e.id)).toEqual(PUBLISHED);
    const published = essays.items.find((e) => e.id === 'published-essay')!;
    expect(published).toMatchObject({
      url: `${origin}/essays/published-essay/`,
      published: '2025-08-01',
      updated: '2025-08-20',
      authors: [{ id: 'ada-author', url: `${origin}/people/ada-author/` }],
      dialogue: { id: 'closed-dialogue', url: `${origin}/dialogues/closed-dialogue/` },
      countries: [
        { code: 'KR', name: 'South Korea' },
        { code: 'NZ', name: 'New Zealand' },
      ],
      attachments: [
        { title: 'The fixture report', url: `${origin}/essays/published-essay/report.pdf`, type: 'application/pdf', bytes: 756 },
      ],
      citation: {
        bibtex: `${origin}/essays/published-essay.bib`,
        ris: `${origin}/essays/published-essay.ris`,
        cslJson: `${origin}/essays/published-essay.json`,
      },
    });
  });

  test('the Chatham House Rule holds: closed delegations are counts, attendance only for open dialogues', () => {
    const dialogues = data('dialogues');
    const closed = dialogues.items.find((d) => d.id === 'closed-dialogue')!;
    expect(closed.delegation).toEqual({ total: 4, byRole: { academic: 2, journalist: 1, 'youth-observer': 1 }, people: null });
    const open = dialogues.items.find((d) => d.id === 'open-roundtable')!;
    expect(open.delegation).toEqual({
      total: 1,
      byRole: { 'former-diplomat': 1 },
      people: [{ id: 'open-delegate', url: `${origin}/people/open-delegate/` }],
    });
    const people = data('people');
    expect(people.items.find((p) => p.id === 'closed-delegate-one')!.dialoguesAttended).toEqual([]);
    expect(people.items.find((p) => p.id === 'open-delegate')!.dialoguesAttended).toEqual([
      { id: 'open-roundtable', url: `${origin}/dialogues/open-roundtable/` },
    ]);
    expect(read(dist, 'data/people.json')).not.toContain('closed-dialogue');
  });

  test('partners and topics link their records', () => {
    const harbour = data('partners').items.find((p) => p.id === 'harbour-institute')!;
    expect(harbour.dialogues.map((d: { id: string }) => d.id)).toEqual(['harbour-dialogue-2', 'closed-dialogue', 'open-roundtable']);
    expect(harbour.essays.map((e: { id: string }) => e.id)).toEqual([
      '2026/korean-essay',
      'published-essay-ja',
      'published-essay-ko',
      'published-essay',
    ]);
    const security = data('topics').items.find((t) => t.id === 'security')!;
    expect(security.essays.map((e: { id: string }) => e.id)).toEqual([
      '2026/japanese-essay',
      'published-essay-ja',
      'published-essay-ko',
      'published-essay',
      'early-translation',
    ]);
  });
});

describe('sitemap, robots, canonical and sharing tags', () => {
  test('the sitemap lists every published page and nothing else', () => {
    expect(read(dist, 'sitemap-index.xml')).toContain(`<loc>${origin}/sitemap-0.xml</loc>`);
    const urls = [...read(dist, 'sitemap-0.xml').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!);
    const pages = files
      .filter((f) => f.endsWith('index.html') && !f.startsWith('news/'))
      .map((f) => `${origin}/${f.replace(/index\.html$/, '')}`);
    expect(urls.sort()).toEqual(pages.sort());
    expect(urls.join('\n')).not.toMatch(/draft|scheduled|old\/|news\/|404/);
  });

  test('robots.txt points at the sitemap', () => {
    expect(read(dist, 'robots.txt')).toBe(`User-agent: *\nAllow: /\n\nSitemap: ${origin}/sitemap-index.xml\n`);
  });

  test('every page has a canonical link and Open Graph and Twitter tags', () => {
    for (const file of files.filter((f) => f.endsWith('.html') && !f.startsWith('old/') && !f.startsWith('news/'))) {
      const root = doc(file);
      const canonical = root.querySelector('link[rel="canonical"]')?.getAttribute('href');
      const path = `/${file.replace(/index\.html$/, '')}`;
      expect(canonical, file).toBe(`${origin}${path}`);
      expect(metas(root, 'og:url'), file).toEqual([canonical]);
      for (const tag of ['og:title', 'og:description', 'og:image', 'og:type', 'og:site_name', 'twitter:card'])
        expect(metas(root, tag)[0], `${file} ${tag}`).toBeTruthy();
    }
    const essay = doc('essays/published-essay/index.html');
    expect(metas(essay, 'og:type')).toEqual(['article']);
    expect(metas(essay, 'og:image')[0]).toMatch(new RegExp(`^${origin}/_astro/photo\\.`));
    expect(metas(essay, 'twitter:card')).toEqual(['summary_large_image']);
    expect(metas(essay, 'article:published_time')).toEqual(['2025-08-01']);
    expect(metas(doc('topics/security/index.html'), 'og:image')).toEqual([`${origin}/og-image.png`]);
  });
});
