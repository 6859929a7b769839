import { describe, expect, test } from 'vitest';
import { closest, editDistance } from '../../src/lib/suggest';

describe('editDistance', () => {
  test.each([
    ['kitten', 'sitting', 3],
    ['pubdate', 'pubDate', 1],
    ['ab', 'ba', 1],
    ['', 'abc', 3],
    ['same', 'same', 0],
  ])('%s → %s is %i', (a, b, expected) => {
    expect(editDistance(a, b)).toBe(expected);
  });
});

describe('closest', () => {
  const fields = [
    'title',
    'description',
    'pubDate',
    'updatedDate',
    'authors',
    'dialogue',
    'topics',
    'countries',
    'lang',
    'image',
    'attachments',
    'aliases',
    'draft',
  ];
  test.each([
    ['pubdate', 'pubDate'],
    ['author', 'authors'],
    ['tittle', 'title'],
    ['updated', 'updatedDate'],
    ['langauge', 'lang'],
  ])('%s suggests %s', (typo, expected) => {
    expect(closest(typo, fields, { max: 1 })).toEqual([expected]);
  });

  test('suggests nothing for an unrelated word', () => {
    expect(closest('zzzzzz', fields)).toEqual([]);
  });

  test('orders several candidates best first', () => {
    expect(closest('alex-tann', ['alex-tan', 'alex-smith', 'bob'])).toEqual(['alex-tan']);
    expect(closest('asean-isi', ['asan-institute', 'asean-isis', 'prospect-foundation'])).toEqual(['asean-isis']);
    expect(closest('institute', ['asan-institute', 'asean-isis', 'japan-institute'])).toEqual(['asan-institute', 'japan-institute']);
  });
});
