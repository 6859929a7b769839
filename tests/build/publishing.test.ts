/** "Last updated" from git history (updatedDate wins; no history, no date) and the _redirects file. */
import { execFileSync } from 'node:child_process';
import { appendFileSync, cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, inject, test } from 'vitest';
import { parseIsoDate } from '../../src/schemas/dates';
import { redirectRules } from '../../src/lib/redirect-page';
import { lastUpdated } from '../../src/lib/visibility';
import { parseGitLog } from '../../src/queries/git-dates';
import { buildSite } from '../helpers/astro';
import { mainText, read } from '../helpers/html';

const day = (iso: string) => parseIsoDate(iso)!;
const fixture = resolve(import.meta.dirname, '../fixtures/site');

describe('last updated', () => {
  test('updatedDate wins; a commit counts only when after publication', () => {
    expect(lastUpdated({ pubDate: day('2025-01-01'), updatedDate: day('2025-02-01') }, day('2025-06-01'))?.toISOString()).toBe(
      '2025-02-01T00:00:00.000Z',
    );
    expect(lastUpdated({ pubDate: day('2025-01-01') }, day('2025-06-01'))?.toISOString()).toBe('2025-06-01T00:00:00.000Z');
    expect(lastUpdated({ pubDate: day('2025-01-01') }, day('2024-12-01'))).toBeUndefined();
    expect(lastUpdated({ pubDate: day('2025-01-01') }, undefined)).toBeUndefined();
  });

  test('the newest commit of each file is its date', () => {
    const log =
      '\u00002026-04-05T10:00:00+12:00\n\ncontent/essays/a.md\n\u00002026-03-04T10:00:00Z\n\ncontent/essays/a.md\ncontent/essays/b.md\n';
    const dates = parseGitLog(log, '/repo');
    expect(dates.get('/repo/content/essays/a.md')?.toISOString()).toBe('2026-04-04T22:00:00.000Z');
    expect(dates.get('/repo/content/essays/b.md')?.toISOString()).toBe('2026-03-04T10:00:00.000Z');
  });

  test('an essay shows the day of the last commit that changed it; a build without history shows none', () => {
    const repo = mkdtempSync(join(tmpdir(), 'history-'));
    cpSync(fixture, join(repo, 'content'), { recursive: true });
    const git = (date: string, ...args: string[]) =>
      execFileSync('git', ['-c', 'user.email=e@example.org', '-c', 'user.name=Editor', ...args], {
        cwd: repo,
        env: { ...process.env, GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date },
      });
    git('2026-03-04T01:00:00Z', 'init', '-q');
    git('2026-03-04T01:00:00Z', 'add', '.');
    git('2026-03-04T01:00:00Z', 'commit', '-qm', 'import');
    appendFileSync(join(repo, 'content/essays/mdx-essay.mdx'), '\nA correction.\n');
    git('2026-04-05T01:00:00Z', 'commit', '-qam', 'correct the MDX essay');

    const build = buildSite(join(repo, 'content'), { BUILD_DATE: '2026-06-01' });
    expect(build.status, build.output).toBe(0);
    expect(mainText(read(build.outDir, 'essays/mdx-essay/index.html'))).toContain('Last updated 5 April 2026');
    // The Korean essay's page says it in Korean (tests/build/languages.test.ts).
    expect(mainText(read(build.outDir, 'essays/2026/korean-essay/index.html'))).toContain('최종 수정일 2026년 3월 4일');
    expect(mainText(read(build.outDir, 'essays/published-essay/index.html'))).toContain('Last updated 20 August 2025');

    const plain = mkdtempSync(join(tmpdir(), 'no-history-'));
    cpSync(fixture, plain, { recursive: true });
    const withoutGit = buildSite(plain, { BUILD_DATE: '2026-06-01' });
    expect(withoutGit.status, withoutGit.output).toBe(0);
    expect(mainText(read(withoutGit.outDir, 'essays/mdx-essay/index.html'))).not.toContain('Last updated');
    expect(mainText(read(withoutGit.outDir, 'essays/published-essay/index.html'))).toContain('Last updated 20 August 2025');
  });
});

describe('_redirects', () => {
  test('each old address of a published essay is a 301, with and without its trailing slash', () => {
    expect(read(inject('siteBuild').outDir, '_redirects')).toBe(
      [
        '# Old addresses of essays (their `aliases`), answered with permanent redirects.',
        '/old/tides-and-currents.html /essays/published-essay/ 301',
        '/news/tides/ /essays/published-essay/ 301',
        '/news/tides /essays/published-essay/ 301',
        '',
      ].join('\n'),
    );
  });

  test('rules', () => {
    expect(redirectRules([])).toBe('# Old addresses of essays (their `aliases`), answered with permanent redirects.\n');
  });
});
