// Unit tests (pure functions) and integration tests (a real database) share one
// config; integration tests run once per dialect, chosen by TEST_DIALECT.
const swc = JSON.parse(require('fs').readFileSync(__dirname + '/.swcrc', 'utf8'));
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/src'],
  transform: { '^.+\\.ts$': ['@swc/jest', swc] },
  setupFiles: ['reflect-metadata'],
  testTimeout: 60000,
};
