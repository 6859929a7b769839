/**
 * The site's feeds, from the archive: every published essay, the essays of each language, the
 * dialogues, and one feed per topic, partner and person. Pages and feed endpoints ask here for the feeds that concern
 * them, so the links a page advertises and the files written always agree.
 */
import type { RSSFeedItem } from '@astrojs/rss';
import { BASE, SITE } from '../config.ts';
import { absolutizeHtml } from '../lib/absolute-urls.ts';
import {
  dialogueFeedItem,
  escapeHtml,
  essayFeedItem,
  essaysByLanguage,
  feedBody,
  feedInParts,
  newest,
  renderFeed,
  type Channel,
} from '../lib/feed.ts';
import { endonym, interfaceFor } from '../lib/i18n/index.ts';
import { entryPath, languageFeedPath, withBase } from '../lib/urls.ts';
import type { Archive, Dialogue, Essay, Partner, Person, Topic } from './collections.ts';
import { essayHtml } from './essay-html.ts';
import { attachmentsOf } from './attachments.ts';
import { getImage } from 'astro:assets';

/** A feed as pages link to it. */
export interface FeedLink {
  title: string;
  /** Path with base. */
  href: string;
  /**
   * The language of the feed's items, when they are all in one (BCP 47): links to it on the
   * page of feeds carry it as `hreflang`, and `name` is in it. A page's `<link rel="alternate">`
   * to a feed does not: search engines read `rel="alternate" hreflang` as the page's own
   * versions in other languages (and Lighthouse fails a relative one), so the feed's title
   * says the language there.
   */
  lang?: string;
  /** What the feed holds, in its own language and without the site's name: "한국어 에세이". */
  name?: string;
}

/** What the feed of the essays in `lang` holds, in that language when the site has its words. */
export function languageFeedName(lang: string): string {
  return interfaceFor(lang, SITE.lang).t.essaysFeedIn(endonym(lang));
}

/** The feeds' own words (titles, channel descriptions): the site's interface language. */
export const feedWords = interfaceFor(SITE.lang).t.feeds;
const titled = (what: string) => feedWords.feedTitle(SITE.title, what);

export const feedLinks = {
  essays: (): FeedLink => ({ title: titled(feedWords.essays), href: withBase('/rss.xml', BASE) }),
  dialogues: (): FeedLink => ({ title: titled(feedWords.dialogues), href: withBase('/dialogues/rss.xml', BASE) }),
  /** The full-text feed of the essays written in `lang`. */
  language: (lang: string): FeedLink => ({
    title: titled(languageFeedName(lang)),
    href: withBase(languageFeedPath(lang), BASE),
    lang,
    name: languageFeedName(lang),
  }),
  topic: (topic: Topic): FeedLink => ({
    title: titled(feedWords.essaysOn(topic.data.name)),
    href: withBase(`/topics/${topic.id}/rss.xml`, BASE),
  }),
  partner: (partner: Partner): FeedLink => ({
    title: titled(feedWords.essaysWith(partner.data.name)),
    href: withBase(`/partners/${partner.id}/rss.xml`, BASE),
  }),
  person: (person: Person): FeedLink => ({
    title: titled(feedWords.essaysBy(person.data.name)),
    href: withBase(`/people/${person.id}/rss.xml`, BASE),
  }),
};

/** The feed of each language the shown essays are written in, with its essays newest first. */
export function languageFeeds(archive: Archive): Array<{ feed: FeedLink; lang: string; essays: Essay[] }> {
  return essaysByLanguage(archive.essays).map(({ lang, essays }) => ({ feed: feedLinks.language(lang), lang, essays }));
}

const absolute = (path: string, site: URL) => new URL(withBase(path, BASE), site).href;

async function essayItem(essay: Essay, archive: Archive, site: URL, withContent: boolean): Promise<RSSFeedItem> {
  const link = absolute(entryPath('essays', essay.id), site);
  return essayFeedItem({
    essay,
    link,
    authorNames: archive.peopleOf(essay.data.authors).map((p) => p.data.name),
    translatorNames: archive.peopleOf(essay.data.translators).map((p) => p.data.name),
    topicNames: archive.topicsOf(essay.data.topics).map((t) => t.data.name),
    content: withContent ? absolutizeHtml(await fullContent(essay), link) : undefined,
  });
}

/**
 * What a feed reader shows of an essay: its lead image, its text, and its downloads, with the
 * words around them in the essay's language, as on its page.
 */
