/**
 * The interface's dictionaries and the language-aware formatting around them. That every
 * dictionary has every word is the type checker's (each is typed `Dictionary`, and the
 * `@ts-expect-error` below proves a partial one does not compile); these tests check what it
 * cannot: that no word is empty or left in English, that languages are matched to the right
 * dictionary, and that dates and lists read as each language writes them.
 */
import { describe, expect, test } from 'vitest';
import { formatDate, formatDateRange } from '../../src/lib/dates';
import {
  DICTIONARIES,
  countryNameIn,
  dictionaryTag,
  endonym,
  interfaceFor,
  langAttributes,
  languageNameIn,
  type Dictionary,
} from '../../src/lib/i18n';
import { en } from '../../src/lib/i18n/en';
import { markedParts } from '../../src/lib/i18n/marked';
import { joinNames, listParts } from '../../src/lib/labels';
import { describeCount } from '../../src/lib/search-state';
import { parseIsoDate } from '../../src/schemas/dates';

const d = (iso: string) => parseIsoDate(iso)!;

// @ts-expect-error a dictionary that lacks a section (here the essay page's words) does not compile
const partial: Dictionary = { ...en, essay: undefined };
void partial;

/**
 * Every word of a dictionary as a path and a text: strings as they are, functions called with
 * sample values (a count of 2 or 1, a role, a name), so that what they say can be compared.
 */
function words(value: unknown, path = ''): Array<[string, string]> {
  if (typeof value === 'string') return [[path, value]];
  if (typeof value === 'function') {
    const fn = value as (...args: unknown[]) => string;
    if (path.endsWith('roleCount'))
      return [
        [`${path}(2)`, fn(2, 'academic')],
        [`${path}(1)`, fn(1, 'youth-observer')],
      ];
    if (path.endsWith('relationshipsNote')) return [[path, fn(['Reciprocal', 'Supported'])]];
    if (path.endsWith('partnerDescription')) return [[path, fn('Harbour Institute', 'Think tank', 'Korea', 'Reciprocal')]];
    if (fn.length === 2)
      return [
        [`${path}(2)`, fn(2, 3)],
        [`${path}(1)`, fn(1, 'Name')],
      ];
    return [
      [`${path}(2)`, fn(2)],
      [`${path}(1)`, fn(1)],
      [`${path}(name)`, fn('Name')],
    ];
  }
  if (Array.isArray(value)) return value.flatMap((item, index) => words(item, `${path}[${index}]`));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([key, item]) => words(item, path ? `${path}.${key}` : key));
  throw new Error(`${path} is neither a word nor a group of words`);
}

const english = new Map(words(en));
const others = Object.entries(DICTIONARIES).filter(([tag]) => tag !== 'en');

/**
 * What may read the same as in English: punctuation, units ("1 byte" in Vietnamese too), and
 * sentences made of their values alone ("Site: what", "Name: kind (countries). Relationship."),
 * whose words come translated.
 */
const SAME_AS_ENGLISH = new Set([
  'separator',
  'fullStop',
  'essay.bytes(1)',
  'feeds.feedTitle(2)',
  'feeds.feedTitle(1)',
  'records.partnerDescription',
]);

describe('dictionaries', () => {
  test('there is one for English, Korean, Vietnamese, Japanese, and Chinese in both scripts', () => {
    expect(Object.keys(DICTIONARIES).sort()).toEqual(['en', 'ja', 'ko', 'vi', 'zh', 'zh-Hant']);
  });

  test.each(Object.entries(DICTIONARIES))('%s says every word, none of them empty', (_tag, dictionary) => {
    const said = words(dictionary);
    expect(said.map(([path]) => path)).toEqual([...english.keys()]);
    for (const [path, text] of said) expect(text.trim(), path).not.toBe('');
  });

  test.each(others)('%s leaves no word in English', (_tag, dictionary) => {
    const leftInEnglish = words(dictionary).filter(([path, text]) => !SAME_AS_ENGLISH.has(path) && text === english.get(path));
    expect(leftInEnglish).toEqual([]);
  });

  test.each(Object.entries(DICTIONARIES))('%s names its own language and locale as Intl knows them', (tag, dictionary) => {
    expect(Intl.DateTimeFormat.supportedLocalesOf([dictionary.locale])).toEqual([dictionary.locale]);
    expect(dictionaryTag(dictionary.locale)).toBe(tag);
  });

  test('the marks a sentence may carry are kept apart from its text', () => {
    expect(markedParts('Held under the **Chatham House Rule**: a `{ id }` pair.')).toEqual([
      { kind: 'text', text: 'Held under the ' },
      { kind: 'strong', text: 'Chatham House Rule' },
      { kind: 'text', text: ': a ' },
      { kind: 'code', text: '{ id }' },
      { kind: 'text', text: ' pair.' },
    ]);
    expect(markedParts('An unclosed **mark stays text')).toEqual([{ kind: 'text', text: 'An unclosed **mark stays text' }]);
  });
});

