// Unit tests (pure functions) and integration tests (a real database) share one
// config; integration tests run once per dialect, chosen by TEST_DIALECT.
const swc = JSON.parse(require('fs').readFileSync(__dirname + '/.swcrc', 'utf8'));
// .tsx (the server-rendered chart images) parses JSX with React's automatic runtime; .ts stays plain TypeScript.
const swcTsx = {
  ...swc,
  jsc: { ...swc.jsc, parser: { ...swc.jsc.parser, tsx: true }, transform: { ...swc.jsc.transform, react: { runtime: 'automatic' } } },
};
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/src'],
  transform: {
    '^.+\\.ts$': ['@swc/jest', swc],
    '^.+\\.tsx$': ['@swc/jest', swcTsx],
    // nivo's CommonJS builds require d3 modules that ship as ES modules only: jest (unlike Node 20.19+) cannot require those.
    '^.+\\.m?js$': ['@swc/jest', { jsc: { parser: { syntax: 'ecmascript' }, target: 'es2022' }, module: { type: 'commonjs' } }],
  },
  transformIgnorePatterns: ['/node_modules/(?!(d3-[^/]+|internmap)/)'],
  setupFiles: ['reflect-metadata', '<rootDir>/src/test-support/quiet-logs.ts'],
  // A directory for this run's template databases, built on first use and copied per test file.
  globalSetup: '<rootDir>/src/test-support/template-global-setup.ts',
  globalTeardown: '<rootDir>/src/test-support/template-global-teardown.ts',
  testTimeout: 60000,
};
