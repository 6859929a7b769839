/**
 * The HTTP headers the site should be served with: a strict Content-Security-Policy (only the
 * site's own files; Pagefind's WebAssembly is the one allowance) and the usual hardening
 * headers. Written to dist/_headers for Netlify and Cloudflare Pages, and shown as an nginx
 * snippet in docs/deploying.md (a test keeps the two the same).
 *
 * Every page also carries the policy in a `<meta http-equiv>` (Astro's `security.csp`, set up
 * in astro.config.mjs from CSP_META_DIRECTIVES), so hosts that ignore _headers (GitHub Pages)
 * enforce it too. The meta policy names the exact hashes of the page's inline stylesheet, so
 * the pages need no stylesheet request before they can render. A browser enforces every
 * policy it is given: the header allows inline styles ('unsafe-inline', in style-src only)
 * and each page's meta policy narrows that to its own hashes. Scripts are never inline.
 */

/** The directives Astro puts in every page's meta policy, beside its script-src and style-src. */
export const CSP_META_DIRECTIVES = [
  "default-src 'self'",
  "img-src 'self'",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
] as const;

/** `script-src 'wasm-unsafe-eval'`: Pagefind compiles its WebAssembly search engine; no script text is ever evaluated. */
export const SCRIPT_SOURCES = ["'self'", "'wasm-unsafe-eval'"] as const;

export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  `script-src ${SCRIPT_SOURCES.join(' ')}`,
  "style-src 'self' 'unsafe-inline'",
  ...CSP_META_DIRECTIVES.slice(1),
  // Only a header can say this: a meta policy cannot stop framing.
  "frame-ancestors 'none'",
].join('; ');

/** The browser editor (only when turned on) loads Decap from unpkg and talks to GitHub. */
const ADMIN_CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self' https://unpkg.com 'unsafe-eval'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob: https://*.githubusercontent.com",
  "connect-src 'self' https://api.github.com https://unpkg.com",
  "frame-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "frame-ancestors 'none'",
].join('; ');

export const SECURITY_HEADERS: ReadonlyArray<readonly [string, string]> = [
  ['Content-Security-Policy', CONTENT_SECURITY_POLICY],
  ['X-Content-Type-Options', 'nosniff'],
  ['Referrer-Policy', 'strict-origin-when-cross-origin'],
  ['Permissions-Policy', 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()'],
  ['X-Frame-Options', 'DENY'],
  ['Cross-Origin-Opener-Policy', 'same-origin'],
];

/** dist/_headers (Netlify and Cloudflare Pages format), paths under the base path. */
export function headersFile(base: string, withAdmin: boolean): string {
  const prefix = base.endsWith('/') ? base : `${base}/`;
  const block = (path: string, headers: ReadonlyArray<readonly [string, string]>) =>
    [path, ...headers.map(([name, value]) => `  ${name}: ${value}`)].join('\n');
  const blocks = [
    block(`${prefix}*`, SECURITY_HEADERS),
    // Fingerprinted build assets never change under their name.
    block(`${prefix}_astro/*`, [['Cache-Control', 'public, max-age=31536000, immutable']]),
  ];
  if (withAdmin)
    blocks.push(
      block(`${prefix}admin/*`, [
        ['! Content-Security-Policy', ''],
        ['Content-Security-Policy', ADMIN_CONTENT_SECURITY_POLICY],
      ]),
    );
  return `${blocks.join('\n\n')}\n`;
}
