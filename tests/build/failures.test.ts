/**
 * A content folder that breaks the contract stops `astro build` with a non-zero exit and
 * every problem listed: schema violations, missing references (with the closest ids),
 * duplicate ids, raw HTML, missing files.
 */
import { resolve } from 'node:path';
import { expect, test } from 'vitest';
import { buildSite } from '../helpers/astro';
import { filesIn } from '../helpers/html';
import { BROKEN_ERRORS, BROKEN_REPORT } from '../fixtures/broken-report';

test('the broken fixture fails the build with every problem, and writes no site', () => {
  const result = buildSite(resolve(import.meta.dirname, '../fixtures/broken'));
  expect(result.status).not.toBe(0);
  expect(result.output).toContain('has 25 problems in 12 files:');
  for (const line of BROKEN_ERRORS) expect(result.output).toContain(`  ${line}\n`);
  // Warnings never stop a build, so the error report leaves them out.
  for (const line of BROKEN_REPORT.filter((l) => !BROKEN_ERRORS.includes(l))) expect(result.output).not.toContain(line);
  expect(result.output).toContain('Each line reads: file:line:column  field  what is wrong.');
  expect(filesIn(result.outDir)).toEqual([]);
});

test('a missing content folder fails the build', () => {
  const result = buildSite('/nonexistent/content-folder');
  expect(result.status).not.toBe(0);
  expect(result.output).toContain('.:1:1  folder  the content folder /nonexistent/content-folder does not exist');
});
