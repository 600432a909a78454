import { configDefaults, defineConfig } from 'vitest/config';
import { browserForTestRun } from './test/find-browser.ts';

// Without a browser the UI tests are left out (one line says how to run them); in CI that is an error.
const browser = browserForTestRun();

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    exclude: [...configDefaults.exclude, ...(browser ? [] : ['test/e2e/**'])],
    globalSetup: ['test/global-setup.ts'],
    pool: 'forks',
    testTimeout: 120_000,
    hookTimeout: 180_000,
    // PGlite takes seconds to boot: a worker reuses one migrated database across its files.
    isolate: false,
  },
});
