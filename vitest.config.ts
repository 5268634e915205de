import { defineConfig } from 'vitest/config';

// One runner for every test: pure methods, API integration (real PostgreSQL through
// PGlite, or a server when DATABASE_URL is set), and browser journeys in Chromium.
export default defineConfig({
  test: {
    projects: [
      { test: { name: 'methods', include: ['packages/methods/test/**/*.test.ts'] } },
      {
        test: {
          name: 'server',
          include: ['packages/server/test/**/*.test.ts', 'packages/cli/test/**/*.test.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['e2e/**/*.test.ts'],
          testTimeout: 120_000,
          hookTimeout: 180_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
