/**
 * npm run new -- <kind> "Title" [options]: creates a correctly named file with every required
 * field, checks it with the content check, and prints its path.
 *
 *   npm run new -- essay "Working together for the Pacific" --author alex-tan
 *   npm run new -- translation 2025/working-together-for-the-pacific --lang ko --translator kim-min-ji
 *   npm run new -- dialogue "13th Asan dialogue" --partner asan-institute --city Seoul --country KR
 *   npm run new -- partner "Example Institute" --country KR --kind think-tank --relationship reciprocal
 *   npm run new -- person "Kim Min-ji" --role academic
 *   npm run new -- topic "Maritime security"
 *   npm run new -- page "Contact"
 *
 * What is missing is asked for when run in a terminal, and reported otherwise.
 */
import { readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { createInterface } from 'node:readline/promises';
import { parseArgs } from 'node:util';
import { SETTINGS } from '../src/config.ts';
import { formatProblem } from '../src/validation/report.ts';
import { validateContent } from '../src/validation/validate.ts';
import { entryText, FOLDERS, freeId, KINDS, REQUIRED, type EntryValues, type Kind } from './lib/new-entry.ts';
import { planTranslation } from './lib/new-translation.ts';

const USAGE = `Usage: npm run new -- <${KINDS.join('|')}> "Title" [options]
       npm run new -- translation <essay id> --lang TAG [--translator ID] [--date YYYY-MM-DD]
Options: --author ID (repeatable), --dialogue ID, --topic ID (repeatable), --lang TAG, --date YYYY-MM-DD,
         --partner ID (repeatable), --city NAME, --country CODE (repeatable for partners), --format FORMAT,
         --kind KIND, --relationship RELATIONSHIP, --role ROLE (repeatable), --translator ID (repeatable)`;

const { values: flags, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    author: { type: 'string', multiple: true },
    dialogue: { type: 'string' },
    topic: { type: 'string', multiple: true },
    lang: { type: 'string' },
    date: { type: 'string' },
    partner: { type: 'string', multiple: true },
    city: { type: 'string' },
    country: { type: 'string', multiple: true },
    format: { type: 'string' },
    kind: { type: 'string' },
    relationship: { type: 'string' },
    role: { type: 'string', multiple: true },
    translator: { type: 'string', multiple: true },
  },
});

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

/**
 * Writes `text` to `file` (relative to the content folder) unless it exists, and keeps it only
 * if the content check finds no error in it; prints its warnings and its path.
 */
function create(contentDir: string, file: string, text: string): void {
  const path = join(contentDir, file);
  writeFileSync(path, text, { flag: 'wx' });
  // The new file must pass the same check as every other; if not, it is removed again.
  const problems = validateContent(contentDir, { publicDir: SETTINGS.publicDir }).problems.filter((p) => p.file === file);
  const errors = problems.filter((p) => p.severity === 'error');
  if (errors.length > 0) {
    rmSync(path);
    fail([...errors.map(formatProblem), `Nothing was created: fix the values above and run the command again.`].join('\n'));
  }
  for (const warning of problems) console.log(formatProblem(warning));
  console.log(relative(process.cwd(), path));
}

const [kindArg, ...titleWords] = positionals;
if (kindArg === 'translation') {
  await newTranslation(titleWords);
  process.exit(0);
}
if (!kindArg || !(KINDS as readonly string[]).includes(kindArg))
  fail(`${kindArg ? `"${kindArg}" is not something to create.\n` : ''}${USAGE}`);
const kind = kindArg as Kind;
const title = titleWords.join(' ').trim();
if (!title)
  fail(`Give the ${kind} a ${kind === 'person' || kind === 'partner' || kind === 'topic' ? 'name' : 'title'} in quotes.\n${USAGE}`);

