/**
 * RSS 2.0 feeds: the channel around the items, and the items for essays and dialogues.
 * Pure: records and absolute URLs in, strings out, or bytes as they are read for the feed that
 * carries full texts (the rss.xml endpoints under src/pages wire them).
 */
import { getRssString, type RSSFeedItem } from '@astrojs/rss';
import { formatDateRange } from './dates.ts';
import { countryNameIn } from './i18n/names.ts';
import { FORMAT_LABELS, joinNames, type DialogueFormat } from './labels.ts';
import type { DialogueRecord, EssayRecord } from './archive.ts';

const FEED_NAMESPACES = { dc: 'http://purl.org/dc/elements/1.1/', atom: 'http://www.w3.org/2005/Atom' };

/** Escapes text for XML. */
export function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
}

/**
 * Plain text as HTML, for the feed elements that readers show as HTML: an item's description
 * and its full text. @astrojs/rss then escapes the result once more for XML, so a description
 * that reads "<b>" reaches the reader as the text "<b>", never as markup.
 */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
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

/** The namespace of `content:encoded`, the full text of an item. */
const CONTENT_NAMESPACE = 'http://purl.org/rss/1.0/modules/content/';

export function renderFeed(channel: Channel, items: RSSFeedItem[], { contentNamespace = false } = {}): Promise<string> {
  return getRssString({
    title: channel.title,
    description: channel.description,
    site: channel.link,
    items,
    // @astrojs/rss declares the content namespace when an item carries content; a feed made in
    // parts declares it in every part, whatever the items of that part.
    xmlns: contentNamespace ? { ...FEED_NAMESPACES, content: CONTENT_NAMESPACE } : FEED_NAMESPACES,
    stylesheet: channel.stylesheet,
    trailingSlash: true,
    customData: [
      `<language>${escapeXml(channel.language)}</language>`,
      `<lastBuildDate>${channel.lastBuildDate.toUTCString()}</lastBuildDate>`,
      `<atom:link href="${escapeXml(channel.self)}" rel="self" type="application/rss+xml"/>`,
    ].join(''),
  });
}

/** Items made and written a part at a time by `feedInParts`. */
const FEED_PART_SIZE = 200;

/**
 * A feed of full-text items, made and serialised a part at a time: the main feed carries every
 * essay's text, and holding all of them at once, with @astrojs/rss's document tree around them,
 * would raise the build's memory by the size of the whole archive's texts. Each part is rendered
 * with @astrojs/rss as a feed of its own, and the items of every part after the first are set
 * into the first part's channel: joined, the pieces are what one call would have written.
 * A part is only made when the one before it has been taken.
 */
export async function* feedInParts<T>(
  channel: Channel,
  sources: readonly T[],
  toItem: (source: T) => Promise<RSSFeedItem>,
  partSize = FEED_PART_SIZE,
): AsyncGenerator<string> {
  const end = '</channel></rss>';
  for (let start = 0; start === 0 || start < sources.length; start += partSize) {
    const items = await Promise.all(sources.slice(start, start + partSize).map(toItem));
    const xml = await renderFeed(channel, items, { contentNamespace: true });
    if (!xml.endsWith(end)) throw new Error(`A feed part does not end with ${end}`);
    if (start === 0) {
      yield xml.slice(0, -end.length);
    } else {
      // Items are the channel's last children, and the first "<item>" tag opens the first item:
      // in text or attributes before it, "<" is always escaped.
      const first = xml.indexOf('<item>');
      if (first < 0) throw new Error('A feed part has no items');
      yield xml.slice(first, -end.length);
    }
  }
  yield end;
}

/**
 * A response body that makes `parts` as it is read, each one encoded to UTF-8 and let go.
 * Astro reads an endpoint's body into one buffer. Given the main feed as one string, the
 * build would hold the parts, the joined string (two bytes a character once it holds any
 * Korean, Chinese or Japanese) and its UTF-8 bytes at once; read this way only the buffer
 * grows. A failure while making a part fails the response, and with it the build.
 */
