// Flat ESLint config for the domain package: recommended JS + TypeScript rules.
const js = require('@eslint/js');
const tseslint = require('typescript-eslint');

module.exports = tseslint.config(
  { ignores: ['dist/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // Pure rules only: no framework may creep in.
      'no-restricted-imports': ['error', { patterns: ['react', 'react-*', 'type-graphql', 'typeorm', 'graphql', 'express', 'node:*'] }],
    },
  },
);
