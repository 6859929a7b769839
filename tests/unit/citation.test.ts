import { describe, expect, test } from 'vitest';
import {
  apa,
  bibtex,
  chicago,
  citationKey,
  citationName,
  cslJson,
  escapeBibtex,
  highwireDate,
  plainCitation,
  ris,
  type Citation,
} from '../../src/lib/citation';
import { parseIsoDate } from '../../src/schemas/dates';
import { jsonLdText } from '../../src/lib/structured-data';
import { parseCitation } from '../helpers/citation-parsers';

const base: Citation = {
  id: '2025/nz-korea',
  title: 'New Zealand and South Korea: from conversation to collaboration',
  authors: [{ family: 'Tan', given: 'Alex' }],
  translators: [],
  date: parseIsoDate('2025-09-14')!,
  precision: 'day',
  url: 'https://archive.example.org/essays/2025/nz-korea/',
  containerTitle: 'Track II Dialogue Archive',
  publisher: 'Asia New Zealand Foundation',
  language: 'en',
  abstract: 'A reflection.',
  keywords: ['The Pacific', 'Climate change'],
};
const three: Citation = {
  ...base,
  title: 'Tides & <Currents>: "quoted" 100% {braced}',
  authors: [{ family: 'Tan', given: 'Alex' }, { literal: '김민지' }, { family: 'Nguyễn', given: 'Thị Hương' }],
  precision: 'month',
};

describe('names', () => {
  test.each([
    [{ name: 'Alex Tan' }, { family: 'Tan', given: 'Alex' }],
    [{ name: 'Mary Anne de Vries' }, { family: 'Vries', given: 'Mary Anne de' }],
    [{ name: '김민지' }, { literal: '김민지' }],
    [
      { name: 'Nguyễn Thị Hương', familyName: 'Nguyễn', givenName: 'Thị Hương' },
      { family: 'Nguyễn', given: 'Thị Hương' },
    ],
    [{ name: 'Plato', familyName: 'Plato' }, { family: 'Plato' }],
  ])('%o', (person, expected) => {
    expect(citationName(person)).toEqual(expected);
  });
});

