/** What decides search records, their filters, the URL state and word segmentation. */
import { describe, expect, test } from 'vitest';
import { buildArchive } from '../../src/lib/archive';
import { parseIsoDate } from '../../src/schemas/dates';
import { publishedText } from '../../src/lib/markdown-text';
import { DICTIONARIES, endonym } from '../../src/lib/i18n';
import {
  dialogueSearchRecord,
  essaySearchRecord,
  filterValueLabel,
  pageSearchRecord,
  partnerSearchRecord,
  personSearchRecord,
  topicSearchRecord,
} from '../../src/lib/search-record';
import { describeCount, isEmpty, pagefindFilters, pagefindSort, parseSearchState, toSearchParams } from '../../src/lib/search-state';
import { joinSegmented, segmentHtmlText, segmentWords } from '../../src/lib/segment';

const day = (iso: string) => parseIsoDate(iso)!;

const archive = buildArchive(
  {
    essays: [
      {
        id: 'e',
        data: {
          title: '태평양 협력',
          description: 'd',
          pubDate: day('2026-01-15'),
          datePrecision: 'day' as const,
          authors: ['kim', 'ada'],
          dialogue: 'closed',
          topics: ['security'],
          countries: ['KR' as const, 'NZ' as const],
          lang: 'ko',
          translators: [],
          attachments: [],
          aliases: [],
          draft: false,
        },
      },
    ],
    dialogues: [
      {
        id: 'closed',
        data: {
          title: 'Closed',
          format: 'track-2' as const,
          partners: ['harbour', 'river'],
          startDate: day('2025-07-01'),
          datePrecision: 'month' as const,
          location: { city: 'Seoul', country: 'KR' as const },
          topics: ['security'],
          delegates: ['quinn'],
          chathamHouse: true,
          summary: 's',
        },
      },
    ],
    partners: [
      {
        id: 'harbour',
        data: { name: 'Harbour Institute', countries: ['KR' as const], kind: 'think-tank' as const, relationship: 'reciprocal' as const },
      },
      {
        id: 'river',
        data: {
          name: 'River Network',
          countries: ['VN' as const, 'LA' as const],
          kind: 'research-network' as const,
          relationship: 'supported' as const,
        },
      },
    ],
    people: [
      { id: 'ada', data: { name: 'Ada Author', roles: ['academic' as const] } },
      { id: 'kim', data: { name: '김민지', roles: ['youth-observer' as const] } },
      { id: 'quinn', data: { name: 'Quinn Quiet', roles: ['journalist' as const] } },
    ],
    topics: [{ id: 'security', data: { name: 'Security' } }],
    pages: [{ id: 'about', data: { title: 'About', description: 'a' } }],
  },
  { today: day('2026-06-01'), includeUnpublished: false },
);

describe('search records', () => {
  test('an essay: authors, topics, partners of its dialogue, countries, year, language', () => {
    expect(essaySearchRecord(archive.essays[0]!, archive, publishedText('## 협력\n\nThe **body** with a [link](/x/).'))).toEqual({
      type: 'essay',
      title: '태평양 협력',
      lang: 'ko',
      text: '태평양 협력. d. 김민지, Ada Author. Reflects on Closed. 협력 The body with a link.',
      date: { iso: '2026-01-15', display: '15 January 2026' },
      filters: {
        type: ['Essay'],
        topic: ['Security'],
        partner: ['Harbour Institute', 'River Network'],
        country: ['South Korea', 'New Zealand'],
        year: ['2026'],
        author: ['김민지', 'Ada Author'],
        language: ['ko'],
      },
    });
  });

  test('a dialogue: format and place, and never the names of a closed delegation', () => {
    const quinn = archive.person('quinn')!;
    const record = dialogueSearchRecord(archive.dialogue('closed')!, archive, 'en', 'Account.', [quinn]);
    expect(record).toEqual({
      type: 'dialogue',
      title: 'Closed',
      lang: 'en',
      text: 'Closed. s. Seoul, South Korea. Harbour Institute, River Network. Account.',
      date: { iso: '2025-07-01', display: 'July 2025' },
      filters: {
        type: ['Dialogue'],
        topic: ['Security'],
        partner: ['Harbour Institute', 'River Network'],
        country: ['South Korea'],
        year: ['2025'],
        language: ['en'],
        format: ['Track II dialogue'],
      },
    });
    expect(JSON.stringify(record)).not.toContain('Quinn');
  });

  test('undated records: partners, people, topics, pages', () => {
    expect(partnerSearchRecord(archive.partner('river')!, 'en')).toEqual({
      type: 'partner',
      title: 'River Network',
      lang: 'en',
      text: 'River Network. Vietnam, Laos',
      filters: { type: ['Partner'], partner: ['River Network'], country: ['Vietnam', 'Laos'], language: ['en'] },
    });
    expect(personSearchRecord(archive.person('quinn')!, 'en', 'Bio.')).toEqual({
      type: 'person',
      title: 'Quinn Quiet',
      lang: 'en',
      text: 'Quinn Quiet. Bio.',
      filters: { type: ['Person'], language: ['en'] },
    });
    expect(topicSearchRecord(archive.topic('security')!, 'en').filters).toEqual({
      type: ['Topic'],
      topic: ['Security'],
      language: ['en'],
    });
    expect(pageSearchRecord(archive.pages[0]!, 'en').filters).toEqual({ type: ['Page'], language: ['en'] });
  });
});