describe('which dictionary speaks a language', () => {
  test.each([
    ['ko', 'ko'],
    ['ko-KR', 'ko'],
    ['ja-JP', 'ja'],
    ['vi', 'vi'],
    ['zh', 'zh'],
    ['zh-Hans', 'zh'],
    ['zh-CN', 'zh'],
    ['zh-Hant', 'zh-Hant'],
    ['zh-TW', 'zh-Hant'],
    ['zh-HK', 'zh-Hant'],
    ['en-NZ', 'en'],
    ['th', undefined],
    ['not a tag', undefined],
  ])('%s → %s', (lang, tag) => {
    expect(dictionaryTag(lang)).toBe(tag);
  });

  test('a language is named in its own script, from its dictionary or else from Intl', () => {
    expect(['en', 'ko', 'vi', 'ja', 'zh', 'zh-Hant'].map(endonym)).toEqual([
      'English',
      '한국어',
      'Tiếng Việt',
      '日本語',
      '中文',
      '繁體中文',
    ]);
    expect(endonym('zh-Hans')).toBe('简体中文');
    expect(endonym('th')).toBe('ไทย');
  });

  test('a language without a dictionary falls back to the site’s, then to English', () => {
    expect(interfaceFor('th', 'ko').lang).toBe('ko');
    expect(interfaceFor('th', 'ko').t.site.skipToContent).toBe('본문으로 건너뛰기');
    expect(interfaceFor('th', 'mi').lang).toBe('en');
    expect(interfaceFor('zh-TW', 'en').t.site.searchButton).toBe('搜尋');
  });

  test('only what differs from its surroundings is marked, with its direction where that differs too', () => {
    expect(langAttributes('ko', 'ko')).toEqual({});
    expect(langAttributes('zh', 'zh-Hans')).toEqual({});
    expect(langAttributes('en', 'ko')).toEqual({ lang: 'en' });
    expect(langAttributes('ko', 'th')).toEqual({ lang: 'ko' });
    expect(langAttributes('en', 'ar')).toEqual({ lang: 'en', dir: 'ltr' });
    expect(langAttributes('fa', 'en')).toEqual({ lang: 'fa', dir: 'rtl' });
  });
});