describe('formatted references', () => {
  test('Chicago, one author, a full date', () => {
    expect(plainCitation(chicago(base))).toBe(
      'Tan, Alex. “New Zealand and South Korea: from conversation to collaboration.” Track II Dialogue Archive. Asia New Zealand Foundation, September 14, 2025. https://archive.example.org/essays/2025/nz-korea/.',
    );
  });

  test('Chicago, three authors (one literal), a month', () => {
    expect(plainCitation(chicago(three))).toBe(
      'Tan, Alex, 김민지, and Thị Hương Nguyễn. “Tides & <Currents>: "quoted" 100% {braced}.” Track II Dialogue Archive. Asia New Zealand Foundation, September 2025. https://archive.example.org/essays/2025/nz-korea/.',
    );
  });

  test('APA, one author and three', () => {
    expect(plainCitation(apa(base))).toBe(
      'Tan, A. (2025, September 14). New Zealand and South Korea: from conversation to collaboration. Track II Dialogue Archive. https://archive.example.org/essays/2025/nz-korea/',
    );
    expect(plainCitation(apa({ ...three, precision: 'year' }))).toBe(
      'Tan, A., 김민지, & Nguyễn, T. H. (2025). Tides & <Currents>: "quoted" 100% {braced}. Track II Dialogue Archive. https://archive.example.org/essays/2025/nz-korea/',
    );
    expect(
      plainCitation(
        apa({
          ...base,
          authors: [
            { family: 'Kim', given: 'Min-ji' },
            { family: 'Tan', given: 'Alex' },
          ],
        }),
      ),
    ).toMatch(/^Kim, M\.-J\., & Tan, A\. \(2025/);
  });

  test('the container title is the part set in italics', () => {
    expect(chicago(base).container).toBe('Track II Dialogue Archive');
    expect(apa(base).container).toBe('New Zealand and South Korea: from conversation to collaboration');
  });

  test('Highwire dates follow the precision', () => {
    expect(highwireDate(base)).toBe('2025/09/14');
    expect(highwireDate(three)).toBe('2025/09');
    expect(highwireDate({ ...base, precision: 'year' })).toBe('2025');
  });
});

describe('citation files, read back by real parsers', () => {
  test('BibTeX escapes what LaTeX would read as commands and keeps UTF-8', () => {
    expect(escapeBibtex('A & B 100% $5 #1 a_b {x} ~ ^ \\')).toBe(
      'A \\& B 100\\% \\$5 \\#1 a\\_b \\{x\\} \\textasciitilde{} \\textasciicircum{} \\textbackslash{}',
    );
    expect(citationKey(three)).toBe('tan2025tides');
    const text = bibtex(three);
    expect(text).toContain('author = {Tan, Alex and {김민지} and Nguyễn, Thị Hương}');
    const [item] = parseCitation(text, '@biblatex/text');
    expect(item?.title).toBe('Tides & <Currents>: "quoted" 100% {braced}');
    // A braced name is one unsplit name to BibTeX: it comes back whole, as the family name.
    expect(item?.author).toEqual([{ family: 'Tan', given: 'Alex' }, { family: '김민지' }, { family: 'Nguyễn', given: 'Thị Hương' }]);
    expect(item?.issued?.['date-parts']).toEqual([[2025, 9]]);
    expect(item?.URL).toBe(base.url);
  });

  test('RIS', () => {
    const text = ris(three);
    expect(text.split('\r\n')[0]).toBe('TY  - ELEC');
    expect(text.endsWith('ER  - \r\n')).toBe(true);
    const [item] = parseCitation(text, '@ris/file');
    expect(item?.title).toBe('Tides & <Currents>: "quoted" 100% {braced}');
    // RIS has no literal names: a name without a comma reads as a family name, whole.
    expect(item?.author?.map((a) => a.literal ?? [a.family, a.given].filter(Boolean).join(', '))).toEqual([
      'Tan, Alex',
      '김민지',
      'Nguyễn, Thị Hương',
    ]);
    expect(item?.URL).toBe(base.url);
  });

  test('CSL-JSON', () => {
    const data = cslJson(base);
    expect(data).toMatchObject({
      id: '2025/nz-korea',
      type: 'webpage',
      issued: { 'date-parts': [[2025, 9, 14]] },
      author: [{ family: 'Tan', given: 'Alex' }],
    });
    const [item] = parseCitation(JSON.stringify([cslJson(three)]), '@csl/list+object');
    expect(item?.author).toEqual([{ family: 'Tan', given: 'Alex' }, { literal: '김민지' }, { family: 'Nguyễn', given: 'Thị Hương' }]);
  });
});

describe('a translation names its language and translators', () => {
  const translated: Citation = {
    ...base,
    title: '뉴질랜드와 한국',
    language: 'ko',
    translators: [{ literal: '김민지' }, { family: 'Translator', given: 'Tina Maria' }],
  };

  test('Chicago and APA credit the translators', () => {
    expect(plainCitation(chicago(translated))).toBe(
      'Tan, Alex. “뉴질랜드와 한국.” Translated by 김민지 and Tina Maria Translator. Track II Dialogue Archive. Asia New Zealand Foundation, September 14, 2025. https://archive.example.org/essays/2025/nz-korea/.',
    );
    expect(plainCitation(apa(translated))).toBe(
      'Tan, A. (2025, September 14). 뉴질랜드와 한국 (김민지 & T. M. Translator, Trans.). Track II Dialogue Archive. https://archive.example.org/essays/2025/nz-korea/',
    );
    expect(
      plainCitation(chicago({ ...translated, translators: [{ family: 'A', given: 'B' }, { family: 'C' }, { literal: 'D' }] })),
    ).toContain('.” Translated by B A, C, and D. Track II');
  });

  test('BibLaTeX: language and translator, read back by citation-js', () => {
    const text = bibtex(translated);
    expect(text).toContain('  translator = {{김민지} and Translator, Tina Maria},\n');
    expect(text).toContain('  language = {ko},\n');
    const [item] = parseCitation(text, '@biblatex/text');
    expect(item?.language).toBe('ko');
    expect(item?.translator).toEqual([{ family: '김민지' }, { family: 'Translator', given: 'Tina Maria' }]);
    expect(item?.author).toEqual([{ family: 'Tan', given: 'Alex' }]);
  });

  test('RIS: LA, and A4 for each translator', () => {
    const text = ris(translated);
    expect(text).toContain('\r\nA4  - 김민지\r\nA4  - Translator, Tina Maria\r\n');
    expect(text).toContain('\r\nLA  - ko\r\n');
    // citation-js reads A4 as the translator of books only; Zotero's RIS import reads it as the
    // translator of any item, a web page included (zotero/translators RIS.js, fieldMap A4).
    const [item] = parseCitation(text, '@ris/file');
    expect(item?.language).toBe('ko');
    expect(item?.author).toEqual([{ family: 'Tan', given: 'Alex' }]);
  });

  test('CSL-JSON: language and translator, read back by citation-js', () => {
    expect(cslJson(translated)).toMatchObject({
      language: 'ko',
      translator: [{ literal: '김민지' }, { family: 'Translator', given: 'Tina Maria' }],
    });
    const [item] = parseCitation(JSON.stringify([cslJson(translated)]), '@csl/list+object');
    expect(item?.translator).toEqual([{ literal: '김민지' }, { family: 'Translator', given: 'Tina Maria' }]);
  });

  test('an original has no translator anywhere', () => {
    expect(bibtex(base)).not.toContain('translator');
    expect(ris(base)).not.toContain('A4  -');
    expect(cslJson(base)).not.toHaveProperty('translator');
    expect(plainCitation(chicago(base))).not.toContain('Translated');
    expect(plainCitation(apa(base))).not.toContain('Trans.');
  });
});

describe('JSON-LD text', () => {
  test('nothing in the data can close the script element, and it parses back exactly', () => {
    const data = { name: 'A </script><script>alert(1)</script> & \u2028 "q"' };
    const text = jsonLdText(data);
    expect(text).not.toMatch(/<\/script/i);
    expect(text).not.toContain('<');
    expect(JSON.parse(text)).toEqual(data);
  });
});
