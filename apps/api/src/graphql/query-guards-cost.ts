/**
 * The cost budget: computed with the request's variables (page sizes may come
 * from them), field by field from the costs set on the resolvers
 * (`complexity`, see query-limits.ts), every other field costing 1. It fails
 * closed: if the cost cannot be worked out, the query is refused, never run.
 */
import type { ApolloServerPlugin } from '@apollo/server';
import { getVariableValues, type DocumentNode, type GraphQLSchema, type OperationDefinitionNode } from 'graphql';
import { fieldExtensionsEstimator, getComplexity, simpleEstimator } from 'graphql-query-complexity';
import { LruMap } from '../result-cache/lru';
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

/** Allowed (operation, variables) pairs remembered: a bounded memory, whatever clients send. */
const REMEMBERED = { maxEntries: 2_000, maxBytes: 4 * 1024 * 1024, maxAgeMs: 60 * 60_000 };

/**
 * The variables as a key, or null when JSON would blur them (undefined, a Date, a non-finite number...):
 * those are costed afresh. Variables sent over HTTP are parsed JSON, so they always have one.
 */
function variablesKey(variables: Record<string, unknown> | undefined): string | null {
  let exact = true;
  const key = JSON.stringify(variables ?? {}, function (this: Record<string, unknown>, name: string, json: unknown) {
    // `this[name]` is the value before any toJSON (a Date arrives here as its string).
    const value = name === '' ? json : this[name];
    if (value === undefined || typeof value === 'function' || typeof value === 'symbol' || typeof value === 'bigint') exact = false;
    else if (typeof value === 'number' && !Number.isFinite(value)) exact = false;
    else if (value !== null && typeof value === 'object' && !Array.isArray(value) && Object.getPrototypeOf(value) !== Object.prototype && Object.getPrototypeOf(value) !== null) exact = false;
    return exact ? json : null;
  });
  return exact ? key : null;
}

export function queryCostPlugin(schema: GraphQLSchema, limits: CostLimits = QUERY_LIMITS): ApolloServerPlugin {
  // An operation's cost depends only on its text (Apollo keeps one parsed document per query text, so the
  // operation node is the same object each time it is asked) and its variables: a query allowed once is
  // allowed again without walking it. Refusals are worked out each time.
  const operationIds = new WeakMap<OperationDefinitionNode, number>();
  let nextId = 0;
  const allowed = new LruMap<true>(REMEMBERED, () => 0);
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, operation }) {
          // No operation to run (several and none named, or an unknown name): execution refuses it, running nothing.
          if (!operation) return;
          const variables = variablesKey(request.variables);
          let id = operationIds.get(operation);
          if (id === undefined) operationIds.set(operation, (id = nextId++));
          const key = variables === null ? null : `${id}:${variables}`;
          if (key !== null && allowed.get(key)) return;
          const result = checkQueryCost(schema, document, operation, request.variables, limits);
          if (result && 'refusal' in result) throw result.refusal;
          // null: the variables do not coerce, and execution refuses them; only a cost within the limits is remembered.
          if (result && key !== null) allowed.set(key, true);
        },
      };
    },
  };
}
