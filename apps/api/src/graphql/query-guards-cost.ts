/**
 * The cost budget: computed with the request's variables (page sizes may come
 * from them), field by field from the costs set on the resolvers
 * (`complexity`, see query-limits.ts), every other field costing 1. It fails
 * closed: if the cost cannot be worked out, the query is refused, never run.
 */
import type { ApolloServerPlugin } from '@apollo/server';
import { getVariableValues, type DocumentNode, type GraphQLSchema, type OperationDefinitionNode } from 'graphql';
import { fieldExtensionsEstimator, getComplexity, simpleEstimator } from 'graphql-query-complexity';
import { QueryLimitError } from './query-guards-errors';
import { QUERY_LIMITS } from './query-limits';

const count = (n: number) => n.toLocaleString('en-GB');

// graphql-query-complexity stops with this message after `maxQueryNodes` fields.
const TOO_MANY_NODES = /maximum allowed number of nodes/;

export interface CostLimits {
  maxCost: number;
  maxCostedFields: number;
}

/**
 * The cost of `operation`, or the refusal. `null` when the variables do not
 * coerce: execution then refuses them as BAD_USER_INPUT naming the variable,
 * and runs nothing.
 */
export function checkQueryCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown> | undefined,
  limits: CostLimits = QUERY_LIMITS,
): { cost: number } | { refusal: QueryLimitError } | null {
  if (getVariableValues(schema, operation.variableDefinitions ?? [], variables ?? {}).errors) return null;
  let cost: number;
  try {
    cost = getComplexity({
      schema,
      query: document,
      operationName: operation.name?.value,
      variables,
      maxQueryNodes: limits.maxCostedFields,
      estimators: [fieldExtensionsEstimator(), simpleEstimator({ defaultComplexity: 1 })],
    });
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    if (TOO_MANY_NODES.test(reason)) {
      const max = limits.maxCostedFields;
      return {
        refusal: new QueryLimitError(
          `Query expands to more than ${count(max)} fields once its fragments are followed; the limit is ${count(max)} fields.`,
          'costed fields',
          max,
        ),
      };
    }
    // Anything else the estimator trips on (an argument it cannot read, a type it does not know) is refused too:
    // a query whose cost is unknown is not run.
    return { refusal: new QueryLimitError(`Query cost could not be worked out (${reason}); it is refused rather than run unchecked.`, 'cost', limits.maxCost) };
  }
  if (!Number.isFinite(cost) || cost > limits.maxCost) {
    return {
      refusal: new QueryLimitError(
        `Query is too complex: ${count(cost)} points; the limit is ${count(limits.maxCost)} points. Ask for fewer fields or smaller pages.`,
        'cost',
        limits.maxCost,
      ),
    };
  }
  return { cost };
}

export function queryCostPlugin(schema: GraphQLSchema, limits: CostLimits = QUERY_LIMITS): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, operation }) {
          // No operation to run (several and none named, or an unknown name): execution refuses it, running nothing.
          if (!operation) return;
          const result = checkQueryCost(schema, document, operation, request.variables, limits);
          if (result && 'refusal' in result) throw result.refusal;
        },
      };
    },
  };
}
