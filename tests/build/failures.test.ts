/**
 * A content folder that breaks the contract stops `astro build` with a non-zero exit and
 * every problem listed (schema violations, missing references, duplicate ids, invisible
 * characters, missing files, old addresses that would take the site's own, a YAML bomb, bytes that are
 * not text), and nothing after the report: no hook error, no stack trace. A build that fails,
 * at the start or half-way, leaves the last good site in its output folder as it was.
 */
import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { expect, inject, test } from 'vitest';
import { buildSite, freshOutDir } from '../helpers/astro';
import { filesIn } from '../helpers/html';
import { BROKEN_COUNTS, BROKEN_ERRORS, BROKEN_REPORT } from '../fixtures/broken-report';

const fixtures = resolve(import.meta.dirname, '../fixtures');

/** Nothing of Astro's own error output: the report is the whole message. */
function expectReportOnly(output: string) {
  expect(output).not.toMatch(/unhandled error/i);
  expect(output).not.toMatch(/^ {4}at /m);
  expect(output).not.toContain('Stack trace');
}

test('the broken fixture fails the build with every problem, and nothing else, and writes no site', () => {
  const result = buildSite(join(fixtures, 'broken'));
  expect(result.status).toBe(1);
  expect(result.output).toContain(`has ${BROKEN_COUNTS.errors} problems in ${BROKEN_COUNTS.filesWithErrors} files:`);
  for (const line of BROKEN_ERRORS) expect(result.output).toContain(`  ${line}\n`);
  // Warnings never stop a build, so the error report leaves them out.
  for (const line of BROKEN_REPORT.filter((l) => !BROKEN_ERRORS.includes(l))) expect(result.output).not.toContain(line);
  expect(result.output).toContain('Each line reads: file:line:column  field  what is wrong.');
  expectReportOnly(result.output);
  expect(filesIn(result.outDir)).toEqual([]);
});

test('a missing content folder fails the build', () => {
  const result = buildSite('/nonexistent/content-folder');
  expect(result.status).toBe(1);
  expect(result.output).toContain('.:1:1  folder  the content folder /nonexistent/content-folder does not exist');
  expectReportOnly(result.output);
});

/** Every file of a folder with a digest of its bytes. */
function tree(dir: string): Record<string, string> {
  return Object.fromEntries(
    filesIn(dir).map((file) => [
      file,
      createHash('sha256')
        .update(readFileSync(join(dir, file)))
        .digest('hex'),
    ]),
  );
}

test('a build that fails, half-way or at the start, writes nothing over the last good site', () => {
  const outDir = freshOutDir();
  cpSync(inject('siteBuild').outDir, outDir, { recursive: true });
  const before = tree(outDir);
  expect(Object.keys(before)).toContain('essays/mdx-essay/index.html');

  // MDX that cannot be compiled passes the content check and fails once Astro has started
  // writing pages.
  const content = mkdtempSync(join(tmpdir(), 'half-way-'));
  cpSync(join(fixtures, 'site'), content, { recursive: true });
  const mdx = ['---', 'title: Unclosed', 'description: An expression never closed.', 'pubDate: 2025-01-01', 'authors: [ada-author]'];
  writeFileSync(join(content, 'essays/unclosed.mdx'), [...mdx, '---', '', 'A brace { that never closes.', ''].join('\n'));
  const halfWay = buildSite(content, { BUILD_DATE: '2026-06-01' }, outDir);
  expect(halfWay.status, halfWay.output).not.toBe(0);
  expect(tree(outDir)).toEqual(before);

  const broken = buildSite(join(fixtures, 'broken'), {}, outDir);
  expect(broken.status).toBe(1);
  expect(tree(outDir)).toEqual(before);
  // Nor is a half-built folder left beside it.
  expect(readdirSync(dirname(outDir)).filter((name) => name.startsWith(`.${basename(outDir)}.`))).toEqual([]);
}, 120_000);
