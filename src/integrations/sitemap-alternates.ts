/**
 * The sitemap's language alternates: each version of a translated essay is listed with the
 * same `xhtml:link rel="alternate" hreflang` set its page carries in its head (every version,
 * itself included, and x-default), from the published archive, so only published versions are
 * named. @astrojs/sitemap writes `links` of an item as those elements; its own `i18n` option
 * only pairs pages by a locale folder in their path, which essays do not have.
 */
import type { SitemapItem } from '@astrojs/sitemap';
import { BASE, SETTINGS, SITE, today } from '../config.ts';
import { languageAlternates } from '../lib/translations.ts';
import { entryPath, withBase } from '../lib/urls.ts';
import { publishedArchive, validatedContent } from './validated-content.ts';

/** A `serialize` for @astrojs/sitemap that adds the language alternates of essay pages. */
export function sitemapLanguageAlternates(): (item: SitemapItem) => SitemapItem {
  let byUrl: Map<string, NonNullable<SitemapItem['links']>> | undefined;
  return (item) => {
    byUrl ??= alternatesByUrl();
    const links = byUrl.get(item.url);
    return links ? { ...item, links } : item;
  };
}

function alternatesByUrl() {
  const archive = publishedArchive(validatedContent(SETTINGS.contentDir), today());
  const url = (id: string) => new URL(withBase(entryPath('essays', id), BASE), SETTINGS.siteUrl).href;
  const byUrl = new Map<string, NonNullable<SitemapItem['links']>>();
  for (const essay of archive.essays) {
    const alternates = languageAlternates(archive.versionsOf(essay), SITE.lang, (version) => url(version.id));
    if (alternates.length > 0)
      byUrl.set(
        url(essay.id),
        alternates.map(({ hreflang, href }) => ({ lang: hreflang, url: href })),
      );
  }
  return byUrl;
}
