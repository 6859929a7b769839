import { SyntaxValidator } from 'fast-xml-validator';
import type { RSSFeedItem } from '@astrojs/rss';
import Parser from 'rss-parser';
import { describe, expect, test } from 'vitest';
import { absolutizeHtml } from '../../src/lib/absolute-urls';
import { parseIsoDate } from '../../src/schemas/dates';
import {
  dialogueFeedItem,
  escapeXml,
  essayFeedItem,
  essaysByLanguage,
  feedBody,
  feedInParts,
  newest,
  renderFeed,
  type Channel,
} from '../../src/lib/feed';
import type { EssayRecord } from '../../src/lib/archive';

const day = (iso: string) => parseIsoDate(iso)!;

/** The whole feed of `feedInParts` as one string. */
async function renderFeedInParts<T>(
  channel: Channel,
  sources: readonly T[],
  toItem: (source: T) => Promise<RSSFeedItem>,
  partSize: number,
): Promise<string> {
  let xml = '';
  for await (const part of feedInParts(channel, sources, toItem, partSize)) xml += part;
  return xml;
}

describe('absolutizeHtml', () => {
  const base = 'https://archive.example.org/essays/a/';
  test.each([
    ['<a href="/dialogues/x/">x</a>', '<a href="https://archive.example.org/dialogues/x/">x</a>'],
    ['<a href="./report.pdf">r</a>', '<a href="https://archive.example.org/essays/a/report.pdf">r</a>'],
    ['<a href="../b/">b</a>', '<a href="https://archive.example.org/essays/b/">b</a>'],
    ['<a href="https://other.example/">o</a>', '<a href="https://other.example/">o</a>'],
    ['<a href="#note-1">1</a>', '<a href="#note-1">1</a>'],
    ['<a href="mailto:a@b.c">m</a>', '<a href="mailto:a@b.c">m</a>'],
    ['<img src=\'/_astro/p.webp\' alt="x">', '<img src=\'https://archive.example.org/_astro/p.webp\' alt="x">'],
    [
      '<img srcset="/a.webp 400w, /b.webp 800w">',
      '<img srcset="https://archive.example.org/a.webp 400w, https://archive.example.org/b.webp 800w">',
    ],
    ['<a href="/search/?q=a&amp;type=Essay">s</a>', '<a href="https://archive.example.org/search/?q=a&amp;type=Essay">s</a>'],
    ['<p>href="/not-an-attribute/"</p>', '<p>href="/not-an-attribute/"</p>'],
  ])('%s', (html, expected) => {
    expect(absolutizeHtml(html, base)).toBe(expected);
  });
});

describe('feeds', () => {
  test('escapeXml', () => {
    expect(escapeXml(`Tides & <Currents> "q" 'a'`)).toBe('Tides &amp; &lt;Currents&gt; &quot;q&quot; &apos;a&apos;');
  });

  test('newest', () => {
    expect(newest([day('2025-01-01'), day('2026-01-01')], day('2000-01-01')).toISOString()).toBe('2026-01-01T00:00:00.000Z');
    expect(newest([], day('2000-01-01')).toISOString()).toBe('2000-01-01T00:00:00.000Z');
  });

  test('a channel renders to a feed that parses, special characters intact', async () => {
    const item = dialogueFeedItem({
      dialogue: {
        id: 'd',
        data: {
          title: 'A & B <dialogue>',
          format: 'roundtable',
          partners: ['p'],
          startDate: day('2025-07-14'),
          endDate: day('2025-07-16'),
          datePrecision: 'day',
          location: { city: 'Seoul', country: 'KR' },
          topics: [],
          delegates: ['someone'],
          chathamHouse: true,
          summary: 'Said "this" & that.',
        },
      },
      link: 'https://x.org/dialogues/d/',
      partnerNames: ['Harbour & Co'],
      topicNames: ['Security'],
    });
    const xml = await renderFeed(
      {
        title: 'Feed & <title>',
        description: 'd',
        link: 'https://x.org/dialogues/',
        self: 'https://x.org/dialogues/rss.xml',
        stylesheet: '/rss.xsl',
        language: 'en',
        lastBuildDate: day('2025-07-14'),
      },
      [item],
    );
    expect(SyntaxValidator.validate(xml)).toBe(true);
    const parsed = await new Parser().parseString(xml);
    expect(parsed.title).toBe('Feed & <title>');
    expect(parsed.items[0]?.title).toBe('A & B <dialogue>');
    expect(parsed.items[0]?.pubDate).toBe('Mon, 14 Jul 2025 00:00:00 GMT');
    // The description is HTML to feed readers: the text made HTML, then escaped for XML.
    expect(parsed.items[0]?.content).toContain('Roundtable · 14–16 July 2025 · Seoul, South Korea · with Harbour &amp; Co');
    expect(parsed.items[0]?.contentSnippet).toBe(
      'Said "this" & that. (Roundtable · 14–16 July 2025 · Seoul, South Korea · with Harbour & Co)',
    );
    expect(xml).not.toContain('someone');
  });
});

