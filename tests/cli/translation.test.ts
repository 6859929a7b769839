/**
 * `npm run new -- translation <essay id> --lang <tag>` as editors run it: the new version's
 * file beside the original, what it carries over and leaves to translate, and every refusal
 * with its message and nothing written.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { validateContent } from '../../src/validation/validate';
import { PROJECT_ROOT, userEnv } from '../helpers/astro';

const fixture = resolve(import.meta.dirname, '../fixtures/site');

function copy(): string {
  const dir = mkdtempSync(join(tmpdir(), 'translation-'));
  cpSync(fixture, dir, { recursive: true });
  return dir;
}

function translate(dir: string, ...args: string[]) {
  const result = spawnSync(process.execPath, [join(PROJECT_ROOT, 'scripts/new.ts'), 'translation', ...args], {
    cwd: PROJECT_ROOT,
    encoding: 'utf8',
    input: '',
    env: userEnv({ CONTENT_DIR: dir, GITHUB_ACTIONS: '' }),
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Every file of the essays folder, to show that a refusal wrote nothing. */
const essayFiles = (dir: string) => readdirSync(join(dir, 'essays'), { recursive: true, encoding: 'utf8' }).sort();

const frontmatter = (text: string) => parse(/^---\n([\s\S]*?)\n---\n/.exec(text)![1]!) as Record<string, unknown>;

