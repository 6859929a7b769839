import { describe, expect, test } from 'vitest';
import { formatDate, formatDateRange, machineDate, toIsoDate } from '../../src/lib/dates';
import { parseIsoDate } from '../../src/schemas/dates';

const d = (iso: string) => parseIsoDate(iso)!;

describe('parseIsoDate', () => {
  test.each([
    ['2025-07-14', '2025-07-14'],
    ['2024-02-29', '2024-02-29'],
    ['1999-12-31', '1999-12-31'],
  ])('reads %s', (input, expected) => {
    expect(toIsoDate(parseIsoDate(input)!)).toBe(expected);
  });

  test.each(['2025-02-30', '2023-02-29', '2025-13-01', '2025-7-14', '14/07/2025', '2025-07-14T10:00:00Z', '', 'July 2025'])(
    'rejects %j',
    (input) => {
      expect(parseIsoDate(input)).toBeUndefined();
    },
  );

  test('accepts a Date at midnight UTC (what Astro’s YAML reader produces) and rejects one with a time', () => {
    expect(parseIsoDate(new Date(Date.UTC(2025, 6, 14)))?.toISOString()).toBe('2025-07-14T00:00:00.000Z');
    expect(parseIsoDate(new Date(Date.UTC(2025, 6, 14, 10)))).toBeUndefined();
    expect(parseIsoDate(new Date('nonsense'))).toBeUndefined();
    expect(parseIsoDate(20250714)).toBeUndefined();
  });
});

describe('formatDate', () => {
  test.each([
    ['2025-07-14', 'day', '14 July 2025'],
    ['2025-07-01', 'month', 'July 2025'],
    ['2025-09-01', 'year', '2025'],
    ['2026-01-05', 'day', '5 January 2026'],
  ] as const)('%s at %s precision is %s', (iso, precision, expected) => {
    expect(formatDate(d(iso), precision)).toBe(expected);
  });

  test('machine dates follow the precision', () => {
    expect(machineDate(d('2025-07-14'))).toBe('2025-07-14');
    expect(machineDate(d('2025-07-14'), 'month')).toBe('2025-07');
    expect(machineDate(d('2025-07-14'), 'year')).toBe('2025');
  });
});

describe('formatDateRange', () => {
  test.each([
    ['2025-07-14', undefined, '14 July 2025'],
    ['2025-07-14', '2025-07-14', '14 July 2025'],
    ['2025-07-14', '2025-07-16', '14–16 July 2025'],
    ['2025-06-30', '2025-07-02', '30 June – 2 July 2025'],
    ['2025-12-30', '2026-01-02', '30 December 2025 – 2 January 2026'],
  ])('%s to %s', (start, end, expected) => {
    expect(formatDateRange(d(start), end ? d(end) : undefined)).toBe(expected);
  });

  test('a range known only to the month shows the month', () => {
    expect(formatDateRange(d('2025-07-01'), d('2025-07-03'), 'month')).toBe('July 2025');
  });
});
