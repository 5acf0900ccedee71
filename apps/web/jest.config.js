// Unit and component tests: jsdom + Testing Library, TypeScript through @swc/jest.
// `npm test -w @complaints/web` (runs codegen first); add `-- --json --outputFile f.json` for machine-readable results.
/** @type {import('jest').Config} */
export default {
  displayName: 'web',
  testEnvironment: 'jsdom',
  roots: ['<rootDir>/src'],
  testMatch: ['**/*.test.ts', '**/*.test.tsx'],
  transform: {
    '^.+\\.(t|j)sx?$': [
      '@swc/jest',
      {
        jsc: {
          parser: { syntax: 'typescript', tsx: true },
          transform: { react: { runtime: 'automatic' } },
          target: 'es2022',
        },
        module: { type: 'commonjs' },
      },
    ],
  },
  moduleNameMapper: {
    '\\.css$': '<rootDir>/src/test/style-stub.ts',
    // nivo draws nothing in jsdom (no layout) and ships ESM-only d3 modules: tests check our props instead.
    '^@nivo/(line|bar|heatmap)$': '<rootDir>/src/test/nivo-stub.tsx',
  },
  setupFilesAfterEnv: ['<rootDir>/src/test/setup.ts'],
  reporters: ['default', '<rootDir>/scripts/summary-reporter.cjs'],
};
