/**
 * Builds each fixture site that several test files read once per run, and
 * hands the results to the tests (`inject('siteBuild')`, `inject('basePathBuild')`):
 * - siteBuild: tests/fixtures/site with a public origin, so absolute URLs are checked against
 *   SITE_URL (build, feeds, deploy and browser tests);
 * - basePathBuild: the same content under BASE_PATH=/archive/, for an origin that the browser
 *   tests map to their local server (tests/e2e/base-path.test.ts).
 * Unit-only runs (`npm run test:unit`) build nothing.
 */
import { resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { buildSiteAsync, clearTestBuilds, type BuildResult } from './helpers/astro';

export const FIXTURE_ORIGIN = 'https://archive.example.org';
export const BASE_PATH_ORIGIN = 'http://archive.test';
export const BASE_PATH = '/archive/';

export async function setup(project: TestProject) {
  const wanted = project.config.include.some((pattern) => !pattern.includes('unit'));
  const filters = process.argv.slice(2).filter((arg) => !arg.startsWith('-'));
  const onlyUnit = filters.length > 0 && filters.every((arg) => arg.includes('unit'));
  if (!wanted || onlyUnit) return;
  clearTestBuilds();
  const fixture = resolve(import.meta.dirname, 'fixtures/site');
  // One after the other: two builds of one project at once would share its .astro/ folder,
  // where Astro writes the module map of the content it is building.
  const site = await buildSiteAsync(fixture, { BUILD_DATE: '2026-06-01', SITE_URL: FIXTURE_ORIGIN });
  const basePath = await buildSiteAsync(fixture, { BUILD_DATE: '2026-06-01', SITE_URL: BASE_PATH_ORIGIN, BASE_PATH });
  project.provide('siteBuild', site);
  project.provide('basePathBuild', basePath);
}

declare module 'vitest' {
  export interface ProvidedContext {
    siteBuild: BuildResult;
    basePathBuild: BuildResult;
  }
}
