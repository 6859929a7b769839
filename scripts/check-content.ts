/**
 * npm run check:content — checks every file of every collection and prints every problem,
 * one per line: `path:line:column  field  message`, then a summary. The same checks the
 * build runs (src/validation/), without building anything.
 *
 *   npm run check:content                    # the content folder (CONTENT_DIR or content/)
 *   npm run check:content -- --format json   # for tools
 *   npm run check:content -- --staged        # what `git commit` would record (the pre-commit hook)
 *
 * Exit status: 0 when there is no error (warnings are allowed), 1 otherwise.
 * In GitHub Actions (GITHUB_ACTIONS=true) it also prints workflow annotations, so problems
 * show on the pull request's changed lines.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { SETTINGS, today } from '../src/config.ts';
import { annotation, formatProblem, tally } from '../src/validation/report.ts';
import { validateContent } from '../src/validation/validate.ts';

const { values: options } = parseArgs({
  options: {
    format: { type: 'string', default: 'text' },
    staged: { type: 'boolean', default: false },
  },
});
if (options.format !== 'text' && options.format !== 'json') {
  console.error(`--format must be "text" or "json" (got "${options.format}")`);
  process.exit(2);
}

const contentDir = SETTINGS.contentDir;

/** Copies what is staged under the content folder into a temporary folder; undefined when nothing is staged there. */
function stagedCopy(): { dir: string; cleanup: () => void } | undefined {
  const git = (...args: string[]) => execFileSync('git', args, { encoding: 'utf8' });
  const top = git('rev-parse', '--show-toplevel').trim();
  const folder = relative(top, contentDir) || '.';
  const staged = git('diff', '--cached', '--name-only', '--', folder).trim();
  if (!staged) return undefined;
  const tmp = mkdtempSync(join(tmpdir(), 'staged-content-'));
  const files = git('ls-files', '-z', '--', folder);
  execFileSync('git', ['checkout-index', `--prefix=${tmp}/`, '-z', '--stdin'], { cwd: top, input: files });
  return { dir: join(tmp, folder), cleanup: () => rmSync(tmp, { recursive: true, force: true }) };
}

let checked = contentDir;
let cleanup = () => {};
if (options.staged) {
  const copy = stagedCopy();
  if (!copy) {
    if (options.format === 'text') console.log('No staged content to check.');
    else console.log(JSON.stringify({ problems: [], summary: { problems: 0, errors: 0, warnings: 0, files: 0 } }));
    process.exit(0);
  }
  checked = copy.dir;
  cleanup = copy.cleanup;
}

const result = validateContent(checked, { publicDir: SETTINGS.publicDir, today: today() });
cleanup();
const totals = tally(result.problems);

if (options.format === 'json') {
  console.log(
    JSON.stringify(
      {
        contentDir,
        problems: result.problems,
        summary: { problems: result.problems.length, errors: totals.errors, warnings: totals.warnings, files: totals.files },
      },
      null,
      2,
    ),
  );
} else {
  for (const problem of result.problems) console.log(formatProblem(problem));
  if (result.problems.length > 0) console.log('');
  console.log(result.problems.length === 0 ? `No problems in ${result.fileCount} files.` : totals.text);
}
if (SETTINGS.githubActions) {
  for (const problem of result.problems) console.log(annotation(problem, relative(process.cwd(), join(contentDir, problem.file))));
}
process.exit(totals.errors > 0 ? 1 : 0);
