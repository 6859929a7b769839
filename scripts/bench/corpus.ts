/**
 * A synthetic but schema-valid archive of any size, for benchmarks: essays of about
 * 1,000 words in English, Korean, Japanese, Chinese and Vietnamese, with people, partners,
 * topics and dialogues in proportion, all cross-linked. Deterministic for a given size.
 *
 * The words follow the shape of real text, because the search index's cost depends on it:
 * Pagefind keeps every word of every page with its positions, so its time and memory grow
 * with the number of different words a page holds, not only with its length, and what a
 * query fetches grows with how often its word appears. Each language has a vocabulary of
 * a large vocabulary (vocabulary.ts), its commonest words first, then the domain's words, then made-up
 * ones, drawn by Zipf's law (the n-th commonest word about 1/n as often as the commonest).
 * That gives what real essays show: "the" about 8 times in 100 words, "security" 2 or 3
 * times on most English pages, about 540 different words in a page of 1,000, and a
 * vocabulary that keeps growing with the archive, to about 60,000 English words at 4,000
 * essays, as Heaps' law predicts for a few million words of English.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { oneOf, random, wordSource, WORDS } from './vocabulary.ts';

/** Share of essays per language. */
const LANGUAGES: Array<[string, number]> = [
  ['en', 0.7],
  ['ko', 0.08],
  ['ja', 0.07],
  ['zh', 0.08],
  ['vi', 0.07],
];
const UNSPACED = new Set(['ja', 'zh']);
const COUNTRIES = ['NZ', 'AU', 'KR', 'JP', 'CN', 'TW', 'VN', 'IN', 'ID', 'MY', 'SG', 'TH', 'PH', 'FJ', 'WS', 'TO', 'PG', 'US'];
const ROLES = ['academic', 'former-diplomat', 'diplomat', 'journalist', 'commentator', 'official', 'youth-observer', 'staff', 'business'];
const KINDS = ['think-tank', 'diplomatic-academy', 'research-network', 'university', 'government', 'forum'];
const RELATIONSHIPS = ['reciprocal', 'supported', 'ad-hoc', 'external-forum'];
const FORMATS = ['track-2', 'track-1.5', 'roundtable', 'external-forum'];
const CITIES = [
  'Wellington',
  'Auckland',
  'Christchurch',
  'Seoul',
  'Tokyo',
  'Hanoi',
  'Taipei',
  'New Delhi',
  'Jakarta',
  'Kuala Lumpur',
  'Singapore',
  'Bangkok',
];
const GIVEN = [
  'Alex',
  'Sam',
  'Jordan',
  'Riley',
  'Morgan',
  'Taylor',
  'Casey',
  'Jamie',
  'Robin',
  'Avery',
  'Quinn',
  'Hana',
  'Min',
  'Yuki',
  'Lan',
  'Wei',
  'Arjun',
  'Sione',
  'Mere',
  'Tama',
];
const FAMILY = ['Example', 'Sample', 'Placeholder', 'Testperson', 'Fixture', 'Synthetic', 'Generated', 'Demo'];

export interface CorpusCounts {
  essays: number;
  people: number;
  partners: number;
  topics: number;
  dialogues: number;
}

