import { SyntaxValidator } from 'fast-xml-validator';
import Parser from 'rss-parser';
import { describe, expect, test } from 'vitest';
import { absolutizeHtml } from '../../src/lib/absolute-urls';
import { parseIsoDate } from '../../src/lib/dates';
import { dialogueFeedItem, escapeXml, newest, renderFeed } from '../../src/lib/feed';

const day = (iso: string) => parseIsoDate(iso)!;

describe('absolutizeHtml', () => {
  const base = 'https://archive.example.org/essays/a/';
  test.each([
    ['<a href="/dialogues/x/">x</a>', '<a href="https://archive.example.org/dialogues/x/">x</a>'],
    ['<a href="./report.pdf">r</a>', '<a href="https://archive.example.org/essays/a/report.pdf">r</a>'],
    ['<a href="../b/">b</a>', '<a href="https://archive.example.org/essays/b/">b</a>'],
    ['<a href="https://other.example/">o</a>', '<a href="https://other.example/">o</a>'],
    ['<a href="#note-1">1</a>', '<a href="#note-1">1</a>'],
    ['<a href="mailto:a@b.c">m</a>', '<a href="mailto:a@b.c">m</a>'],
    ["<img src='/_astro/p.webp' alt=\"x\">", "<img src='https://archive.example.org/_astro/p.webp' alt=\"x\">"],
    ['<img srcset="/a.webp 400w, /b.webp 800w">', '<img srcset="https://archive.example.org/a.webp 400w, https://archive.example.org/b.webp 800w">'],
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
    expect(parsed.items[0]?.content).toContain('Roundtable · 14–16 July 2025 · Seoul, South Korea · with Harbour & Co');
    expect(xml).not.toContain('someone');
  });
});
