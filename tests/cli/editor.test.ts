/**
 * The editors' commands as editors run them: npm run check:content (all problems, exact
 * lines, exit status, JSON, GitHub annotations, staged content), npm run new, the
 * pre-commit hook. The browser editor's configuration is in cms-config.test.ts.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { annotation } from '../../src/validation/report';
import { validateContent } from '../../src/validation/validate';
import { BROKEN_COUNTS, BROKEN_REPORT } from '../fixtures/broken-report';
import { PROJECT_ROOT, userEnv } from '../helpers/astro';

const fixtures = resolve(import.meta.dirname, '../fixtures');

function run(script: string, args: string[], options: { contentDir?: string; env?: Record<string, string>; cwd?: string } = {}) {
  const result = spawnSync(process.execPath, [join(PROJECT_ROOT, 'scripts', script), ...args], {
    cwd: options.cwd ?? PROJECT_ROOT,
    encoding: 'utf8',
    input: '',
    env: userEnv({ ...(options.contentDir ? { CONTENT_DIR: options.contentDir } : {}), GITHUB_ACTIONS: '', ...options.env }),
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

function copyOf(fixture: string): string {
  const dir = mkdtempSync(join(tmpdir(), `${fixture}-`));
  cpSync(join(fixtures, fixture), dir, { recursive: true });
  return dir;
}

describe('npm run check:content', () => {
  test('prints every problem of the broken folder, one per line, then the summary, and fails', () => {
    const result = run('check-content.ts', [], { contentDir: join(fixtures, 'broken') });
    expect(result.status).toBe(1);
    const { problems, files, errors, warnings } = BROKEN_COUNTS;
    expect(result.stdout).toBe(
      `${BROKEN_REPORT.join('\n')}\n\n${problems} problems in ${files} files (${errors} errors, ${warnings} warnings)\n`,
    );
  });

  test('the report covers each kind of problem the editors’ contract names', () => {
    const text = BROKEN_REPORT.join('\n');
    for (const kind of [
      /frontmatter {2}is not valid YAML/,
      /pubDate {2}is required/,
      /pubdate {2}is not a field of an essay; did you mean "pubDate"\?/,
      /refers to "adaa", but there is no people\/adaa\.md; did you mean "ada"\?/,
      /has the same id "dup"/,
      /file "\.\/missing\.jpg" not found/,
      /file "\.\/missing\.pdf" not found/,
      /warning: <iframe> is not published/,
      /warning: the address "javascript:alert\(1\)" \(href of <a>\) is not published/,
      /uses the name __ASTRO_IMAGE_/,
      /name {2}contains an invisible character, U\+202E \(right-to-left override\)/,
      /imports "node:child_process", which is not one of the archive's components/,
      /uses "process", which this essay does not define/,
      /image\.alt {2}must say what the image shows/,
      /warning: the essay has no topics/,
      /warning: no essay names this person/,
      /warning: only repeats the title/,
    ]) {
      expect(text).toMatch(kind);
    }
  });

  test('a clean folder passes, warnings included', () => {
    const result = run('check-content.ts', [], { contentDir: join(PROJECT_ROOT, 'content') });
    expect(result.status).toBe(0);
    expect(result.stdout).toBe('No problems in 32 files.\n');
    const warned = run('check-content.ts', [], { contentDir: join(fixtures, 'site') });
    expect(warned.status).toBe(0);
    expect(warned.stdout.trim().split('\n').at(-1)).toBe('4 problems in 4 files (0 errors, 4 warnings)');
  });

  test('--format json gives the same problems to tools', () => {
    const result = run('check-content.ts', ['--format', 'json'], { contentDir: join(fixtures, 'broken') });
    expect(result.status).toBe(1);
    const report = JSON.parse(result.stdout);
    const { problems, errors, warnings, files } = BROKEN_COUNTS;
    expect(report.summary).toEqual({ problems, errors, warnings, files });
    expect(report.problems[0]).toEqual({
      file: 'dialogues/bad-dates.md',
      line: 4,
      column: 12,
      field: 'partners[0]',
      message: 'refers to "good-partnr", but there is no partners/good-partnr.md; did you mean "good-partner"?',
      severity: 'error',
    });
  });

  test('in GitHub Actions it also prints an annotation per problem, on the file in the repository', () => {
    const result = run('check-content.ts', [], { contentDir: join(fixtures, 'broken'), env: { GITHUB_ACTIONS: 'true' } });
    const annotations = result.stdout.split('\n').filter((line) => line.startsWith('::'));
    expect(annotations).toHaveLength(BROKEN_COUNTS.problems);
    expect(annotations).toContain(
      '::error file=tests/fixtures/broken/essays/typo.md,line=4,col=1,title=pubdate::is not a field of an essay; did you mean "pubDate"?',
    );
    expect(annotations).toContain(
      '::warning file=tests/fixtures/broken/people/nobody.md,line=1,col=1,title=file::no essay names this person as an author or translator and no dialogue as a delegate; link them, or remove the file',
    );
    expect(annotation({ file: 'a.md', line: 1, column: 2, field: 'a,b:c', message: '50%\nnext', severity: 'error' }, 'content/a.md')).toBe(
      '::error file=content/a.md,line=1,col=2,title=a%2Cb%3Ac::50%25%0Anext',
    );
  });

  test('--staged checks what git would commit, not the working files', () => {
    const repo = mkdtempSync(join(tmpdir(), 'staged-'));
    cpSync(join(PROJECT_ROOT, 'content'), join(repo, 'content'), { recursive: true });
    const git = (...args: string[]) => execFileSync('git', args, { cwd: repo, encoding: 'utf8' });
    git('init', '-q');
    git('-c', 'user.email=e@example.org', '-c', 'user.name=Editor', 'add', '.');
    git('-c', 'user.email=e@example.org', '-c', 'user.name=Editor', 'commit', '-qm', 'start');
    const staged = () => run('check-content.ts', ['--staged'], { cwd: repo, contentDir: join(repo, 'content') });
    expect(staged().stdout).toBe('No staged content to check.\n');

    const topic = join(repo, 'content/topics/climate-change.md');
    writeFileSync(topic, '---\nnam: Climate change\n---\n');
    git('add', 'content/topics/climate-change.md');
    const broken = staged();
    expect(broken.status).toBe(1);
    expect(broken.stdout).toContain('topics/climate-change.md:2:1  nam  is not a field of a topic; did you mean "name"?');

    // Fixed in the working folder but not staged: the commit would still be broken.
    writeFileSync(topic, '---\nname: Climate change\n---\n');
    expect(staged().status).toBe(1);
    git('add', 'content/topics/climate-change.md');
    expect(staged().status).toBe(0);
  });
});

describe('the pre-commit hook', () => {
  test('runs the staged check, and npm run hooks:install turns it on', () => {
    const hook = join(PROJECT_ROOT, '.githooks/pre-commit');
    expect(statSync(hook).mode & 0o111).not.toBe(0);
    expect(readFileSync(hook, 'utf8')).toContain('exec npm run --silent check:content -- --staged');
    const repo = mkdtempSync(join(tmpdir(), 'hooks-'));
    execFileSync('git', ['init', '-q'], { cwd: repo });
    cpSync(join(PROJECT_ROOT, 'package.json'), join(repo, 'package.json'));
    const install = spawnSync('npm', ['run', '--silent', 'hooks:install'], { cwd: repo, encoding: 'utf8', env: userEnv({}) });
    expect(install.status, install.stderr).toBe(0);
    expect(execFileSync('git', ['config', 'core.hooksPath'], { cwd: repo, encoding: 'utf8' }).trim()).toBe('.githooks');
  });
});

describe('npm run new', () => {
  test.each([
    ['essay', ['Working together: the Pacific', '--author', 'ada-author', '--topic', 'security'], 'essays/working-together-the-pacific.md'],
    [
      'dialogue',
      ['13th Harbour dialogue', '--partner', 'harbour-institute', '--city', 'Seoul', '--country', 'KR'],
      'dialogues/13th-harbour-dialogue.md',
    ],
    [
      'partner',
      ['Ocean Institute', '--country', 'KR', '--country', 'JP', '--kind', 'think-tank', '--relationship', 'reciprocal'],
      'partners/ocean-institute.md',
    ],
    ['person', ['Nguyễn Thị Hương', '--role', 'journalist'], 'people/nguyen-thi-huong.md'],
    ['topic', ['Maritime security'], 'topics/maritime-security.md'],
    ['page', ['Contact us'], 'pages/contact-us.md'],
  ])('%s: a correctly named file that passes the check', (kind, args, expected) => {
    const dir = copyOf('site');
    const result = run('new.ts', [kind, ...args], { contentDir: dir });
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout.trim().split('\n').at(-1)).toBe(relative(PROJECT_ROOT, join(dir, expected)));
    expect(existsSync(join(dir, expected))).toBe(true);
    const problems = validateContent(dir).problems.filter((p) => p.file === expected);
    expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
    const text = readFileSync(join(dir, expected), 'utf8');
    expect(text).toMatch(/^---\n[\s\S]+\n---\n/);
    expect(text).toMatch(/^# /m);
  });

  test('a second file with the same title gets the next free name', () => {
    const dir = copyOf('site');
    run('new.ts', ['topic', 'Security'], { contentDir: dir });
    run('new.ts', ['topic', 'Security'], { contentDir: dir });
    expect(existsSync(join(dir, 'topics/security-2.md'))).toBe(true);
    expect(existsSync(join(dir, 'topics/security-3.md'))).toBe(true);
  });

  test('a new essay is a draft with placeholders the check points out', () => {
    const dir = copyOf('site');
    run('new.ts', ['essay', 'Draft title', '--author', 'ada-author'], { contentDir: dir });
    const text = readFileSync(join(dir, 'essays/draft-title.md'), 'utf8');
    expect(text).toContain('draft: true');
    const warnings = validateContent(dir)
      .problems.filter((p) => p.file === 'essays/draft-title.md')
      .map((p) => `${p.field}: ${p.message}`);
    expect(warnings).toContain('description: still holds the placeholder text from `npm run new`; write the real one before publishing');
  });

  test('what is missing is named, with the ids there are to choose from, and nothing is created', () => {
    const dir = copyOf('site');
    const result = run('new.ts', ['essay', 'No author'], { contentDir: dir });
    expect(result.status).toBe(1);
    expect(result.stderr).toBe(
      'npm run new -- essay needs:\n  --author …   Author (person id, e.g. alex-tan); existing: ada-author, closed-delegate-one, closed-delegate-two, korean-author, open-delegate, tina-translator\nNothing was created.\n',
    );
    expect(existsSync(join(dir, 'essays/no-author.md'))).toBe(false);
  });

  test('a wrong value is reported like any content error, and the file is not kept', () => {
    const dir = copyOf('site');
    const result = run('new.ts', ['essay', 'Wrong author', '--author', 'ada-autor'], { contentDir: dir });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(
      'essays/wrong-author.md:5:11  authors[0]  refers to "ada-autor", but there is no people/ada-autor.md; did you mean "ada-author"?',
    );
    expect(existsSync(join(dir, 'essays/wrong-author.md'))).toBe(false);
  });

  test('an unknown kind shows the usage', () => {
    const result = run('new.ts', ['article', 'X']);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(
      /^"article" is not something to create\.\nUsage: npm run new -- <essay\|dialogue\|partner\|person\|topic\|page> "Title"/,
    );
  });
});
