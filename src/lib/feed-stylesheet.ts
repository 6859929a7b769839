/**
 * The XSL stylesheet that makes the archive's RSS feeds readable when opened in a browser:
 * what a feed is, how to subscribe, and the items it holds, in the site's interface language.
 * Feed readers ignore it. Pure: words in, the stylesheet's text out (src/pages/rss.xsl.ts).
 */
import { markedParts } from './i18n/marked.ts';

/** What the stylesheet says; `pageTitle` holds `{title}`, the feed's title. */
export interface FeedStylesheetWords {
  pageTitle: string;
  /** What a feed is; may mark `**strong**` words. */
  about: string;
  /** Before the feed's address. */
  subscribe: string;
  openPage: string;
}

const xml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Text with its `**strong**` parts as elements, the rest escaped. */
const marked = (text: string) =>
  markedParts(text)
    .map((part) =>
      part.kind === 'strong'
        ? `<strong>${xml(part.text)}</strong>`
        : part.kind === 'code'
          ? `<code>${xml(part.text)}</code>`
          : xml(part.text),
    )
    .join('');

export function feedStylesheet(words: FeedStylesheetWords, lang: string): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom">
  <xsl:output method="html" version="5.0" encoding="UTF-8" indent="yes"/>
  <xsl:template match="/">
    <html lang="${xml(lang)}">
      <head>
        <meta charset="utf-8"/>
        <meta name="viewport" content="width=device-width, initial-scale=1"/>
        <title>${xml(words.pageTitle).replace('{title}', '<xsl:value-of select="rss/channel/title"/>')}</title>
        <style>
          body { font-family: system-ui, sans-serif; line-height: 1.5; max-width: 46rem; margin: 0 auto; padding: 1rem; color: #1c1d21; background: #fdfcfa; }
          @media (prefers-color-scheme: dark) { body { color: #e9e7e2; background: #16181c; } a { color: #7cc4e4; } .about { background: #202329; } }
          a { color: #0b5c7a; }
          .about { background: #f1eee8; padding: 0.75rem 1rem; border-radius: 0.25rem; }
          code { word-break: break-all; }
          li { margin: 0.75rem 0; }
          .meta { font-size: 0.9rem; opacity: 0.8; }
        </style>
      </head>
      <body>
        <div class="about">
          <p>${marked(words.about)}</p>
          <p>${xml(words.subscribe)} <code><xsl:value-of select="rss/channel/atom:link[@rel='self']/@href"/></code></p>
        </div>
        <h1><xsl:value-of select="rss/channel/title"/></h1>
        <p><xsl:value-of select="rss/channel/description"/></p>
        <p><a href="{rss/channel/link}">${xml(words.openPage)}</a></p>
        <ul>
          <xsl:for-each select="rss/channel/item">
            <li>
              <a href="{link}"><xsl:value-of select="title"/></a>
              <div class="meta">
                <xsl:for-each select="dc:creator"><xsl:value-of select="."/><xsl:if test="position() != last()">, </xsl:if></xsl:for-each>
                <xsl:if test="dc:creator"> · </xsl:if>
                <xsl:value-of select="substring(pubDate, 6, 11)"/>
              </div>
              <div><xsl:call-template name="html-text"><xsl:with-param name="html" select="description"/></xsl:call-template></div>
            </li>
          </xsl:for-each>
        </ul>
      </body>
    </html>
  </xsl:template>

  <!-- An item's description is HTML made from plain text (src/lib/feed.ts escapeHtml): shown
       here as that text, by undoing its five escapes, "&amp;" last. -->
  <xsl:template name="html-text">
    <xsl:param name="html"/>
    <xsl:call-template name="replace">
      <xsl:with-param name="text">
        <xsl:call-template name="replace">
          <xsl:with-param name="text">
            <xsl:call-template name="replace">
              <xsl:with-param name="text">
                <xsl:call-template name="replace">
                  <xsl:with-param name="text">
                    <xsl:call-template name="replace">
                      <xsl:with-param name="text" select="$html"/>
                      <xsl:with-param name="from" select="'&amp;lt;'"/>
                      <xsl:with-param name="to" select="'&lt;'"/>
                    </xsl:call-template>
                  </xsl:with-param>
                  <xsl:with-param name="from" select="'&amp;gt;'"/>
                  <xsl:with-param name="to" select="'&gt;'"/>
                </xsl:call-template>
              </xsl:with-param>
              <xsl:with-param name="from" select="'&amp;quot;'"/>
              <xsl:with-param name="to" select="'&quot;'"/>
            </xsl:call-template>
          </xsl:with-param>
          <xsl:with-param name="from" select="'&amp;#39;'"/>
          <xsl:with-param name="to">'</xsl:with-param>
        </xsl:call-template>
      </xsl:with-param>
      <xsl:with-param name="from" select="'&amp;amp;'"/>
      <xsl:with-param name="to" select="'&amp;'"/>
    </xsl:call-template>
  </xsl:template>

  <xsl:template name="replace">
    <xsl:param name="text"/>
    <xsl:param name="from"/>
    <xsl:param name="to"/>
    <xsl:choose>
      <xsl:when test="contains($text, $from)">
        <xsl:value-of select="substring-before($text, $from)"/>
        <xsl:value-of select="$to"/>
        <xsl:call-template name="replace">
          <xsl:with-param name="text" select="substring-after($text, $from)"/>
          <xsl:with-param name="from" select="$from"/>
          <xsl:with-param name="to" select="$to"/>
        </xsl:call-template>
      </xsl:when>
      <xsl:otherwise><xsl:value-of select="$text"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>
</xsl:stylesheet>
`;
}