describe('dates in the page’s language', () => {
  test.each([
    ['en', '2 August 2024', 'August 2024', '2024'],
    ['ko', '2024년 8월 2일', '2024년 8월', '2024년'],
    ['ja', '2024年8月2日', '2024年8月', '2024年'],
    ['zh', '2024年8月2日', '2024年8月', '2024年'],
    ['zh-Hant', '2024年8月2日', '2024年8月', '2024年'],
    ['vi', '2 tháng 8, 2024', 'tháng 8 năm 2024', '2024'],
  ])('%s: %s, %s, %s', (lang, day, month, year) => {
    expect(formatDate(d('2024-08-02'), 'day', lang)).toBe(day);
    expect(formatDate(d('2024-08-02'), 'month', lang)).toBe(month);
    expect(formatDate(d('2024-08-02'), 'year', lang)).toBe(year);
  });

  test.each([
    ['en', '14–16 July 2025', '30 June – 2 July 2025', '30 December 2025 – 2 January 2026'],
    ['ko', '2025년 7월 14일~16일', '2025년 6월 30일~7월 2일', '2025년 12월 30일~2026년 1월 2일'],
    ['ja', '2025年7月14日～16日', '2025年6月30日～7月2日', '2025年12月30日～2026年1月2日'],
    ['zh', '2025年7月14日–16日', '2025年6月30日–7月2日', '2025年12月30日–2026年1月2日'],
    ['zh-Hant', '2025年7月14日至16日', '2025年6月30日至7月2日', '2025年12月30日至2026年1月2日'],
    ['vi', '14 – 16 tháng 7, 2025', '30 tháng 6 – 2 tháng 7, 2025', '30 tháng 12, 2025 – 2 tháng 1, 2026'],
  ])('%s ranges say once what both ends share', (lang, sameMonth, sameYear, acrossYears) => {
    expect(formatDateRange(d('2025-07-14'), d('2025-07-16'), 'day', lang)).toBe(sameMonth);
    expect(formatDateRange(d('2025-06-30'), d('2025-07-02'), 'day', lang)).toBe(sameYear);
    expect(formatDateRange(d('2025-12-30'), d('2026-01-02'), 'day', lang)).toBe(acrossYears);
  });

  test('a date is the same day in every language, whatever the time zone (dates are midnight UTC)', () => {
    expect(formatDate(d('2026-01-01'), 'day', 'ko')).toBe('2026년 1월 1일');
    expect(formatDate(d('2025-12-31'), 'day', 'ja')).toBe('2025年12月31日');
  });

  test('a language Intl has no data for is written as English, not as the building machine’s locale', () => {
    expect(formatDate(d('2024-08-02'), 'day', 'qaa')).toBe('2 August 2024');
  });
});

describe('lists, names and counts in the page’s language', () => {
  test.each([
    ['en', 'A, B and C'],
    ['ko', 'A, B 및 C'],
    ['ja', 'A、B、C'],
    ['zh', 'A、B和C'],
    ['vi', 'A, B và C'],
  ])('%s joins names as %s', (lang, joined) => {
    expect(joinNames(['A', 'B', 'C'], lang)).toBe(joined);
  });

  test('a list’s parts keep the items apart from the words between them', () => {
    expect(listParts(['a', 'b'], 'en', 'disjunction')).toEqual([
      { type: 'element', value: 'a' },
      { type: 'literal', value: ' or ' },
      { type: 'element', value: 'b' },
    ]);
  });

  test('countries and languages are named in the interface’s language; English keeps the archive’s own country names', () => {
    expect(countryNameIn('KR', 'en')).toBe('South Korea');
    expect(countryNameIn('KR', 'ko')).toBe('대한민국');
    expect(countryNameIn('NZ', 'ja')).toBe('ニュージーランド');
    expect(countryNameIn('VN', 'vi')).toBe('Việt Nam');
    expect(languageNameIn('ko', 'en')).toBe('Korean');
    expect(languageNameIn('th', 'ko')).toBe('태국어');
    expect(languageNameIn('ko', 'vi')).toBe('Tiếng Hàn');
  });

  test('the search page’s count reads in its language, the query shown as typed', () => {
    const ko = DICTIONARIES.ko!.search.count;
    expect(describeCount(12, { query: '기후', filters: {}, sort: 'relevance' }, ko)).toBe('“기후”에 대한 결과 12건');
    expect(describeCount(0, { query: '', filters: { type: ['에세이'] }, sort: 'relevance' }, ko)).toBe('결과 없음 (선택한 필터 적용)');
    expect(describeCount(2, { query: '{count}', filters: {}, sort: 'relevance' })).toBe('2 results for “{count}”');
  });

  test('delegations are counted as each language counts people', () => {
    expect(DICTIONARIES.en!.labels.roleCount(2, 'academic')).toBe('2 academics');
    expect(DICTIONARIES.ko!.labels.roleCount(2, 'academic')).toBe('학자 2명');
    expect(DICTIONARIES.ja!.labels.roleCount(3, 'diplomat')).toBe('外交官3名');
    expect(DICTIONARIES.zh!.labels.roleCount(1, 'journalist')).toBe('1名记者');
  });
});
