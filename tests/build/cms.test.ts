/** The browser editor is absent unless turned on, and complete when it is. */
import { resolve } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { expect, inject, test } from 'vitest';
import { DECAP_INTEGRITY, DECAP_VERSION } from '../../src/integrations/cms-admin';
import { buildSite } from '../helpers/astro';
import { filesIn, read } from '../helpers/html';

const fixture = resolve(import.meta.dirname, '../fixtures/site');

test('off by default: no /admin/ in the site', () => {
  expect(filesIn(inject('siteBuild').outDir).filter((f) => f.startsWith('admin/'))).toEqual([]);
});

test('DECAP_CMS=true writes /admin/ with the generated configuration', () => {
  const build = buildSite(fixture, { DECAP_CMS: 'true', CMS_REPO: 'owner/archive', CMS_BRANCH: 'content', BUILD_DATE: '2026-06-01' });
  expect(build.status, build.output).toBe(0);
  const html = read(build.outDir, 'admin/index.html');
  expect(html).toContain(
    `<script src="https://unpkg.com/decap-cms@${DECAP_VERSION}/dist/decap-cms.js" integrity="${DECAP_INTEGRITY}" crossorigin="anonymous"></script>`,
  );
  expect(html).toContain('<link href="config.yml" type="text/yaml" rel="cms-config-url">');
  const config = parseYaml(read(build.outDir, 'admin/config.yml'));
  expect(config.backend).toEqual({ name: 'github', repo: 'owner/archive', branch: 'content' });
  expect(config.collections.map((c: { folder: string }) => c.folder)).toEqual(
    ['partners', 'people', 'topics', 'dialogues', 'essays', 'pages'].map((name) => `tests/fixtures/site/${name}`),
  );
  expect(read(build.outDir, 'robots.txt')).toContain('Disallow: /admin/');
});

test('DECAP_CMS=true without a repository stops the build with what to set', () => {
  const build = buildSite(fixture, { DECAP_CMS: 'true' });
  expect(build.status).not.toBe(0);
  expect(build.output).toContain('DECAP_CMS=true needs CMS_REPO, the GitHub repository the editor commits to, written owner/name');
});