export function feedBody(parts: AsyncIterable<string>): ReadableStream<Uint8Array> {
  const iterator = parts[Symbol.asyncIterator]();
  const encoder = new TextEncoder();
  return new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        const { value, done } = await iterator.next();
        if (done) controller.close();
        else controller.enqueue(encoder.encode(value));
      },
      async cancel() {
        await iterator.return?.();
      },
      // Nothing made ahead of the reader.
    },
    { highWaterMark: 0 },
  );
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
  /** Names of the translators, for a translation: contributors, where authors are creators. */
  translatorNames?: readonly string[] | undefined;
  topicNames: readonly string[];
  /** The essay rendered to HTML, with absolute URLs; left out, the item carries the summary only. */
  content?: string | undefined;
}

export function essayFeedItem({ essay, link, authorNames, translatorNames = [], topicNames, content }: EssayItemParts): RSSFeedItem {
  return {
    title: essay.data.title,
    link,
    pubDate: essay.data.pubDate,
    // Titles, categories and creators are plain text, escaped once (by @astrojs/rss); a
    // description is HTML to feed readers, so the text is made HTML first.
    description: escapeHtml(essay.data.description),
    ...(content === undefined ? {} : { content }),
    categories: [...topicNames],
    customData:
      authorNames.map((name) => `<dc:creator>${escapeXml(name)}</dc:creator>`).join('') +
      translatorNames.map((name) => `<dc:contributor>${escapeXml(name)}</dc:contributor>`).join('') +
      `<dc:language>${escapeXml(essay.data.lang)}</dc:language>`,
  };
}

/** Essays written in one language, for that language's feed. */
export interface LanguageGroup<E> {
  /** The language's tag, as the first essay in it writes it (tags are canonical: "zh-Hant"). */
  lang: string;
  essays: E[];
}

/**
 * `essays` by the language they are written in, each group in the order given (newest first
 * in the archive), the groups in the order of their tags. Tags that differ only in letter
 * case are one language, as they are to the content check.
 */
export function essaysByLanguage<E extends { data: { lang: string } }>(essays: readonly E[]): LanguageGroup<E>[] {
  const groups = new Map<string, LanguageGroup<E>>();
  for (const essay of essays) {
    const key = essay.data.lang.toLowerCase();
    const group = groups.get(key);
    if (group) group.essays.push(essay);
    else groups.set(key, { lang: essay.data.lang, essays: [essay] });
  }
  return [...groups.values()].sort((a, b) => a.lang.localeCompare(b.lang, 'en'));
}

export interface DialogueItemParts {
  dialogue: DialogueRecord;
  link: string;
  partnerNames: readonly string[];
  topicNames: readonly string[];
}

/** The words of a dialogue's item, in the feed's language (its dictionary's). */
export interface DialogueItemLabels {
  lang: string;
  formats: Record<DialogueFormat, string>;
  /** "with A and B". */
  withPartners: (names: string) => string;
}

const ENGLISH_DIALOGUE_LABELS: DialogueItemLabels = { lang: 'en', formats: FORMAT_LABELS, withPartners: (names) => `with ${names}` };

/**
 * A dialogue as a feed item: its summary, dates, place and partners. Never its delegates:
 * the feed goes wherever readers take it, so the Chatham House Rule is applied to every
 * dialogue alike.
 */
export function dialogueFeedItem(
  { dialogue, link, partnerNames, topicNames }: DialogueItemParts,
  labels: DialogueItemLabels = ENGLISH_DIALOGUE_LABELS,
): RSSFeedItem {
  const { data } = dialogue;
  const { lang } = labels;
  const format = labels.formats[data.format];
  const when = formatDateRange(data.startDate, data.endDate, data.datePrecision, lang);
  const where = `${data.location.city}, ${countryNameIn(data.location.country, lang)}`;
  const partners = labels.withPartners(joinNames(partnerNames, lang));
  const facts = `${format} · ${when} · ${where} · ${partners}`;
  // As an item of its own, the partners' line starts with a capital where the language has them.
  const partnersLine = partners.charAt(0).toLocaleUpperCase(lang) + partners.slice(1);
  return {
    title: data.title,
    link,
    pubDate: data.startDate,
    description: escapeHtml(`${data.summary} (${facts})`),
    content: `<p>${escapeHtml(data.summary)}</p><ul><li>${escapeHtml(format)}</li><li>${escapeHtml(when)}</li><li>${escapeHtml(where)}</li><li>${escapeHtml(partnersLine)}</li></ul>`,
    categories: [...topicNames],
  };
}
