import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'],
    exclude: ['**/node_modules/**'],
    environment: 'node',
    testTimeout: 120_000,
    pool: 'forks',
    // Vitest's default is one worker fewer than the cores: on CI's 2 cores that is 1, and the suite
    // (CPU-bound simulation tests) ran serially at twice the wall time.
    maxWorkers: 2,
    minWorkers: 1,
  },
});
