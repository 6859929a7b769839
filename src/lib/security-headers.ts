/**
 * The HTTP headers the site should be served with: a strict Content-Security-Policy (only the
 * site's own files; Pagefind's WebAssembly is the one allowance) and the usual hardening
 * headers. Written to dist/_headers for Netlify and Cloudflare Pages, and shown as an nginx
 * snippet in docs/deploying.md (a test keeps the two the same).
 */

/** `script-src 'wasm-unsafe-eval'`: Pagefind compiles its WebAssembly search engine; no script text is ever evaluated. */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  "img-src 'self'",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

/** The browser editor (only when turned on) loads Decap from unpkg and talks to GitHub. */
export const ADMIN_CONTENT_SECURITY_POLICY = [
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
  const block = (path: string, headers: ReadonlyArray<readonly [string, string]>) => [path, ...headers.map(([name, value]) => `  ${name}: ${value}`)].join('\n');
  const blocks = [
    block(`${prefix}*`, SECURITY_HEADERS),
    // Fingerprinted build assets never change under their name.
    block(`${prefix}_astro/*`, [['Cache-Control', 'public, max-age=31536000, immutable']]),
  ];
  if (withAdmin) blocks.push(block(`${prefix}admin/*`, [['! Content-Security-Policy', ''], ['Content-Security-Policy', ADMIN_CONTENT_SECURITY_POLICY]]));
  return `${blocks.join('\n\n')}\n`;
}
