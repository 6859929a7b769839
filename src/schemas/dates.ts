/**
 * Calendar dates as the content model reads them: every date is a day (no time of day), held
 * as a Date at midnight UTC. Formatting for readers is in lib/dates.ts.
 */

/** How much of a date is known: a day, a month, or a year. */
export type DatePrecision = 'day' | 'month' | 'year';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * Reads `YYYY-MM-DD` (or a Date at midnight UTC) into a Date; undefined for anything else,
 * including impossible days such as 2025-02-30 that a lenient parser would roll over.
 */
export function parseIsoDate(value: unknown): Date | undefined {
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return undefined;
    const midnight =
      value.getUTCHours() === 0 && value.getUTCMinutes() === 0 && value.getUTCSeconds() === 0 && value.getUTCMilliseconds() === 0;
    return midnight ? value : undefined;
  }
  if (typeof value !== 'string') return undefined;
  const match = ISO_DATE.exec(value);
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
  return date;
}
