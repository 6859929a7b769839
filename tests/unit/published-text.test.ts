/**
 * Editors' text outside the page body: what search indexes of a hostile body (only what the page
 * shows), and how a feed carries a description holding markup (as text, never as HTML).
 */
import Parser from 'rss-parser';
import { describe, expect, test } from 'vitest';
import type { EssayRecord } from '../../src/lib/archive';
import { essayFeedItem, renderFeed } from '../../src/lib/feed';
import { markdownText, publishedText } from '../../src/lib/markdown-text';
import { essaySearchRecord, type SearchLookups } from '../../src/lib/search-record';
import { parseIsoDate } from '../../src/schemas/dates';

const HOSTILE_BODY = [
  'Opening words.',
  '',
  'Quoted: <img src="x.png" title="a>b" onerror="alert(1)"> and slash:',
  '',
  '<div>',
  '<img/src="x.png"/onerror=alert(2)>',
  '<script>var stolen = document.cookie</script>',
  '<style>body { display: none }</style>',
  '</div>',
  '',
  'A [link](javascript\\:alert(3)) and <a href="&#106;avascript:alert(4)">another</a>.',
  '',
  '<svg><script>alert(5)</script><foreignObject><p onclick="alert(6)">drawn</p></foreignObject></svg>',
  '',
  'Closing words.',
].join('\n');

const lookups: SearchLookups = { peopleOf: () => [], topicsOf: () => [], partnersOf: () => [], dialogue: () => undefined };

const essay = (description: string) =>
  ({
    id: 'hostile',
    data: {
      title: 'A hostile essay',
      description,
      pubDate: parseIsoDate('2025-07-14')!,
      datePrecision: 'day',
      authors: [],
      topics: [],
      countries: [],
      lang: 'en',
      translators: [],
      attachments: [],
      aliases: [],
      draft: false,
    },
  }) as unknown as EssayRecord;

describe('search indexes what the page shows', () => {
  test('a hostile body leaves no script, handler, style or address in the record', () => {
    const { text } = essaySearchRecord(essay('A description.'), lookups, publishedText(HOSTILE_BODY));
    expect(text).toBe('A hostile essay. A description.. Opening words. Quoted: and slash: A link and another. Closing words.');
    for (const word of ['alert', 'onerror', 'onclick', 'javascript', 'cookie', 'display', 'drawn', 'a>b']) expect(text).not.toContain(word);
  });

  test("an MDX body's code is not its text", () => {
    expect(publishedText("export const year = 2025;\n\nAn essay from {year}, with a <abbr title='t'>TLA</abbr>.")).toBe(
      'An essay from , with a TLA.',
    );
  });

  test('the reading time still counts the words, quickly, by pattern', () => {
    expect(markdownText('# Title\n\nSome *words* and a [link](https://x.org/).')).toBe('Title Some words and a link.');
  });
});

describe('feeds carry editors text as text', () => {
  test('a description holding markup is shown by feed readers as that text', async () => {
    const item = essayFeedItem({
      essay: essay('Ends with </script><b>not bold</b> & "quotes"'),
      link: 'https://x.org/essays/hostile/',
      authorNames: ['Ada <Author>'],
      topicNames: ['Trade & Security'],
    });
    const xml = await renderFeed(
      {
        title: 'Feed & <co>',
        description: 'All',
        link: 'https://x.org/',
        self: 'https://x.org/rss.xml',
        stylesheet: '/rss.xsl',
        language: 'en',
        lastBuildDate: parseIsoDate('2025-07-14')!,
      },
      [item],
    );
    expect(xml).toContain(
      '<description>Ends with &amp;lt;/script&amp;gt;&amp;lt;b&amp;gt;not bold&amp;lt;/b&amp;gt; &amp;amp; &amp;quot;quotes&amp;quot;</description>',
    );
    expect(xml).not.toMatch(/<b>|<\/script>/);
    const parsed = await new Parser({ customFields: { item: [['dc:creator', 'creator']] } }).parseString(xml);
    const [read] = parsed.items;
    // The description is HTML to a reader; as HTML, it says the text as written.
    expect(read?.content).toBe('Ends with &lt;/script&gt;&lt;b&gt;not bold&lt;/b&gt; &amp; &quot;quotes&quot;');
    expect(read?.contentSnippet).toBe('Ends with </script><b>not bold</b> & "quotes"');
    expect(read?.title).toBe('A hostile essay');
    expect(read?.categories).toEqual(['Trade & Security']);
    expect(parsed.title).toBe('Feed & <co>');
  });
});
