/**
 * Translations: the check that refuses what cannot be one work in several languages (word for
 * word), and the pure logic the pages use: versions grouped into works, the version a list
 * shows, the hreflang set, the phrases with links inside them, and the JSON-LD between versions.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { aroundValue, listParts } from '../../src/lib/linked-text';
import { essayLd } from '../../src/lib/structured-data';
import { groupVersions, languageAlternates, leadVersion, listWorks, workId } from '../../src/lib/translations';
import type { EssayRecord, PersonRecord } from '../../src/lib/archive';
import { DICTIONARIES } from '../../src/lib/i18n/index';
import { formatProblem } from '../../src/validation/report';
import { validateContent } from '../../src/validation/validate';

/** The translation check's lines for a folder holding these essays (file → extra frontmatter lines). */
function check(essays: Record<string, string[]>): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'translations-'));
  const write = (file: string, lines: string[]) => {
    mkdirSync(dirname(join(dir, file)), { recursive: true });
    writeFileSync(join(dir, file), `---\n${lines.join('\n')}\n---\n\nText.\n`);
  };
  write('people/ada.md', ['name: Ada', 'roles: [academic]']);
  write('topics/t.md', ['name: T']);
  for (const [file, lines] of Object.entries(essays)) {
    write(`essays/${file}`, [
      'title: An essay',
      'description: What it says.',
      'pubDate: 2025-01-01',
      'authors: [ada]',
      'topics: [t]',
      ...lines,
    ]);
  }
  return validateContent(dir)
    .problems.filter((p) => p.field === 'lang' || p.field === 'translationOf')
    .map(formatProblem);
}

describe('the translation check (validation/checks/translations.ts)', () => {
  test('an original and its translations, one per language, pass', () => {
    expect(
      check({
        'orig.md': [],
        'orig-ko.md': ['translationOf: orig', 'lang: ko', 'translators: [ada]'],
        'orig-ja.md': ['translationOf: orig', 'lang: ja'],
        'orig-zh.md': ['translationOf: orig', 'lang: zh-Hant', 'draft: true'],
      }),
    ).toEqual([]);
  });

  test('a translation of a draft, and one whose lang differs only in region, pass', () => {
    expect(
      check({
        'draft.md': ['draft: true', 'lang: ko'],
        'draft-en.md': ['translationOf: draft'],
        'orig.md': ['lang: en-US'],
        'orig-gb.md': ['translationOf: orig', 'lang: en-GB'],
      }),
    ).toEqual([]);
  });

  test('a translation of itself', () => {
    expect(check({ 'self.md': ['translationOf: self', 'lang: ko'] })).toEqual([
      'essays/self.md:7:16  translationOf  names this essay itself; name the original this essay translates, or remove the field',
    ]);
  });

  test('a translation of a translation', () => {
    expect(
      check({
        'orig.md': [],
        'orig-ko.md': ['translationOf: orig', 'lang: ko'],
        'orig-ja.md': ['translationOf: orig-ko', 'lang: ja'],
      }),
    ).toEqual([
      'essays/orig-ja.md:7:16  translationOf  names "orig-ko", which is itself a translation of "orig"; name the original, "orig", so every version points to it',
    ]);
  });

  test('a translation in the language of its original, written in any letter case or left to the default', () => {
    expect(
      check({
        'orig.md': ['lang: ko'],
        'orig-ko.md': ['translationOf: orig', 'lang: KO'],
        'orig-en.md': ['translationOf: orig'],
        'plain.md': [],
        'plain-en.md': ['translationOf: plain'],
      }),
    ).toEqual([
      'essays/orig-ko.md:8:7  lang  is "ko", the language of the original, essays/orig.md; a translation is in another language: set lang to the language it is written in',
      'essays/plain-en.md:7:16  lang  is not set, so the essay counts as "en", the language of the original, essays/plain.md; a translation is in another language: set lang to the language it is written in',
    ]);
  });

  test('two translations in one language: each is told of the other', () => {
    expect(
      check({
        'orig.md': [],
        'orig-ko.md': ['translationOf: orig', 'lang: ko'],
        'orig-ko2.md': ['translationOf: orig', 'lang: ko'],
      }),
    ).toEqual([
      'essays/orig-ko.md:8:7  lang  is "ko", as is essays/orig-ko2.md, another translation of "orig": a work has one version per language; merge them, or correct the language',
      'essays/orig-ko2.md:8:7  lang  is "ko", as is essays/orig-ko.md, another translation of "orig": a work has one version per language; merge them, or correct the language',
    ]);
  });

  test('an original that does not exist is the references check’s to report, once', () => {
    const dir = check({ 'lost.md': ['translationOf: nowhere', 'lang: ko'] });
    expect(dir).toEqual([
      'essays/lost.md:7:16  translationOf  refers to "nowhere", but there is no essays/nowhere.md; no file in essays/ has a similar id',
    ]);
  });
});

