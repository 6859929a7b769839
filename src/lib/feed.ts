/**
 * RSS 2.0 feeds: the channel around the items, and the items for essays and dialogues.
 * Pure: records and absolute URLs in, strings out (the rss.xml endpoints under src/pages wire them).
 */
import { getRssString, type RSSFeedItem } from '@astrojs/rss';
import { countryName } from './countries.ts';
import { formatDateRange } from './dates.ts';
import { FORMAT_LABELS, joinNames } from './labels.ts';
import type { DialogueRecord, EssayRecord } from './archive.ts';

export const FEED_NAMESPACES = { dc: 'http://purl.org/dc/elements/1.1/', atom: 'http://www.w3.org/2005/Atom' };

/** Escapes text for XML. */
export function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
}

export interface Channel {
  title: string;
  description: string;
  /** Absolute URL of the page the feed belongs to. */
  link: string;
  /** Absolute URL of the feed itself (atom:link rel="self"). */
  self: string;
  /** Path (with base) of the XSL stylesheet that makes the feed readable in a browser. */
  stylesheet: string;
  language: string;
  /** When the channel's content last changed: the newest publication or update among its items. */
  lastBuildDate: Date;
}

export function renderFeed(channel: Channel, items: RSSFeedItem[]): Promise<string> {
  return getRssString({
    title: channel.title,
    description: channel.description,
    site: channel.link,
    items,
    xmlns: FEED_NAMESPACES,
    stylesheet: channel.stylesheet,
    trailingSlash: true,
    customData: [
      `<language>${escapeXml(channel.language)}</language>`,
      `<lastBuildDate>${channel.lastBuildDate.toUTCString()}</lastBuildDate>`,
      `<atom:link href="${escapeXml(channel.self)}" rel="self" type="application/rss+xml"/>`,
    ].join(''),
  });
}

/** The newest of the given dates, or `fallback` for an empty feed. */
export function newest(dates: readonly Date[], fallback: Date): Date {
  return dates.length === 0 ? fallback : new Date(Math.max(...dates.map((d) => d.getTime())));
}

export interface EssayItemParts {
  essay: EssayRecord;
  /** Absolute URL of the essay's page. */
  link: string;
  authorNames: readonly string[];
  topicNames: readonly string[];
  /** The essay rendered to HTML, with absolute URLs; left out, the item carries the summary only. */
  content?: string | undefined;
}

export function essayFeedItem({ essay, link, authorNames, topicNames, content }: EssayItemParts): RSSFeedItem {
  return {
    title: essay.data.title,
    link,
    pubDate: essay.data.pubDate,
    description: essay.data.description,
    ...(content === undefined ? {} : { content }),
    categories: [...topicNames],
    customData: authorNames.map((name) => `<dc:creator>${escapeXml(name)}</dc:creator>`).join('') + `<dc:language>${escapeXml(essay.data.lang)}</dc:language>`,
  };
}

export interface DialogueItemParts {
  dialogue: DialogueRecord;
  link: string;
  partnerNames: readonly string[];
  topicNames: readonly string[];
}

/**
 * A dialogue as a feed item: its summary, dates, place and partners. Never its delegates:
 * the feed goes wherever readers take it, so the Chatham House Rule is applied to every
 * dialogue alike.
 */
export function dialogueFeedItem({ dialogue, link, partnerNames, topicNames }: DialogueItemParts): RSSFeedItem {
  const { data } = dialogue;
  const when = formatDateRange(data.startDate, data.endDate, data.datePrecision);
  const where = `${data.location.city}, ${countryName(data.location.country)}`;
  const facts = `${FORMAT_LABELS[data.format]} · ${when} · ${where} · with ${joinNames(partnerNames)}`;
  return {
    title: data.title,
    link,
    pubDate: data.startDate,
    description: `${data.summary} (${facts})`,
    content: `<p>${escapeXml(data.summary)}</p><ul><li>${escapeXml(FORMAT_LABELS[data.format])}</li><li>${escapeXml(when)}</li><li>${escapeXml(where)}</li><li>With ${escapeXml(joinNames(partnerNames))}</li></ul>`,
    categories: [...topicNames],
  };
}
