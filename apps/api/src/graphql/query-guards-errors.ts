/**
 * Every query-limit refusal is a GraphQL error with code QUERY_TOO_COMPLEX,
 * HTTP 400, and a message naming the limit.
 */
import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, type ASTNode } from 'graphql';
import { QUERY_LIMITS } from './query-limits';

export const QUERY_TOO_COMPLEX = 'QUERY_TOO_COMPLEX';

export class QueryLimitError extends GraphQLError {
  constructor(message: string, limit: string, max: number, node?: ASTNode) {
    super(message, { nodes: node ? [node] : undefined, extensions: { code: QUERY_TOO_COMPLEX, limit, max, http: { status: 400 } } });
  }
}

// graphql's parser stops at `maxTokens` with this message (graphql 16 spells it "more that").
const TOKEN_LIMIT = /Document contains more tha[nt] \d+ tokens/;
// graphql's field-merging rule gives up with this after a fixed budget of comparisons (the same field asked for hundreds of times).
const VALIDATION_ABORTED = 'Validation aborted.';

/**
 * Apollo files parse and validation errors under GRAPHQL_PARSE_FAILED and
 * GRAPHQL_VALIDATION_FAILED whatever code the rule gave. This puts
 * QUERY_TOO_COMPLEX back on the errors that are ours, and on graphql's own
 * work limits (the parser's token limit, the field-merging budget), before
 * they are formatted.
 */
export function queryLimitCodesPlugin(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didEncounterErrors({ errors }) {
          for (const error of errors) {
            const original = error.originalError;
            if (original instanceof QueryLimitError) {
              Object.assign(error.extensions, { code: QUERY_TOO_COMPLEX, limit: original.extensions.limit, max: original.extensions.max });
            } else if (original && TOKEN_LIMIT.test(original.message)) {
              const max = QUERY_LIMITS.maxTokens;
              error.message = `Query has more than ${max.toLocaleString('en-GB')} tokens; the limit is ${max.toLocaleString('en-GB')} tokens.`;
              Object.assign(error.extensions, { code: QUERY_TOO_COMPLEX, limit: 'tokens', max });
            } else if (original?.message === VALIDATION_ABORTED) {
              error.message = 'Query repeats the same fields too often to be checked (the limit is graphql\'s budget of field comparisons); ask for each field once.';
              Object.assign(error.extensions, { code: QUERY_TOO_COMPLEX, limit: 'field comparisons' });
            }
          }
        },
      };
    },
  };
}
