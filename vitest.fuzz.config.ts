import { defineConfig } from 'vitest/config';

/**
 * `npm run fuzz`: the property-based tests of test/fuzz with 50 times the cases they run
 * in `npm test` (FUZZ_SCALE; FUZZ_SEED replays a failure's seed).
 */
export default defineConfig({
  test: {
    include: ['test/fuzz/**/*.test.ts'],
    exclude: ['dist/**', 'node_modules/**'],
    testTimeout: 3_600_000,
    pool: 'forks',
    env: { FUZZ_SCALE: process.env.FUZZ_SCALE ?? '50' },
  },
});
