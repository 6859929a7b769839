/**
 * Calendar dates of the archive. Every date is a day (no time of day), held as a Date at
 * midnight UTC and always formatted in UTC, so a build in any time zone shows the same day.
 * Shown in the reader's language with `Intl`: "14 July 2025", "2025년 7월 14일", "2025年7月14日".
 */

import type { DatePrecision } from '../schemas/dates.ts';
import { intlLocale } from './labels.ts';

/** `YYYY-MM-DD` of a date, for `<time datetime>` and machine-readable output. */
export function toIsoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** The `datetime` attribute for a date known to `precision`: "2025-07-14", "2025-07" or "2025". */
export function machineDate(date: Date, precision: DatePrecision = 'day'): string {
  const iso = toIsoDate(date);
  return precision === 'year' ? iso.slice(0, 4) : precision === 'month' ? iso.slice(0, 7) : iso;
}

const FIELDS: Record<DatePrecision, Intl.DateTimeFormatOptions> = {
  day: { year: 'numeric', month: 'long', day: 'numeric' },
  month: { year: 'numeric', month: 'long' },
  year: { year: 'numeric' },
};

const formats = new Map<string, Intl.DateTimeFormat>();

function dateFormat(lang: string, precision: DatePrecision): Intl.DateTimeFormat {
  const locale = intlLocale(lang);
  const key = `${locale} ${precision}`;
  let format = formats.get(key);
  if (!format) formats.set(key, (format = new Intl.DateTimeFormat(locale, { ...FIELDS[precision], timeZone: 'UTC' })));
  return format;
}

/** A date as `lang` writes it: "14 July 2025", "July 2025" or "2025"; "2025년 7월 14일" in Korean. */
export function formatDate(date: Date, precision: DatePrecision = 'day', lang = 'en'): string {
  return dateFormat(lang, precision).format(date);
}

const joinsOwnDates = new Map<string, boolean>();

/**
 * Whether `Intl`'s ranges in this locale are made of its own dates. For Japanese and Chinese,
 * the ICU of Node 24 falls back to numeric dates ("2025/07/14～2025/07/16") for a range of
 * dates with the month in words; those ranges are then made here from the dates themselves.
 */
function rangeUsesOwnDates(format: Intl.DateTimeFormat): boolean {
  const locale = format.resolvedOptions().locale;
  let known = joinsOwnDates.get(locale);
  if (known === undefined) {
    const [start, end] = [new Date(Date.UTC(2001, 0, 2)), new Date(Date.UTC(2003, 4, 6))];
    const range = format.formatRange(start, end);
    known = range.startsWith(format.format(start)) && range.endsWith(format.format(end));
    joinsOwnDates.set(locale, known);
  }
  return known;
}

/**
 * A range written from the two dates: the parts they share at the start (year, then month,
 * as Japanese and Chinese write them) said once, "2025年7月14日～16日".
 */
function joinedRange(format: Intl.DateTimeFormat, start: Date, end: Date): string {
  const separator = format
    .formatRangeToParts(start, end)
    .find((part) => part.source === 'shared' && part.type === 'literal')
    ?.value.trim();
  const first = format.formatToParts(start);
  const last = format.formatToParts(end);
  let shared = 0;
  // A field and the literal after it ("2025" "年") are left out of the end together.
  while (
    shared + 1 < last.length &&
    last[shared]!.type !== 'day' &&
    last[shared]!.type !== 'literal' &&
    last[shared]!.value === first[shared]?.value &&
    last[shared + 1]!.value === first[shared + 1]?.value
  ) {
    shared += 2;
  }
  const text = (parts: Intl.DateTimeFormatPart[]) => parts.map((part) => part.value).join('');
  return `${text(first)}${separator || '–'}${text(last.slice(shared))}`;
}

/**
 * A date range without repeating what both ends share: "14–16 July 2025",
 * "30 June – 2 July 2025", "30 December 2025 – 2 January 2026"; "2025년 7월 14일~16일".
 */
export function formatDateRange(start: Date, end: Date | undefined, precision: DatePrecision = 'day', lang = 'en'): string {
  if (!end || end.getTime() === start.getTime() || precision !== 'day') return formatDate(start, precision, lang);
  const format = dateFormat(lang, precision);
  if (!rangeUsesOwnDates(format)) return joinedRange(format, start, end);
  // ICU sets the dash between thin spaces; the site's text has plain ones, as feeds and search do.
  const range = format.formatRange(start, end).replace(/\u2009/gu, ' ');
  // English closes up the dash after a bare day ("14–16 July"), as the site always has.
  return format.resolvedOptions().locale.startsWith('en') ? range.replace(/^(\d+)\s+–\s+/u, '$1–') : range;
}