describe('essays in several languages', () => {
  const essay = (id: string, lang: string, more: Partial<EssayRecord['data']> = {}): EssayRecord => ({
    id,
    data: {
      title: `Title ${id}`,
      description: `About ${id}`,
      pubDate: day('2025-01-01'),
      datePrecision: 'day',
      authors: ['a'],
      topics: [],
      countries: [],
      lang,
      translators: [],
      attachments: [],
      aliases: [],
      draft: false,
      ...more,
    },
  });

  test('are grouped by language, in the order given, languages by tag, letter case ignored', () => {
    const groups = essaysByLanguage([essay('e1', 'ko'), essay('e2', 'en'), essay('e3', 'zh-Hant'), essay('e4', 'KO'), essay('e5', 'en')]);
    expect(groups.map(({ lang, essays }) => [lang, essays.map((e) => e.id)])).toEqual([
      ['en', ['e2', 'e5']],
      ['ko', ['e1', 'e4']],
      ['zh-Hant', ['e3']],
    ]);
    expect(essaysByLanguage([])).toEqual([]);
  });

  test('a translation credits its translators as contributors, its authors as creators, and names its language', async () => {
    const item = essayFeedItem({
      essay: essay('e-ko', 'ko', { translationOf: 'e', translators: ['t'] }),
      link: 'https://x.org/essays/e-ko/',
      authorNames: ['Ada Author'],
      translatorNames: ['Kim & Lee'],
      topicNames: [],
    });
    expect(item.customData).toBe(
      '<dc:creator>Ada Author</dc:creator><dc:contributor>Kim &amp; Lee</dc:contributor><dc:language>ko</dc:language>',
    );
    const original = essayFeedItem({
      essay: essay('e', 'en'),
      link: 'https://x.org/essays/e/',
      authorNames: ['Ada Author'],
      topicNames: [],
    });
    expect(original.customData).not.toContain('dc:contributor');
  });
});

describe('a full-text feed made a part at a time', () => {
  const channel = {
    title: 'Essays & <more>',
    description: 'All of them',
    link: 'https://x.org/essays/',
    self: 'https://x.org/rss.xml',
    stylesheet: '/rss.xsl',
    language: 'en',
    lastBuildDate: day('2026-02-03'),
  };
  const item = (i: number) =>
    Promise.resolve({
      title: `Essay ${i} <item> & "quotes"`,
      link: `https://x.org/essays/e${i}/`,
      pubDate: day('2025-01-01'),
      description: `Summary ${i}, with <item> in it`,
      content: `<p>Text ${i} with <a href="https://x.org/">a link</a> and 협력 기후</p>`,
      categories: ['Security'],
      customData: `<dc:creator>Author ${i}</dc:creator><dc:language>en</dc:language>`,
    });

  test.each([0, 1, 3, 4, 5, 11])('%i items, in parts of 4, are written as one call writes them', async (count) => {
    const numbers = Array.from({ length: count }, (_, i) => i);
    const whole = await renderFeed(channel, await Promise.all(numbers.map(item)), { contentNamespace: true });
    const parts = await renderFeedInParts(channel, numbers, item, 4);
    expect(parts).toBe(whole);
    expect(SyntaxValidator.validate(parts)).toBe(true);
    const parsed = await new Parser().parseString(parts);
    expect(parsed.items.map((i) => i.link)).toEqual(numbers.map((i) => `https://x.org/essays/e${i}/`));
  });

  test('as a response body: the same feed in UTF-8, each part made only when the one before is read', async () => {
    const numbers = Array.from({ length: 11 }, (_, i) => i);
    let made = 0;
    const counted = (i: number) => {
      made += 1;
      return item(i);
    };
    const body = feedBody(feedInParts(channel, numbers, counted, 4));
    expect(made).toBe(0);
    const reader = body.getReader();
    const chunks: Uint8Array[] = [];
    const first = await reader.read();
    chunks.push(first.value!);
    expect(made).toBe(4);
    for (let next = await reader.read(); !next.done; next = await reader.read()) chunks.push(next.value);
    expect(made).toBe(11);
    const whole = await renderFeed(channel, await Promise.all(numbers.map(item)), { contentNamespace: true });
    expect(Buffer.concat(chunks).equals(Buffer.from(whole, 'utf8'))).toBe(true);
    // As Astro reads an endpoint's body.
    const response = new Response(feedBody(feedInParts(channel, numbers, item, 4)));
    expect(await response.text()).toBe(whole);
  });

  test('as a response body: an item that cannot be made fails the response with its reason', async () => {
    const failing = (i: number) => (i === 6 ? Promise.reject(new Error('essay-6: no rendered body')) : item(i));
    const response = new Response(feedBody(feedInParts(channel, [0, 1, 2, 3, 4, 5, 6, 7], failing, 4)));
    await expect(response.arrayBuffer()).rejects.toThrow('essay-6: no rendered body');
  });

  test('the content namespace is declared once, as when every item carries content', async () => {
    const xml = await renderFeedInParts(channel, [0, 1, 2], item, 2);
    expect(xml.match(/xmlns:content=/g)).toHaveLength(1);
    expect(xml).toBe(await renderFeed(channel, await Promise.all([0, 1, 2].map(item))));
  });
});