describe('search state in the URL', () => {
  test('round-trips query, filters and sort', () => {
    const params = new URLSearchParams('q=climate+change&topic=The+Pacific&topic=Climate+change&type=Essay&sort=date&unknown=x');
    const state = parseSearchState(params);
    expect(state).toEqual({
      query: 'climate change',
      filters: { type: ['Essay'], topic: ['The Pacific', 'Climate change'] },
      sort: 'date',
    });
    expect(toSearchParams(state).toString()).toBe('q=climate+change&type=Essay&topic=The+Pacific&topic=Climate+change&sort=date');
  });

  test('a language is its tag, in the URL as in the index, however the URL spells it', () => {
    expect(parseSearchState(new URLSearchParams('language=KO&language=zh-hant&language=ko&language=not+a+tag')).filters).toEqual({
      language: ['ko', 'zh-Hant', 'not a tag'],
    });
    expect(toSearchParams(parseSearchState(new URLSearchParams('type=Essay&language=ja'))).toString()).toBe('type=Essay&language=ja');
  });

  test('a language filter is shown by its name in its own script; other values as they are', () => {
    expect(filterValueLabel('language', 'ko')).toBe('한국어');
    expect(filterValueLabel('language', 'vi')).toBe('Tiếng Việt');
    expect(filterValueLabel('language', 'ja')).toBe('日本語');
    expect(filterValueLabel('language', 'en')).toBe('English');
    // Without a dictionary of its own, the language's name comes from the browser's data.
    expect(filterValueLabel('language', 'th')).toBe('ไทย');
    expect(filterValueLabel('topic', 'ko')).toBe('ko');
    expect(filterValueLabel('language', 'not a tag')).toBe('not a tag');
  });

  test('the search page names each language as the rest of the site does', () => {
    for (const tag of [...Object.keys(DICTIONARIES), 'zh-Hant', 'zh-Hans', 'id', 'th', 'ar']) {
      expect(filterValueLabel('language', tag), tag).toBe(endonym(tag));
    }
  });

  test('ignores empty and repeated values', () => {
    expect(parseSearchState(new URLSearchParams('q=%20&topic=&topic=A&topic=A&sort=bogus'))).toEqual({
      query: '',
      filters: { topic: ['A'] },
      sort: 'relevance',
    });
    expect(isEmpty(parseSearchState(new URLSearchParams('')))).toBe(true);
    expect(isEmpty(parseSearchState(new URLSearchParams('year=2025')))).toBe(false);
  });

  test('filters: alternatives within one, all of them together; a group can be left out for its own counts', () => {
    const filters = { type: ['Essay', 'Dialogue'], year: ['2025'] };
    expect(pagefindFilters(filters)).toEqual({ type: { any: ['Essay', 'Dialogue'] }, year: { any: ['2025'] } });
    expect(pagefindFilters(filters, 'type')).toEqual({ year: { any: ['2025'] } });
  });

  test('newest first when asked or when there are no words to rank by', () => {
    expect(pagefindSort({ query: 'x', filters: {}, sort: 'relevance' })).toBeUndefined();
    expect(pagefindSort({ query: 'x', filters: {}, sort: 'date' })).toEqual({ date: 'desc' });
    expect(pagefindSort({ query: '', filters: { type: ['Essay'] }, sort: 'relevance' })).toEqual({ date: 'desc' });
  });

  test.each([
    [0, 'x', {}, 'No results for “x”'],
    [1, 'x', {}, '1 result for “x”'],
    [12, 'climate', { type: ['Essay'] }, '12 results for “climate” with the chosen filters'],
    [3, '', { type: ['Essay'] }, '3 results with the chosen filters'],
  ])('%i results for %j', (count, query, filters, expected) => {
    expect(describeCount(count, { query, filters, sort: 'relevance' })).toBe(expected);
  });
});

describe('word segmentation for the index', () => {
  test('Chinese and Japanese are split into words; spaced scripts are left alone', () => {
    expect(segmentWords('气候变化')).toBe('气候 变化');
    expect(segmentWords('気候変動への協力', 'ja')).toBe('気候 変動 へ の 協力');
    expect(segmentWords('태평양 지역의 협력은')).toBe('태평양 지역의 협력은');
    expect(segmentWords('Hợp tác khí hậu')).toBe('Hợp tác khí hậu');
    expect(segmentWords('New Zealand 与 中国合作')).toBe('New Zealand 与 中国 合作');
  });

  test('in HTML only text is touched, never tags, attributes, metadata or filter values', () => {
    const html =
      '<h1 title="气候变化">气候变化</h1><span data-pagefind-meta="title">气候变化</span><span data-pagefind-filter="topic">气候变化</span><p>合作非常重要</p>';
    expect(segmentHtmlText(html, 'zh')).toBe(
      '<h1 title="气候变化">气候 变化</h1><span data-pagefind-meta="title">气候变化</span><span data-pagefind-filter="topic">气候变化</span><p>合作 非常 重要</p>',
    );
    expect(segmentHtmlText('<p>English only</p>')).toBe('<p>English only</p>');
  });

  test('excerpts are joined back for reading, marks kept', () => {
    expect(joinSegmented('太平洋 地区 在 <mark>气候</mark> 变化 and more words')).toBe('太平洋地区在<mark>气候</mark>变化 and more words');
  });
});
