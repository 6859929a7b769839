/**
 * The layers of the code (CONTRIBUTING.md), kept by a test: the pure core stays pure, imports
 * only run down the layers, and no file grows past what a reader can hold.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { PROJECT_ROOT } from '../helpers/astro';

const SOURCE = /\.(ts|mjs|astro|css)$/;

function filesUnder(folder: string): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) {
        if (!['node_modules', 'fixtures', 'dist', '.astro'].includes(entry.name)) walk(path);
      } else if (SOURCE.test(entry.name) && !entry.name.endsWith('.d.ts')) out.push(relative(PROJECT_ROOT, path).split('\\').join('/'));
    }
  };
  walk(join(PROJECT_ROOT, folder));
  return out.sort();
}

const text = (file: string) => readFileSync(join(PROJECT_ROOT, file), 'utf8');

/** Every module a file imports (static, dynamic and re-exports), as written. */
function importsOf(file: string): string[] {
  const found: string[] = [];
  for (const match of text(file).matchAll(
    /(?:^|\n)\s*(?:import|export)\s[^'";]*?from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)|(?:^|\n)\s*import\s*['"]([^'"]+)['"]/g,
  )) {
    found.push((match[1] ?? match[2] ?? match[3])!);
  }
  return found;
}

/** The layer a project file belongs to: its folder under src/ (or src/config, src/content.config), or scripts. */
function layerOf(file: string): string {
  const parts = file.split('/');
  if (parts[0] === 'scripts') return 'scripts';
  if (parts[0] !== 'src') return parts[0]!;
  if (parts.length === 2) return parts[1]!.replace(/\.(ts|mjs)$/, '');
  return parts[1]!;
}

/** Which layers each layer may import from: everything else would run back up. */
const ALLOWED: Record<string, readonly string[]> = {
  schemas: ['schemas'],
  lib: ['lib', 'schemas'],
  config: ['lib', 'schemas'],
  validation: ['validation', 'lib', 'schemas'],
  client: ['client', 'lib', 'schemas'],
  build: ['build', 'validation', 'lib', 'schemas', 'config'],
  queries: ['queries', 'build', 'lib', 'schemas', 'config'],
  integrations: ['integrations', 'queries', 'build', 'validation', 'lib', 'schemas', 'config'],
  'content.config': ['build', 'lib', 'schemas', 'config'],
  components: ['components', 'queries', 'client', 'lib', 'schemas', 'config', 'styles'],
  layouts: ['layouts', 'components', 'queries', 'client', 'lib', 'schemas', 'config', 'styles'],
  pages: ['pages', 'layouts', 'components', 'queries', 'client', 'lib', 'schemas', 'config'],
  scripts: ['scripts', 'validation', 'lib', 'schemas', 'config'],
};

const projectFiles = [...filesUnder('src'), ...filesUnder('scripts')];

describe('the pure core (src/lib/)', () => {
  test.each(filesUnder('src/lib'))('%s touches no Node API, process, global or file system', (file) => {
    const source = text(file)
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .replace(/^\s*\/\/.*$/gm, '');
    expect(
      importsOf(file).filter((spec) => spec.startsWith('node:') || ['fs', 'path', 'os', 'child_process', 'worker_threads'].includes(spec)),
    ).toEqual([]);
    expect(source).not.toMatch(/\bprocess\.|\bglobalThis\b|\brequire\(|\bBuffer\./);
    expect(importsOf(file).filter((spec) => spec.startsWith('astro:'))).toEqual([]);
  });
});

describe('imports run down the layers', () => {
  test.each(projectFiles.filter((f) => !f.endsWith('.css')))('%s', (file) => {
    const from = layerOf(file);
    const allowed = ALLOWED[from];
    expect(allowed, `${file} is in a layer CONTRIBUTING.md does not describe`).toBeDefined();
    const wrong = importsOf(file)
      .filter((spec) => spec.startsWith('.'))
      .map((spec) =>
        relative(PROJECT_ROOT, resolve(dirname(join(PROJECT_ROOT, file)), spec))
          .split('\\')
          .join('/'),
      )
      .filter((target) => !allowed!.includes(layerOf(target)));
    expect(wrong).toEqual([]);
  });
});

describe('files a reader can hold', () => {
  test.each([...projectFiles, ...filesUnder('tests')])('%s is at most 300 lines', (file) => {
    expect(text(file).split('\n').length).toBeLessThanOrEqual(300);
  });

  test('and the checks above see the whole tree', () => {
    expect(filesUnder('src/lib').length).toBeGreaterThan(15);
    expect(importsOf('src/validation/validate.ts')).toContain('./checks/schema.ts');
    expect(layerOf('src/config.ts')).toBe('config');
  });
});
