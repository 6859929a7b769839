/** The deployment files say what the code does: one set of security headers, one build. */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseToml } from 'smol-toml';
import { expect, inject, test } from 'vitest';
import { CONTENT_SECURITY_POLICY, headersFile, SECURITY_HEADERS } from '../../src/lib/security-headers';
import { PROJECT_ROOT } from '../helpers/astro';
import { filesIn, read } from '../helpers/html';

const isRedirectPage = (html: string) => /<meta http-equiv="refresh"/.test(html);

test('the nginx snippet in docs/deploying.md sends exactly the headers of dist/_headers', () => {
  const docs = readFileSync(join(PROJECT_ROOT, 'docs/deploying.md'), 'utf8');
  const nginx = /```nginx\n([\s\S]*?)```/.exec(docs)![1]!;
  for (const [name, value] of SECURITY_HEADERS) expect(nginx).toContain(`add_header ${name} "${value}" always;`);
  expect(read(inject('siteBuild').outDir, '_headers')).toBe(headersFile('/', false));
  expect(headersFile('/archive/', false).split('\n')[0]).toBe('/archive/*');
  expect(CONTENT_SECURITY_POLICY).not.toMatch(/'unsafe-eval'|https?:/);
  // Inline styles only: each page's own meta policy narrows them to its stylesheet's hashes.
  expect(CONTENT_SECURITY_POLICY.split('; ').filter((d) => d.includes("'unsafe-inline'"))).toEqual(["style-src 'self' 'unsafe-inline'"]);
});

test('every page carries the policy in a meta element, before any style, with its inline styles hashed', () => {
  const dist = inject('siteBuild').outDir;
  const pages = filesIn(dist).filter((file) => file.endsWith('.html') && !isRedirectPage(read(dist, file)));
  expect(pages.length).toBeGreaterThan(20);
  for (const file of pages) {
    const html = read(dist, file);
    const meta = /<meta http-equiv="content-security-policy" content="([^"]+)">/.exec(html);
    expect(meta, file).not.toBeNull();
    const policy = meta![1]!;
    expect(policy, file).toContain("default-src 'self'");
    expect(policy, file).toMatch(/script-src 'self' 'wasm-unsafe-eval'/);
    expect(policy, file).not.toMatch(/'unsafe-inline'|'unsafe-eval'|https?:/);
    expect(html.indexOf(meta![0]), file).toBeLessThan(html.indexOf('<style'));
    // Every inline stylesheet of the page is allowed by one of the policy's hashes.
    const styleHashes = /style-src ([^;]+)/
      .exec(policy)![1]!
      .split(' ')
      .filter((s) => s.startsWith("'sha256-"));
    for (const [, css] of html.matchAll(/<style>([\s\S]*?)<\/style>/g)) {
      expect(styleHashes, file).toContain(`'sha256-${createHash('sha256').update(css!).digest('base64')}'`);
    }
    // No page asks for a stylesheet or a classic script before it can render.
    expect(html, file).not.toMatch(/<link[^>]+rel="stylesheet"/);
    expect(html, file).not.toMatch(/<script(?![^>]*(type="module"|type="application\/ld\+json"|async|defer))[^>]*>/);
  }
});

test('netlify.toml builds with the pinned Node and publishes dist/', () => {
  const config = parseToml(readFileSync(join(PROJECT_ROOT, 'netlify.toml'), 'utf8')) as {
    build: { command: string; publish: string; environment: Record<string, string> };
  };
  expect(config.build.publish).toBe('dist');
  expect(config.build.command).toBe('npm install --no-audit --no-fund && npm run build');
  expect(config.build.environment.NODE_VERSION).toBe('24');
});
