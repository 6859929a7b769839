import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    globalSetup: ['tests/global-setup.ts'],
    // Build tests run `astro build` in child processes; one file at a time keeps the
    // 2-core CI machine responsive and the Astro caches uncontended.
    fileParallelism: false,
    // Timeouts only catch a hang. They sit far above any test's usual time (builds take seconds;
    // on a machine shared with other work the same test has taken ten times longer), so a
    // slow machine never turns a correct change red.
    testTimeout: 300_000,
    hookTimeout: 600_000,
  },
});
