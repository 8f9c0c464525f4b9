import { defineConfig } from 'vitest/config';

// One database for the whole run (tests/support/global-setup.ts picks it: NEO4J_URI, else a
// testcontainers Neo4j when a Docker engine answers, else the embedded launcher). Files run one
// after another: they share that database and, for e2e, one Chromium, on a 2-core machine.
export default defineConfig({
  test: {
    include: ['tests/{unit,integration,e2e}/**/*.test.ts'],
    globalSetup: ['tests/support/global-setup.ts'],
    fileParallelism: false,
    testTimeout: 30_000,
    hookTimeout: 180_000,
    reporters: ['default'],
    server: { deps: { inline: [/@neo4j-cypher/] } },
  },
});
