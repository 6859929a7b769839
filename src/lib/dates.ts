/**
 * Calendar dates of the archive. Every date is a day (no time of day), held as a Date at
 * midnight UTC and always formatted in UTC, so a build in any time zone shows the same day.
 */

import type { DatePrecision } from '../schemas/dates.ts';

/** `YYYY-MM-DD` of a date, for `<time datetime>` and machine-readable output. */
export function toIsoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** The `datetime` attribute for a date known to `precision`: "2025-07-14", "2025-07" or "2025". */
export function machineDate(date: Date, precision: DatePrecision = 'day'): string {
  const iso = toIsoDate(date);
  return precision === 'year' ? iso.slice(0, 4) : precision === 'month' ? iso.slice(0, 7) : iso;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** The one display format of the site: "14 July 2025", "July 2025" or "2025". */
export function formatDate(date: Date, precision: DatePrecision = 'day'): string {
  const year = date.getUTCFullYear();
  const month = MONTHS[date.getUTCMonth()];
  if (precision === 'year') return String(year);
  if (precision === 'month') return `${month} ${year}`;
  return `${date.getUTCDate()} ${month} ${year}`;
}

/**
 * A date range without repeating what both ends share: "14–16 July 2025",
 * "30 June – 2 July 2025", "30 December 2025 – 2 January 2026".
 */
export function formatDateRange(start: Date, end: Date | undefined, precision: DatePrecision = 'day'): string {
  if (!end || end.getTime() === start.getTime() || precision !== 'day') return formatDate(start, precision);
  const sameYear = start.getUTCFullYear() === end.getUTCFullYear();
  const sameMonth = sameYear && start.getUTCMonth() === end.getUTCMonth();
  if (sameMonth) return `${start.getUTCDate()}–${formatDate(end)}`;
  if (sameYear) return `${start.getUTCDate()} ${MONTHS[start.getUTCMonth()]} – ${formatDate(end)}`;
  return `${formatDate(start)} – ${formatDate(end)}`;
}