async function fullContent(essay: Essay): Promise<string> {
  const parts: string[] = [];
  const { t } = interfaceFor(essay.data.lang, SITE.lang);
  const image = essay.data.image;
  if (image) {
    const rendered = await getImage({ src: image.src, width: 1200, format: 'webp' });
    const caption = [image.caption, image.credit && t.essay.imageCredit(image.credit)]
      .filter(Boolean)
      .map((t) => escapeHtml(t!))
      .join(' ');
    parts.push(
      `<figure><img src="${escapeHtml(rendered.src)}" alt="${escapeHtml(image.alt)}" width="${rendered.attributes.width ?? ''}" height="${rendered.attributes.height ?? ''}">${caption ? `<figcaption>${caption}</figcaption>` : ''}</figure>`,
    );
  }
  parts.push(await essayHtml(essay));
  const files = attachmentsOf(essay);
  if (files.length > 0) {
    const items = files.map(
      (f) =>
        `<li><a href="${escapeHtml(withBase(f.path, BASE))}">${escapeHtml(f.title)}</a> (${escapeHtml(f.typeLabel)}, ${escapeHtml(f.bytes < 1024 ? t.essay.bytes(f.bytes) : f.size)})</li>`,
    );
    parts.push(`<h2>${escapeHtml(t.essay.downloads)}</h2><ul>${items.join('')}</ul>`);
  }
  return parts.join('\n');
}

const lastChange = (essays: readonly Essay[], archive: Archive) =>
  newest(
    essays.map((e) => e.data.updatedDate ?? e.data.pubDate),
    archive.today,
  );

function essayChannel(archive: Archive, site: URL, feed: FeedLink, page: string, description: string, essays: readonly Essay[]): Channel {
  return {
    title: feed.title,
    description,
    link: absolute(page, site),
    self: new URL(feed.href, site).href,
    stylesheet: withBase('/rss.xsl', BASE),
    language: feed.lang ?? SITE.lang,
    lastBuildDate: lastChange(essays, archive),
  };
}

/**
 * An essay feed: `essays` newest first (the archive's order), described by `link` and
 * `description`, each item with its summary and link. The feeds of a topic, partner or person
 * are these, so that a large archive does not publish every essay's text hundreds of times over.
 */
export async function essayFeed(
  archive: Archive,
  site: URL,
  feed: FeedLink,
  page: string,
  description: string,
  essays: readonly Essay[],
): Promise<string> {
  const channel = essayChannel(archive, site, feed, page, description, essays);
  return renderFeed(channel, await Promise.all(essays.map((essay) => essayItem(essay, archive, site, false))));
}

/**
 * An essay feed whose items also carry each essay's full text: the site's main feed. Made a
 * part at a time as the response is read, and never held as one string (lib/feed.ts).
 */
export function fullTextEssayFeed(
  archive: Archive,
  site: URL,
  feed: FeedLink,
  page: string,
  description: string,
  essays: readonly Essay[],
): ReadableStream<Uint8Array> {
  const channel = essayChannel(archive, site, feed, page, description, essays);
  return feedBody(feedInParts(channel, essays, (essay) => essayItem(essay, archive, site, true)));
}

export async function dialogueFeed(archive: Archive, site: URL): Promise<string> {
  const dialogues: readonly Dialogue[] = archive.dialogues;
  const ui = interfaceFor(SITE.lang);
  const items = dialogues.map((dialogue) =>
    dialogueFeedItem(
      {
        dialogue,
        link: absolute(entryPath('dialogues', dialogue.id), site),
        partnerNames: archive.partnersOf(dialogue.data.partners).map((p) => p.data.name),
        topicNames: archive.topicsOf(dialogue.data.topics).map((t) => t.data.name),
      },
      { lang: ui.lang, formats: ui.t.labels.formats, withPartners: ui.t.lists.withPartners },
    ),
  );
  const feed = feedLinks.dialogues();
  return renderFeed(
    {
      title: feed.title,
      description: feedWords.dialoguesChannel(SITE.publisher),
      link: absolute('/dialogues/', site),
      self: new URL(feed.href, site).href,
      stylesheet: withBase('/rss.xsl', BASE),
      language: SITE.lang,
      lastBuildDate: newest(
        dialogues.map((d) => d.data.startDate).filter((d) => d <= archive.today),
        archive.today,
      ),
    },
    items,
  );
}
