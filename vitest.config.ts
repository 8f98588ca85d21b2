import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: {
    // graphql 16 ships CJS (main) and ESM (module) builds. Node, and so graphql-yoga and the
    // running product, load the CJS one; Vite would pick the ESM one for our sources, giving two
    // GraphQLError classes and masking our coded errors. Load the one Node loads.
    alias: [{ find: /^graphql$/, replacement: 'graphql/index.js' }],
  },
  test: {
    include: ['tests/**/*.test.ts'],
    globalSetup: ['tests/global-setup.ts'],
    // The summary always prints; .ci/run reads the JSON report for its closing line.
    reporters: ['default', ['json', { outputFile: 'reports/vitest.json' }]],
    // One Neo4j serves every file, and integration files reset the graph they test: one at a time.
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 240_000,
  },
});
