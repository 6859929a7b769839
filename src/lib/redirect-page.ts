/** The page left at an essay's old address: it forwards browsers and tells people where it went. */

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** What the page says, in the essay's interface language; `{title}` and `{link}` are filled in. */
export interface RedirectWords {
  /** The tab's title: "Moved: {title}". */
  moved: string;
  heading: string;
  /** "“{title}” is now at {link}. …": `{link}` becomes the link to the new address. */
  text: string;
}

/** The English words (the English dictionary's). */
export const REDIRECT_WORDS: RedirectWords = {
  moved: 'Moved: {title}',
  heading: 'This page has moved',
  text: '“{title}” is now at {link}. Please update your bookmarks and citations.',
};

export interface RedirectPage {
  /** Where the content lives now: a path with base, for the link and refresh. */
  target: string;
  /** Absolute URL of the target, for the canonical link. */
  canonical: string;
  title: string;
  siteTitle: string;
  /** The language the page speaks (its words'), and the title's where it differs. */
  lang?: string;
  titleLang?: string | undefined;
  words?: RedirectWords;
}

export function redirectPageHtml({
  target,
  canonical,
  title,
  siteTitle,
  lang = 'en',
  titleLang,
  words = REDIRECT_WORDS,
}: RedirectPage): string {
  const t = escapeHtml(target);
  const titleHtml =
    titleLang && titleLang !== lang ? `<span lang="${escapeHtml(titleLang)}">${escapeHtml(title)}</span>` : escapeHtml(title);
  // One pass over the template, so that a title holding "{link}" is shown as written.
  const fill = (template: string, titlePart: string, linkPart: string) =>
    escapeHtml(template).replace(/\{(title|link)\}/gu, (_, name: string) => (name === 'title' ? titlePart : linkPart));
  return `<!doctype html>
<html lang="${escapeHtml(lang)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${fill(words.moved, escapeHtml(title), '')} · ${escapeHtml(siteTitle)}</title>
<meta name="robots" content="noindex">
<link rel="canonical" href="${escapeHtml(canonical)}">
<meta http-equiv="refresh" content="0; url=${t}">
</head>
<body>
<main>
<h1>${escapeHtml(words.heading)}</h1>
<p>${fill(words.text, titleHtml, `<a href="${t}">${escapeHtml(canonical)}</a>`)}</p>
</main>
</body>
</html>
`;
}

/**
 * The `_redirects` file of Netlify and Cloudflare Pages: one `from to 301` line per old
 * address. An old address written with a trailing slash also answers without it.
 */
export function redirectRules(rules: ReadonlyArray<{ from: string; to: string }>): string {
  const lines = ['# Old addresses of essays (their `aliases`), answered with permanent redirects.'];
  for (const { from, to } of rules) {
    lines.push(`${from} ${to} 301`);
    if (from.endsWith('/') && from.length > 1) lines.push(`${from.slice(0, -1)} ${to} 301`);
  }
  return `${lines.join('\n')}\n`;
}
