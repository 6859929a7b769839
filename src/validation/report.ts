import type { Problem } from './validate.ts';

/** One problem on one line: `essays/a.md:4:10  pubDate  must be a date written YYYY-MM-DD…`. */
export function formatProblem(problem: Problem): string {
  const tag = problem.severity === 'warning' ? 'warning: ' : '';
  return `${problem.file}:${problem.line}:${problem.column}  ${problem.field}  ${tag}${problem.message}`;
}

/** "1 problem in 1 file", "3 problems in 2 files". */
export function summarise(problems: readonly Problem[]): string {
  const files = new Set(problems.map((p) => p.file)).size;
  return `${problems.length} problem${problems.length === 1 ? '' : 's'} in ${files} file${files === 1 ? '' : 's'}`;
}

/**
 * The report a build that stops on the content prints: every problem, one per line, and how
 * to read them. It is the whole message: no stack trace follows it.
 */
export function contentReport(problems: readonly Problem[], contentDir: string): string {
  return [
    `The content in ${contentDir} has ${summarise(problems)}:`,
    '',
    ...problems.map((problem) => `  ${formatProblem(problem)}`),
    '',
    'Each line reads: file:line:column  field  what is wrong. Paths are relative to the content folder.',
    'Fix them and build again; docs/content-model.md describes every field.',
  ].join('\n');
}

/** Counts of a report, and its summary line: "3 problems in 2 files (2 errors, 1 warning)". */
export function tally(problems: readonly Problem[]): { text: string; errors: number; warnings: number; files: number } {
  const errors = problems.filter((p) => p.severity === 'error').length;
  const warnings = problems.length - errors;
  const files = new Set(problems.map((p) => p.file)).size;
  const count = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  return {
    text: `${count(problems.length, 'problem')} in ${count(files, 'file')} (${count(errors, 'error')}, ${count(warnings, 'warning')})`,
    errors,
    warnings,
    files,
  };
}

/** Escapes a value for a GitHub workflow command: its message, or with `property`, a property. */
function escapeWorkflow(value: string, property = false): string {
  const data = value.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
  return property ? data.replace(/:/g, '%3A').replace(/,/g, '%2C') : data;
}

/** A GitHub Actions annotation for one problem; `path` is the file's path in the repository. */
export function annotation(problem: Problem, path: string): string {
  const properties: Array<[string, string]> = [
    ['file', path],
    ['line', String(problem.line)],
    ['col', String(problem.column)],
    ['title', problem.field],
  ];
  return `::${problem.severity} ${properties.map(([key, value]) => `${key}=${escapeWorkflow(value, true)}`).join(',')}::${escapeWorkflow(problem.message)}`;
}
