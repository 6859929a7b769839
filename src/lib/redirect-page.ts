/** The page left at an essay's old address: it forwards browsers and tells people where it went. */

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

export interface RedirectPage {
  /** Where the content lives now: a path with base, for the link and refresh. */
  target: string;
  /** Absolute URL of the target, for the canonical link. */
  canonical: string;
  title: string;
  siteTitle: string;
}

export function redirectPageHtml({ target, canonical, title, siteTitle }: RedirectPage): string {
  const t = escapeHtml(target);
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Moved: ${escapeHtml(title)} · ${escapeHtml(siteTitle)}</title>
<meta name="robots" content="noindex">
<link rel="canonical" href="${escapeHtml(canonical)}">
<meta http-equiv="refresh" content="0; url=${t}">
</head>
<body>
<main>
<h1>This page has moved</h1>
<p>“${escapeHtml(title)}” is now at <a href="${t}">${escapeHtml(canonical)}</a>. Please update your bookmarks and citations.</p>
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
