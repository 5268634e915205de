import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// Tests run @agglomera/methods from its TypeScript sources, as TypeScript (customConditions) and
// the CLI (bin/agglomera.js) do; plain Node imports its built dist/ (methods/test/package.test.ts).
const resolve = {
  alias: [
    {
      find: /^@agglomera\/methods$/,
      replacement: fileURLToPath(new URL('./packages/methods/src/index.ts', import.meta.url)),
    },
  ],
};

// One runner for every test: pure methods, API integration (real PostgreSQL through
// PGlite, or a server when DATABASE_URL is set), and browser journeys in Chromium.
export default defineConfig({
  test: {
    projects: [
      { resolve, test: { name: 'methods', include: ['packages/methods/test/**/*.test.ts'] } },
      {
        resolve,
        test: {
          name: 'server',
          include: ['packages/server/test/**/*.test.ts', 'packages/cli/test/**/*.test.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
      {
        resolve,
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
