/**
 * The publication rule, in one place. An essay is published when it is not a draft and its
 * pubDate is on or before the build day; otherwise it is a draft or scheduled, shown only by
 * the dev server. Everything that lists, links, indexes or feeds essays goes through this.
 */
import { parseIsoDate } from '../schemas/dates.ts';

export type Visibility = 'published' | 'draft' | 'scheduled';

export interface Publishable {
  draft: boolean;
  pubDate: Date;
}

/** Status of an essay on `today` (a calendar day at midnight UTC). */
export function essayVisibility(essay: Publishable, today: Date): Visibility {
  if (essay.draft) return 'draft';
  if (essay.pubDate.getTime() > today.getTime()) return 'scheduled';
  return 'published';
}

/**
 * The date an essay was last updated, for readers: its `updatedDate` when the editor set one,
 * else the day of the last commit that changed its file, when that is after publication.
 */
export function lastUpdated(essay: { pubDate: Date; updatedDate?: Date | undefined }, lastCommitDay: Date | undefined): Date | undefined {
  if (essay.updatedDate) return essay.updatedDate;
  return lastCommitDay && lastCommitDay.getTime() > essay.pubDate.getTime() ? lastCommitDay : undefined;
}

/**
 * The build day: `override` (YYYY-MM-DD, from BUILD_DATE) when given, else the calendar day
 * of `now` in the programme's time zone, so an essay dated tomorrow in Auckland is not
 * published early by a server running on UTC.
 */
export function buildDay(now: Date, timeZone: string, override?: string): Date {
  if (override) {
    const day = parseIsoDate(override);
    if (!day) throw new Error(`BUILD_DATE must be a date written YYYY-MM-DD (got "${override}")`);
    return day;
  }
  const local = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
  const day = parseIsoDate(local);
  if (!day) throw new Error(`Cannot read the date in time zone ${timeZone}`);
  return day;
}