/** How many records of each kind an archive of `essays` essays has. */
export function corpusCounts(essays: number): CorpusCounts {
  return {
    essays,
    people: Math.max(20, Math.round(essays / 8)),
    partners: Math.max(8, Math.round(essays / 150)),
    topics: Math.max(10, Math.min(60, Math.round(essays / 50))),
    dialogues: Math.max(10, Math.round(essays / 8)),
  };
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');
const yaml = (text: string) => JSON.stringify(text);

/** Writes the archive into `dir` (which must be empty or new) and returns its counts. */
export function writeCorpus(dir: string, essays: number, seed = 42): CorpusCounts {
  const rand = random(seed);
  const pick = <T>(list: readonly T[]): T => oneOf(rand, list);
  const some = <T>(list: readonly T[], min: number, max: number): T[] => {
    const count = min + Math.floor(rand() * (max - min + 1));
    return [...new Set(Array.from({ length: count }, () => pick(list)))];
  };
  const counts = corpusCounts(essays);
  for (const folder of ['partners', 'people', 'topics', 'dialogues', 'essays', 'pages']) mkdirSync(join(dir, folder), { recursive: true });

  const sources = new Map<string, () => string>();
  const word = (lang: string) => {
    let source = sources.get(lang);
    if (!source) sources.set(lang, (source = wordSource(lang, rand)));
    return source();
  };
  const text = (lang: string, words: number) => {
    const joiner = UNSPACED.has(lang) ? '' : ' ';
    const end = UNSPACED.has(lang) ? '。' : '.';
    const sentences: string[] = [];
    let written = 0;
    while (written < words) {
      const length = 8 + Math.floor(rand() * 12);
      const sentence = Array.from({ length }, () => word(lang)).join(joiner);
      sentences.push(`${sentence.charAt(0).toUpperCase()}${sentence.slice(1)}${end}`);
      written += length;
    }
    return sentences;
  };

  const topicIds = Array.from({ length: counts.topics }, (_, i) => `topic-${pad(i + 1, 3)}`);
  topicIds.forEach((id, i) => {
    writeFileSync(
      join(dir, 'topics', `${id}.md`),
      `---\nname: ${yaml(`${pick(WORDS.en!)} ${pick(WORDS.en!)} ${i + 1}`)}\ndescription: ${yaml(text('en', 12).join(' ').slice(0, 190))}\n---\n`,
    );
  });

  const partnerIds = Array.from({ length: counts.partners }, (_, i) => `partner-${pad(i + 1, 3)}`);
  partnerIds.forEach((id, i) => {
    writeFileSync(
      join(dir, 'partners', `${id}.md`),
      `---\nname: ${yaml(`Example ${pick(WORDS.en!)} institute ${i + 1}`)}\ncountries: [${some(COUNTRIES, 1, 2).join(', ')}]\nkind: ${pick(KINDS)}\nrelationship: ${pick(RELATIONSHIPS)}\nsince: ${1995 + Math.floor(rand() * 30)}\n---\n\n${text('en', 80).join(' ')}\n`,
    );
  });

  const personIds = Array.from({ length: counts.people }, (_, i) => `person-${pad(i + 1, 5)}`);
  personIds.forEach((id, i) => {
    writeFileSync(
      join(dir, 'people', `${id}.md`),
      `---\nname: ${yaml(`${pick(GIVEN)} ${pick(FAMILY)} ${i + 1}`)}\nroles: [${some(ROLES, 1, 2).join(', ')}]\naffiliation: ${yaml(`Example University ${1 + (i % 40)}`)}\n---\n\n${text('en', 60).join(' ')}\n`,
    );
  });

  const dialogueIds = Array.from({ length: counts.dialogues }, (_, i) => `dialogue-${pad(i + 1, 5)}`);
  dialogueIds.forEach((id, i) => {
    const year = 2000 + Math.floor((i / counts.dialogues) * 27);
    writeFileSync(
      join(dir, 'dialogues', `${id}.md`),
      [
        '---',
        `title: ${yaml(`Dialogue ${i + 1} on ${pick(WORDS.en!)} and ${pick(WORDS.en!)}`)}`,
        `format: ${pick(FORMATS)}`,
        `partners: [${some(partnerIds, 1, 2).join(', ')}]`,
        `edition: ${1 + (i % 25)}`,
        `startDate: ${year}-${pad(1 + Math.floor(rand() * 12))}-${pad(1 + Math.floor(rand() * 27))}`,
        `location: { city: ${yaml(pick(CITIES))}, country: ${pick(COUNTRIES)} }`,
        `topics: [${some(topicIds, 1, 3).join(', ')}]`,
        `delegates: [${some(personIds, 3, 8).join(', ')}]`,
        `chathamHouse: ${rand() < 0.8}`,
        `summary: ${yaml(text('en', 30).join(' ').slice(0, 380))}`,
        '---',
        '',
        text('en', 200).join(' '),
        '',
      ].join('\n'),
    );
  });

  const languageOf = () => {
    let r = rand();
    for (const [lang, share] of LANGUAGES) {
      if (r < share) return lang;
      r -= share;
    }
    return 'en';
  };
  for (let i = 0; i < essays; i++) {
    const lang = languageOf();
    const year = 2005 + Math.floor((i / essays) * 21);
    const sentences = text(lang, 1000);
    const paragraphs: string[] = [];
    for (let s = 0; s < sentences.length; s += 5) {
      if (s > 0 && s % 30 === 0) paragraphs.push(`## ${sentences[s]!.slice(0, 40)}`);
      paragraphs.push(sentences.slice(s, s + 5).join(UNSPACED.has(lang) ? '' : ' '));
    }
    const title = sentences[0]!.slice(0, UNSPACED.has(lang) ? 24 : 70).replace(/[.。]$/, '');
    writeFileSync(
      join(dir, 'essays', `essay-${pad(i + 1, 5)}.md`),
      [
        '---',
        `title: ${yaml(`${title} ${i + 1}`)}`,
        `description: ${yaml(sentences.slice(1, 3).join(' ').slice(0, 280))}`,
        `pubDate: ${year}-${pad(1 + Math.floor(rand() * 12))}-${pad(1 + Math.floor(rand() * 27))}`,
        `authors: [${some(personIds, 1, 2).join(', ')}]`,
        ...(rand() < 0.7 ? [`dialogue: ${pick(dialogueIds)}`] : []),
        `topics: [${some(topicIds, 1, 3).join(', ')}]`,
        `countries: [${some(COUNTRIES, 0, 2).join(', ')}]`,
        `lang: ${lang}`,
        '---',
        '',
        paragraphs.join('\n\n'),
        '',
      ].join('\n'),
    );
  }

  writeFileSync(
    join(dir, 'pages', 'about.md'),
    `---\ntitle: About this generated archive\ndescription: A synthetic archive for benchmarks.\norder: 1\n---\n\n${text('en', 200).join(' ')}\n`,
  );
  return counts;
}