const contentDir = SETTINGS.contentDir;
const today = new Date().toISOString().slice(0, 10);
const values: EntryValues = {
  title,
  date: flags.date ?? today,
  ...(flags.author ? { authors: flags.author } : {}),
  ...(flags.dialogue ? { dialogue: flags.dialogue } : {}),
  ...(flags.topic ? { topics: flags.topic } : {}),
  ...(flags.lang ? { lang: flags.lang } : {}),
  ...(flags.partner ? { partners: flags.partner } : {}),
  ...(flags.city ? { city: flags.city } : {}),
  ...(flags.country ? (kind === 'partner' ? { countries: flags.country } : { country: flags.country[0]! }) : {}),
  ...(flags.format ? { format: flags.format } : {}),
  ...(flags.kind ? { kind: flags.kind } : {}),
  ...(flags.relationship ? { relationship: flags.relationship } : {}),
  ...(flags.role ? { roles: flags.role } : {}),
};

/** Ids that exist in a collection folder, to show editors what they can refer to. */
function idsIn(folder: string, dir = contentDir): string[] {
  try {
    return readdirSync(join(dir, folder), { recursive: true, encoding: 'utf8' })
      .filter((f) => /\.mdx?$/.test(f) && !f.split('/').some((part) => part.startsWith('_')))
      .map((f) => f.replace(/\.mdx?$/, ''))
      .sort();
  } catch {
    return [];
  }
}
const hints: Partial<Record<keyof EntryValues, string>> = {
  authors: idsIn('people').slice(0, 12).join(', '),
  partners: idsIn('partners').slice(0, 12).join(', '),
};

const missing = REQUIRED[kind].filter((field) => values[field.key] === undefined);
if (missing.length > 0) {
  if (process.stdin.isTTY) {
    const terminal = createInterface({ input: process.stdin, output: process.stdout });
    for (const field of missing) {
      const hint = hints[field.key] ? ` [existing: ${hints[field.key]}]` : '';
      const answer = (await terminal.question(`${field.question}${hint}: `)).trim();
      if (!answer) fail(`No ${field.flag.slice(2)} given; nothing was created.`);
      const list = answer.split(/[\s,]+/).filter(Boolean);
      (values as unknown as Record<string, unknown>)[field.key] = field.many ? list : list[0];
    }
    terminal.close();
  } else {
    fail(
      [
        `npm run new -- ${kind} needs:`,
        ...missing.map((field) => `  ${field.flag} …   ${field.question}${hints[field.key] ? `; existing: ${hints[field.key]}` : ''}`),
        'Nothing was created.',
      ].join('\n'),
    );
  }
}

const folder = FOLDERS[kind];
const id = freeId(contentDir, folder, title);
create(contentDir, `${folder}/${id}.md`, entryText(kind, values));

/** npm run new -- translation <essay id> --lang TAG: a new language version of an essay. */
async function newTranslation([essay, ...rest]: string[]): Promise<void> {
  const dir = SETTINGS.contentDir;
  const essayIds = idsIn('essays', dir);
  if (!essay || rest.length > 0) {
    fail(`Name the one essay to translate by its id, e.g. ${essayIds[0] ?? '2025/my-essay'}.\n${USAGE}`);
  }
  let lang = flags.lang;
  if (!lang && process.stdin.isTTY) {
    const terminal = createInterface({ input: process.stdin, output: process.stdout });
    lang = (await terminal.question('Language of the translation (BCP 47 tag, e.g. ko, ja, zh-Hant, vi): ')).trim();
    terminal.close();
  }
  if (!lang) {
    fail(
      'npm run new -- translation needs:\n  --lang …   Language of the translation (BCP 47 tag, e.g. ko, ja, zh-Hant, vi)\nNothing was created.',
    );
  }
  const plan = planTranslation({
    contentDir: dir,
    essay,
    lang,
    date: flags.date ?? new Date().toISOString().slice(0, 10),
    translators: flags.translator ?? [],
    entries: validateContent(dir, { publicDir: SETTINGS.publicDir }).entries,
    essayIds,
  });
  if (!plan.ok) fail(`${plan.message}\nNothing was created.`);
  create(dir, plan.file, plan.text);
}