const version = (id: string, lang: string, translationOf?: string) => ({ id, data: { lang, ...(translationOf ? { translationOf } : {}) } });

describe('works and versions (lib/translations.ts)', () => {
  const en = version('tides', 'en');
  const ko = version('tides-ko', 'ko', 'tides');
  const ja = version('tides-ja', 'ja', 'tides');
  const lone = version('lone', 'en');
  const early = version('early-vi', 'vi', 'scheduled');

  test('a work is its original and the translations that name it, original first', () => {
    expect(workId(ko)).toBe('tides');
    expect(workId(en)).toBe('tides');
    const works = groupVersions([ko, lone, ja, en, early]);
    expect([...works.keys()]).toEqual(['tides', 'lone', 'scheduled']);
    expect(works.get('tides')!.map((v) => v.id)).toEqual(['tides', 'tides-ja', 'tides-ko']);
  });

  test('the version a list shows: its language, else the original, else the first', () => {
    expect(leadVersion([en, ja, ko], 'ko')).toBe(ko);
    expect(leadVersion([en, ja, ko], 'ko-KR')).toBe(ko);
    expect(leadVersion([en, ja, ko], 'fr')).toBe(en);
    expect(leadVersion([ja, ko], 'fr')).toBe(ja);
    expect(leadVersion([version('a', 'zh-Hant', 'x'), version('b', 'zh-Hans', 'x')], 'zh-Hans')!.id).toBe('b');
  });

  test('a list holds one entry per work, where its shown version stands, with every version', () => {
    // Newest first, as the archive lists them: the Japanese version came out last.
    const list = [ja, lone, ko, en, early];
    const english = listWorks(list, 'en');
    expect(english.map((w) => w.lead.id)).toEqual(['lone', 'tides', 'early-vi']);
    expect(english[1]!.versions.map((v) => v.id)).toEqual(['tides', 'tides-ja', 'tides-ko']);
    expect(english[1]!.listed.map((v) => v.id)).toEqual(['tides-ja', 'tides-ko', 'tides']);
    const korean = listWorks(list, 'ko');
    expect(korean.map((w) => w.lead.id)).toEqual(['lone', 'tides-ko', 'early-vi']);
  });

  test('a list of some versions still offers every version the archive has', () => {
    const all = [en, ja, ko];
    const [work] = listWorks([ko], 'en', () => all);
    expect(work!.lead).toBe(ko);
    expect(work!.versions).toEqual(all);
    expect(work!.listed).toEqual([ko]);
  });

  test('hreflang: every version, itself included, and x-default on the original', () => {
    const href = (v: { id: string }) => `https://example.org/essays/${v.id}/`;
    const alternates = languageAlternates([en, ja, ko], 'en', href);
    expect(alternates).toEqual([
      { hreflang: 'en', href: 'https://example.org/essays/tides/' },
      { hreflang: 'ja', href: 'https://example.org/essays/tides-ja/' },
      { hreflang: 'ko', href: 'https://example.org/essays/tides-ko/' },
      { hreflang: 'x-default', href: 'https://example.org/essays/tides/' },
    ]);
    // The same set from every version: each link is answered by one back.
    expect(languageAlternates([ja, en, ko], 'en', href)).toEqual(expect.arrayContaining(alternates));
    // Without a published original, x-default is the version in the site's language, else the first.
    const orphans = [version('s-ja', 'ja', 's'), version('s-ko', 'ko', 's')];
    expect(languageAlternates(orphans, 'ko', href).at(-1)).toEqual({ hreflang: 'x-default', href: 'https://example.org/essays/s-ko/' });
    expect(languageAlternates(orphans, 'en', href).at(-1)).toEqual({ hreflang: 'x-default', href: 'https://example.org/essays/s-ja/' });
    expect(languageAlternates([en], 'en', href)).toEqual([]);
  });
});

