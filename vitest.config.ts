import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    exclude: ['dist/**', 'node_modules/**'],
    testTimeout: 120_000,
    // Set-up hooks run CLI processes too; two forks at once make them slower than alone.
    hookTimeout: 120_000,
    pool: 'forks',
    isolate: false,
    // Vitest's default is one fork fewer than the cores: one on a 2-core machine.
    maxWorkers: 2,
  },
});
