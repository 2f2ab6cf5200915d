import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: [
      'src/**/*.test.ts',
      'scripts/**/*.test.ts',
      'tests/**/*.test.ts',
      'bench/**/*.test.ts',
      'support/**/*.test.ts',
    ],
    exclude: ['**/node_modules/**', 'tests/.output/**', 'tests/corpus/**/*.mdx', 'bench/work/**'],
    // One real build of the sample site, shared by the page, search, feed and accessibility tests.
    globalSetup: ['tests/support/build-site.ts'],
    testTimeout: 60_000,
    hookTimeout: 240_000,
    reporters: ['default', './tests/support/summary-reporter.ts'],
  },
});
