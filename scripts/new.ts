/**
 * npm run new -- <kind> "Title" [options]: creates a correctly named file with every required
 * field, checks it with the content check, and prints its path.
 *
 *   npm run new -- essay "Working together for the Pacific" --author alex-tan
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

const USAGE = `Usage: npm run new -- <${KINDS.join('|')}> "Title" [options]
Options: --author ID (repeatable), --dialogue ID, --topic ID (repeatable), --lang TAG, --date YYYY-MM-DD,
         --partner ID (repeatable), --city NAME, --country CODE (repeatable for partners), --format FORMAT,
         --kind KIND, --relationship RELATIONSHIP, --role ROLE (repeatable)`;

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
  },
});

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

const [kindArg, ...titleWords] = positionals;
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
function idsIn(folder: string): string[] {
  try {
    return readdirSync(join(contentDir, folder), { recursive: true, encoding: 'utf8' })
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
const file = join(contentDir, folder, `${id}.md`);
writeFileSync(file, entryText(kind, values), { flag: 'wx' });

// The new file must pass the same check as every other; if not, it is removed again.
const problems = validateContent(contentDir, { publicDir: SETTINGS.publicDir }).problems.filter((p) => p.file === `${folder}/${id}.md`);
const errors = problems.filter((p) => p.severity === 'error');
if (errors.length > 0) {
  rmSync(file);
  fail([...errors.map(formatProblem), `Nothing was created: fix the values above and run the command again.`].join('\n'));
}
for (const warning of problems) console.log(formatProblem(warning));
console.log(relative(process.cwd(), file));
