import { describe, expect, test } from 'vitest';
import { parseIsoDate } from '../../src/schemas/dates';
import { buildDay, essayVisibility } from '../../src/lib/visibility';

const day = (iso: string) => parseIsoDate(iso)!;

describe('essayVisibility', () => {
  const today = day('2025-07-14');
  test.each([
    [{ draft: false, pubDate: day('2025-07-13') }, 'published'],
    [{ draft: false, pubDate: day('2025-07-14') }, 'published'],
    [{ draft: false, pubDate: day('2025-07-15') }, 'scheduled'],
    [{ draft: true, pubDate: day('2025-07-01') }, 'draft'],
    [{ draft: true, pubDate: day('2030-01-01') }, 'draft'],
  ])('%o is %s', (essay, expected) => {
    expect(essayVisibility(essay, today)).toBe(expected);
  });
});

describe('buildDay', () => {
  test('is the calendar day in the programme’s time zone, not in UTC', () => {
    // 23:30 UTC on 13 July is already 14 July in Auckland (UTC+12 in winter).
    const moment = new Date('2025-07-13T23:30:00Z');
    expect(buildDay(moment, 'Pacific/Auckland').toISOString()).toBe('2025-07-14T00:00:00.000Z');
    expect(buildDay(moment, 'UTC').toISOString()).toBe('2025-07-13T00:00:00.000Z');
  });

  test('BUILD_DATE overrides the clock, and a malformed one is an error', () => {
    expect(buildDay(new Date(), 'UTC', '2030-01-02').toISOString()).toBe('2030-01-02T00:00:00.000Z');
    expect(() => buildDay(new Date(), 'UTC', '2 Jan 2030')).toThrow('BUILD_DATE must be a date written YYYY-MM-DD (got "2 Jan 2030")');
  });
});
