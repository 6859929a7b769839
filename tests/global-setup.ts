/**
 * Builds the fixture site once for every test file that only reads it (build, feeds and
 * browser tests), with a public origin so absolute URLs are checked against SITE_URL.
 */
import { resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { buildSite } from './helpers/astro';

export const FIXTURE_ORIGIN = 'https://archive.example.org';

export function setup(project: TestProject) {
  const wanted = project.config.include.some((pattern) => !pattern.includes('unit'));
  const filters = process.argv.slice(2).filter((arg) => !arg.startsWith('-'));
  const onlyUnit = filters.length > 0 && filters.every((arg) => arg.includes('unit'));
  if (!wanted || onlyUnit) return;
  const build = buildSite(resolve(import.meta.dirname, 'fixtures/site'), { BUILD_DATE: '2026-06-01', SITE_URL: FIXTURE_ORIGIN });
  project.provide('siteBuild', build);
}

declare module 'vitest' {
  export interface ProvidedContext {
    siteBuild: { status: number | null; output: string; outDir: string };
  }
}