describe('npm run new -- translation', () => {
  test('writes the version beside the original, carrying over what the versions share, as a draft', () => {
    const dir = copy();
    const result = translate(dir, 'published-essay', '--lang', 'vi', '--translator', 'open-delegate', '--date', '2026-07-01');
    expect(result.status, result.stderr).toBe(0);
    const file = 'essays/published-essay-vi.md';
    expect(result.stdout.trim().split('\n').at(-1)).toBe(relative(PROJECT_ROOT, join(dir, file)));
    const text = readFileSync(join(dir, file), 'utf8');
    expect(frontmatter(text)).toEqual({
      title: 'TODO: translate the title',
      description: 'TODO: translate the description (at most 300 characters)',
      translationOf: 'published-essay',
      lang: 'vi',
      translators: ['open-delegate'],
      pubDate: '2026-07-01',
      authors: ['ada-author'],
      dialogue: 'closed-dialogue',
      topics: ['security'],
      countries: ['KR', 'NZ'],
      image: {
        src: './files/photo.png',
        alt: 'A grey test pattern.',
        caption: 'A caption for the picture.',
        credit: 'Fixture Photographer',
      },
      draft: true,
    });
    // The original's words stand beside the placeholders; its downloads and old addresses are not taken over.
    expect(text).toContain(`# the original's title: Tides & <Currents>: "quoted" essay`);
    expect(text).toContain("# the original's description: A published essay with an attachment");
    expect(text).toMatch(/^# {3}- title: The fixture report$/m);
    expect(text).not.toContain('aliases');
    expect(text.endsWith('---\n\nTODO: translate the text of essays/published-essay.md here.\n')).toBe(true);
  });

  test('the content check accepts the new version and points out each placeholder left to translate', () => {
    const dir = copy();
    translate(dir, '2026/korean-essay', '--lang', 'en', '--date', '2026-07-01');
    const file = 'essays/2026/korean-essay-en.md';
    const problems = validateContent(dir).problems.filter((p) => p.file === file);
    const placeholder = 'warning: still holds the placeholder text from `npm run new`; write the real one before publishing';
    expect(problems.map((p) => `${p.line}:${p.column}  ${p.field}  ${p.severity === 'warning' ? 'warning: ' : ''}${p.message}`)).toEqual([
      // The original has no topics, so neither has the translation, and the check says so as it does of the original.
      '1:1  topics  warning: the essay has no topics; add at least one so readers can find it by topic',
      `4:8  title  ${placeholder}`,
      `6:14  description  ${placeholder}`,
      `17:1  body  ${placeholder}`,
    ]);
    expect(problems.every((p) => p.severity === 'warning')).toBe(true);
    const text = readFileSync(join(dir, file), 'utf8');
    expect(frontmatter(text)).toMatchObject({ translationOf: '2026/korean-essay', lang: 'en', translators: [], draft: true });
    // Without --translator the field is there to fill in, with what to write.
    expect(text).toMatch(/^translators: \[\] +# person ids of the translators, e\.g\. \[kim-min-ji\]$/m);
  });

  test('an essay may be named by its file, and a language in any letter case', () => {
    const dir = copy();
    expect(translate(dir, 'essays/2026/vietnamese-essay.md', '--lang', 'ZH-hant').status).toBe(0);
    expect(frontmatter(readFileSync(join(dir, 'essays/2026/vietnamese-essay-zh-hant.md'), 'utf8'))).toMatchObject({
      translationOf: '2026/vietnamese-essay',
      lang: 'zh-Hant',
    });
  });
});

describe('npm run new -- translation refuses, and writes nothing', () => {
  test.each([
    [
      'an essay that does not exist, with the ids nearest to it',
      ['2026/korean-esay', '--lang', 'en'],
      'There is no essay "2026/korean-esay" (essays/2026/korean-esay.md); did you mean "2026/korean-essay"?',
    ],
    [
      'an essay that does not exist, nothing near it',
      ['zzzz', '--lang', 'en'],
      'There is no essay "zzzz" (essays/zzzz.md). An essay\'s id is its file under essays/, without .md: "2026/my-essay" for essays/2026/my-essay.md.',
    ],
    [
      'a translation: every version translates the original, which it names',
      ['2026/draft-translation-id', '--lang', 'ja'],
      '"2026/draft-translation-id" is itself a translation, of "published-essay": every version translates the original. Run: npm run new -- translation published-essay --lang ja',
    ],
    [
      'a language the work already has in a translation, a draft included',
      ['published-essay', '--lang', 'ID'],
      '"published-essay" already has a version in id: essays/2026/draft-translation-id.md. A work has one version per language.',
    ],
    [
      "the original's own language",
      ['2026/korean-essay', '--lang', 'ko'],
      '"2026/korean-essay" is the original, and is in ko already (essays/2026/korean-essay.md); a translation is in another language.',
    ],
    [
      'a country code for a language',
      ['published-essay', '--lang', 'kr'],
      '--lang: "kr" is not the language code you want; did you mean "ko"?',
    ],
    [
      'what is not a language tag',
      ['published-essay', '--lang', 'korean!'],
      '--lang: "korean!" is not a BCP 47 language tag (e.g. "en", "ko", "ja", "zh-Hant", "vi")',
    ],
    [
      'no language',
      ['published-essay'],
      'npm run new -- translation needs:\n  --lang …   Language of the translation (BCP 47 tag, e.g. ko, ja, zh-Hant, vi)',
    ],
  ])('%s', (_, args, message) => {
    const dir = copy();
    const before = essayFiles(dir);
    const result = translate(dir, ...args);
    expect(result.status).toBe(1);
    expect(result.stderr).toBe(`${message}\nNothing was created.\n`);
    expect(essayFiles(dir)).toEqual(before);
  });

  test('a file that already has the name, and is not a version of the essay', () => {
    const dir = copy();
    const taken = 'essays/2026/chinese-essay-ja.md';
    writeFileSync(
      join(dir, taken),
      '---\ntitle: Another essay\ndescription: Not a translation.\npubDate: 2026-01-01\nauthors: [ada-author]\n---\n\nText.\n',
    );
    const before = readFileSync(join(dir, taken), 'utf8');
    const result = translate(dir, '2026/chinese-essay', '--lang', 'ja');
    expect(result.status).toBe(1);
    expect(result.stderr).toBe(
      `${taken} already exists and is not a version of "2026/chinese-essay"; rename it, or name the translation's file yourself.\nNothing was created.\n`,
    );
    expect(readFileSync(join(dir, taken), 'utf8')).toBe(before);
  });

  test('a translator who is not in people/ is reported like any content error, and the file is not kept', () => {
    const dir = copy();
    const result = translate(dir, 'published-essay', '--lang', 'vi', '--translator', 'open-delegat');
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(
      'essays/published-essay-vi.md:10:15  translators[0]  refers to "open-delegat", but there is no people/open-delegat.md; did you mean "open-delegate"?',
    );
    expect(result.stderr.trim().split('\n').at(-1)).toBe('Nothing was created: fix the values above and run the command again.');
    expect(existsSync(join(dir, 'essays/published-essay-vi.md'))).toBe(false);
  });

  test('no essay named', () => {
    const result = translate(copy());
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/^Name the one essay to translate by its id, e\.g\. 2026\/chinese-essay\.\nUsage: npm run new -- /);
  });
});