describe('phrases with links inside (lib/linked-text.ts)', () => {
  test('where each dictionary puts the value', () => {
    expect(aroundValue(DICTIONARIES.en!.translationOf)).toEqual({ before: 'Translation of “', after: '”' });
    expect(aroundValue(DICTIONARIES.ko!.translationOf)).toEqual({ before: '「', after: '」의 번역' });
    expect(aroundValue(DICTIONARIES.ja!.translatedBy)).toEqual({ before: '翻訳：', after: '' });
    expect(aroundValue(() => 'No value')).toEqual({ before: 'No value', after: '' });
  });

  test('a list of names, joined as each language joins them', () => {
    expect(listParts('en', 1)).toEqual([0]);
    expect(listParts('en', 2)).toEqual([0, ' and ', 1]);
    expect(listParts('en', 3)).toEqual([0, ', ', 1, ', and ', 2]);
    expect(listParts('ko', 2)).toEqual([0, ' 및 ', 1]);
    expect(listParts('ja', 2)).toEqual([0, '、', 1]);
    expect(listParts('en', 0)).toEqual([]);
  });
});

describe('JSON-LD between versions (lib/structured-data.ts)', () => {
  const essay = (id: string, lang: string, translationOf?: string) =>
    ({
      id,
      data: { title: `Title ${id}`, description: 'd', pubDate: new Date(Date.UTC(2025, 0, 1)), datePrecision: 'day', lang, translationOf },
    }) as unknown as EssayRecord;
  const common = { authors: [], topics: [], publisher: { name: 'P', url: 'https://e.org/' }, siteName: 'S' };
  const url = (id: string) => `https://e.org/essays/${id}/`;
  const en = essay('tides', 'en');
  const ko = essay('tides-ko', 'ko', 'tides');
  const ja = essay('tides-ja', 'ja', 'tides');
  const tina = { id: 'tina', data: { name: 'Tina Translator', roles: ['staff'] } } as unknown as PersonRecord;

  test('the original names its translations; each translation its original and translators', () => {
    const original = essayLd({ ...common, essay: en, url: url('tides'), versions: [ja, ko].map((e) => ({ essay: e, url: url(e.id) })) });
    expect(original.inLanguage).toBe('en');
    expect(original.workTranslation).toEqual([
      { '@type': 'Article', '@id': `${url('tides-ja')}#article`, name: 'Title tides-ja', url: url('tides-ja'), inLanguage: 'ja' },
      { '@type': 'Article', '@id': `${url('tides-ko')}#article`, name: 'Title tides-ko', url: url('tides-ko'), inLanguage: 'ko' },
    ]);
    expect(original).not.toHaveProperty('translationOfWork');
    expect(original).not.toHaveProperty('translator');

    const translation = essayLd({
      ...common,
      essay: ko,
      url: url('tides-ko'),
      versions: [en, ja].map((e) => ({ essay: e, url: url(e.id) })),
      translators: [{ person: tina, url: 'https://e.org/people/tina/' }],
    });
    expect(translation.inLanguage).toBe('ko');
    expect(translation.translationOfWork).toEqual({
      '@type': 'Article',
      '@id': `${url('tides')}#article`,
      name: 'Title tides',
      url: url('tides'),
      inLanguage: 'en',
    });
    expect(translation).not.toHaveProperty('workTranslation');
    expect(translation.translator).toEqual([
      { '@type': 'Person', '@id': 'https://e.org/people/tina/#person', name: 'Tina Translator', url: 'https://e.org/people/tina/' },
    ]);
  });

  test('a translation whose original is not published names no original', () => {
    const early = essay('early', 'vi', 'scheduled');
    const ld = essayLd({ ...common, essay: early, url: url('early'), versions: [] });
    expect(ld).not.toHaveProperty('translationOfWork');
    expect(JSON.stringify(ld)).not.toContain('scheduled');
  });
});
