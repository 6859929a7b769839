import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    globalSetup: ['tests/global-setup.ts'],
    // Build tests run `astro build` in child processes; one file at a time keeps the
    // 2-core CI machine responsive and the Astro caches uncontended.
    fileParallelism: false,
    testTimeout: 20_000,
    hookTimeout: 240_000,
  },
});
