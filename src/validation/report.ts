import type { Problem } from './validate';

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

/** Raised by the build when the content breaks the contract; its message lists every problem. */
export class ContentError extends Error {
  readonly problems: readonly Problem[];

  constructor(problems: readonly Problem[], contentDir: string) {
    super(
      [
        `The content in ${contentDir} has ${summarise(problems)}:`,
        '',
        ...problems.map((problem) => `  ${formatProblem(problem)}`),
        '',
        'Each line reads: file:line:column  field  what is wrong. Paths are relative to the content folder.',
        'Fix them and build again; docs/content-model.md describes every field.',
      ].join('\n'),
    );
    this.name = 'ContentError';
    this.problems = problems;
  }
}
