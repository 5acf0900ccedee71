// Unit tests of the pure rules, TypeScript through @swc/jest (as in apps/api).
module.exports = {
  displayName: 'domain',
  testEnvironment: 'node',
  roots: ['<rootDir>/src'],
  transform: {
    '^.+\\.ts$': ['@swc/jest', { jsc: { parser: { syntax: 'typescript' }, target: 'es2022' }, module: { type: 'commonjs' } }],
  },
};
