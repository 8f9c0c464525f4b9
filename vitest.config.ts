import { defineConfig } from 'vitest/config';

// Two projects so that unit tests never pay for (or need Java for) the database:
// - `unit`: tests/unit, pure logic, no global setup;
// - `system`: tests/integration and tests/e2e, with one database for the whole run
//   (tests/support/global-setup.ts picks it: NEO4J_URI, else a testcontainers Neo4j when a Docker
//   engine answers, else the embedded launcher).
// Files run one after another: the system files share that database and, for e2e, one Chromium,
// on a 2-core machine.
export default defineConfig({
  test: {
    fileParallelism: false,
    testTimeout: 30_000,
    hookTimeout: 180_000,
    reporters: ['default'],
    server: { deps: { inline: [/@neo4j-cypher/] } },
    projects: [
      { extends: true, test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] } },
      {
        extends: true,
        test: {
          name: 'system',
          include: ['tests/{integration,e2e}/**/*.test.ts'],
          globalSetup: ['tests/support/global-setup.ts'],
        },
      },
    ],
  },
});
