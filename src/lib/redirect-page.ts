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
