/**
 * Guards against queries that would cost the server or the database too much,
 * all checked before anything runs and the same in every mode (QUERY_LIMITS):
 *
 * 1. tokens — graphql's parser stops after `maxTokens`, so every later step is
 *    linear in a bounded text;
 * 2. shape — GraphQL Armor's depth, alias and directive limits and a cap on
 *    repeating an expensive field (validation rules, fragments counted once);
 * 3. cost — per-field costs with the request's variables, failing closed.
 *
 * Refusals are QUERY_TOO_COMPLEX (HTTP 400) naming the limit.
 */
import type { ApolloServerPlugin } from '@apollo/server';
import type { GraphQLSchema, ParseOptions, ValidationRule } from 'graphql';
import { queryCostPlugin } from './query-guards-cost';
import { queryLimitCodesPlugin } from './query-guards-errors';
import { queryShapeRules } from './query-guards-validation';
import { QUERY_LIMITS } from './query-limits';

export interface QueryGuards {
  parseOptions: ParseOptions;
  validationRules: ValidationRule[];
  plugins: ApolloServerPlugin[];
}

/** Spread into the ApolloServer constructor (plugins alongside any others). */
export function queryGuards(schema: GraphQLSchema): QueryGuards {
  return {
    parseOptions: { maxTokens: QUERY_LIMITS.maxTokens },
    validationRules: queryShapeRules(),
    plugins: [queryLimitCodesPlugin(), queryCostPlugin(schema)],
  };
}
