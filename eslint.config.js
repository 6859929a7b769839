// ESLint: TypeScript's recommended rules, Astro's, and the project's own few. Formatting is
// Prettier's (npm run format), so no rule here is about layout.
import eslint from '@eslint/js';
import astro from 'eslint-plugin-astro';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', '.astro/', 'node_modules/', 'tests/fixtures/', 'bench/baseline/dist/', 'bench/baseline/.astro/'] },
  eslint.configs.recommended,
  ...tseslint.configs.recommended,
  ...astro.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
      '@typescript-eslint/no-non-null-assertion': 'off',
      'max-lines': ['error', { max: 300 }],
      eqeqeq: ['error', 'always'],
      'no-console': 'off',
    },
  },
  {
    // Tests read built JSON (JSON-LD, open data, CMS config) whose shape the assertions check.
    files: ['tests/**/*.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    files: ['src/client/**/*.ts'],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    // The pure core (CONTRIBUTING.md): no Node, no process, no globals. tests/unit/structure.test.ts checks it too.
    files: ['src/lib/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['node:*', 'fs', 'path', 'os', 'child_process', 'astro:*'],
              message: 'src/lib/ is the pure core: move Node code to src/build/.',
            },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        { name: 'process', message: 'src/lib/ is the pure core: take the value as an argument (src/config.ts reads the environment).' },
        'globalThis',
      ],
    },
  },
  {
    // src/config.ts is the only reader of the environment.
    files: ['src/**/*.ts', 'src/**/*.astro', 'scripts/**/*.ts'],
    ignores: ['src/config.ts'],
    rules: {
      'no-restricted-properties': [
        'error',
        { object: 'process', property: 'env', message: 'Read settings from src/config.ts (SETTINGS).' },
      ],
    },
  },
);
