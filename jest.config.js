/**
 * One suite for unit and integration tests. The integration tests share one real Neo4j, started by
 * test/support/global-setup.ts on its own port and data folder, so the suite runs in band.
 * @type {import('jest').Config}
 */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts"],
  transform: {
    "^.+\\.ts$": [
      "@swc/jest",
      {
        jsc: {
          parser: { syntax: "typescript", decorators: true },
          // type-graphql reads the design-time types that TypeScript's legacy decorators emit.
          transform: { legacyDecorator: true, decoratorMetadata: true },
          target: "es2022",
        },
        module: { type: "commonjs" },
      },
    ],
  },
  globalSetup: "<rootDir>/test/support/global-setup.ts",
  globalTeardown: "<rootDir>/test/support/global-teardown.ts",
  setupFiles: ["reflect-metadata"],
  reporters: ["default", "<rootDir>/test/support/summary-reporter.js"],
  testTimeout: 120_000,
};
