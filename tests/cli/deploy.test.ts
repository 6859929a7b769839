/** The deployment files say what the code does: one set of security headers, one build. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseToml } from 'smol-toml';
import { expect, inject, test } from 'vitest';
import { CONTENT_SECURITY_POLICY, headersFile, SECURITY_HEADERS } from '../../src/lib/security-headers';
import { PROJECT_ROOT } from '../helpers/astro';
import { read } from '../helpers/html';

test('the nginx snippet in docs/deploying.md sends exactly the headers of dist/_headers', () => {
  const docs = readFileSync(join(PROJECT_ROOT, 'docs/deploying.md'), 'utf8');
  const nginx = /```nginx\n([\s\S]*?)```/.exec(docs)![1]!;
  for (const [name, value] of SECURITY_HEADERS) expect(nginx).toContain(`add_header ${name} "${value}" always;`);
  expect(read(inject('siteBuild').outDir, '_headers')).toBe(headersFile('/', false));
  expect(headersFile('/archive/', false).split('\n')[0]).toBe('/archive/*');
  expect(CONTENT_SECURITY_POLICY).not.toMatch(/'unsafe-inline'|'unsafe-eval'|https?:/);
});

test('netlify.toml builds with the pinned Node and publishes dist/', () => {
  const config = parseToml(readFileSync(join(PROJECT_ROOT, 'netlify.toml'), 'utf8')) as { build: { command: string; publish: string; environment: Record<string, string> } };
  expect(config.build.publish).toBe('dist');
  expect(config.build.command).toBe('npm install --no-audit --no-fund && npm run build');
  expect(config.build.environment.NODE_VERSION).toBe('24');
});
