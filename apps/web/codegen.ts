/**
 * GraphQL Code Generator: typed documents for every `graphql()` call in src/,
 * checked against the schema the API emits (packages/schema/schema.graphql).
 * Runs before `typecheck`, `build` and `test`, so a schema change that breaks a
 * query or a type the app relies on fails `npm run typecheck`.
 */
import type { CodegenConfig } from '@graphql-codegen/cli';

const config: CodegenConfig = {
  schema: '../../packages/schema/schema.graphql',
  documents: ['src/**/*.{ts,tsx}', '!src/graphql/**'],
  ignoreNoDocuments: true,
  // A document the schema no longer satisfies (a removed field, a renamed argument) stops
  // codegen with the file and line, and so fails `typecheck` and `build`.
  generates: {
    './src/graphql/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        // Enums as string unions: no runtime code, and `Record<Dimension, string>`
        // label maps fail the typecheck when the API adds a value.
        enumsAsTypes: true,
        onlyOperationTypes: true,
        useTypeImports: true,
        skipTypename: true,
        scalars: { LocalDate: 'string', DateTimeISO: 'string' },
        defaultScalarType: 'unknown',
      },
    },
  },
};

export default config;
