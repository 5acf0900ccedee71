// Unit tests (pure functions) and integration tests (a real database) share one
// config; integration tests run once per dialect, chosen by TEST_DIALECT.
const swc = JSON.parse(require('fs').readFileSync(__dirname + '/.swcrc', 'utf8'));
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/src'],
  transform: { '^.+\\.ts$': ['@swc/jest', swc] },
  setupFiles: ['reflect-metadata', '<rootDir>/src/test-support/quiet-logs.ts'],
  // A directory for this run's template databases, built on first use and copied per test file.
  globalSetup: '<rootDir>/src/test-support/template-global-setup.ts',
  globalTeardown: '<rootDir>/src/test-support/template-global-teardown.ts',
  testTimeout: 60000,
};
