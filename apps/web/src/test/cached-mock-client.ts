/**
 * A real urql client with the app's normalized cache (keys and updates from
 * app/graphql-client.ts) over canned answers, so component tests see what the
 * cache does: a saved record updates every view of it, a created one makes
 * lists ask again. Canned data need no __typename: it is filled in from the
 * emitted schema (union results must name theirs, as generated types do).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cacheExchange } from '@urql/exchange-graphcache';
import {
  buildSchema,
  getNamedType,
  isAbstractType,
  isCompositeType,
  isObjectType,
  Kind,
  parse,
  type DocumentNode,
  type FragmentDefinitionNode,
  type OperationDefinitionNode,
  type GraphQLCompositeType,
  type SelectionSetNode,
} from 'graphql';
import { Client, type Exchange, type Operation, type OperationResult } from 'urql';
import { filter, fromValue, mergeMap, never, pipe } from 'wonka';
import { CACHE_OPTIONS } from '../app/graphql-client';
import type { MockAnswer } from './render';

const schema = buildSchema(readFileSync(join(__dirname, '../../../../packages/schema/schema.graphql'), 'utf8'));

type Json = Record<string, unknown>;

function withTypenames(data: unknown, type: GraphQLCompositeType, selections: SelectionSetNode, fragments: Map<string, FragmentDefinitionNode>): unknown {
  if (data === null || data === undefined) return data;
  if (Array.isArray(data)) return data.map((item) => withTypenames(item, type, selections, fragments));
  const record = { ...(data as Json) };
  const concrete = isAbstractType(type) ? schema.getType(String(record.__typename)) : type;
  if (!concrete || !isObjectType(concrete)) return record;
  record.__typename = concrete.name;
  const visit = (set: SelectionSetNode) => {
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD) {
        const key = selection.alias?.value ?? selection.name.value;
        const field = concrete.getFields()[selection.name.value];
        const named = field && getNamedType(field.type);
        if (selection.selectionSet && named && isCompositeType(named) && key in record) {
          record[key] = withTypenames(record[key], named, selection.selectionSet, fragments);
        }
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        if (!selection.typeCondition || selection.typeCondition.name.value === concrete.name || isAbstractType(schema.getType(selection.typeCondition.name.value)!)) {
          visit(selection.selectionSet);
        }
      } else {
        const fragment = fragments.get(selection.name.value);
        if (fragment && fragment.typeCondition.name.value === concrete.name) visit(fragment.selectionSet);
      }
    }
  };
  visit(selections);
  return record;
}

/** `data` answering `document` (a query or mutation), with every object's __typename filled in from the schema. */
export function withSchemaTypenames(document: DocumentNode | string, data: unknown): unknown {
  const parsed = typeof document === 'string' ? parse(document) : document;
  const fragments = new Map<string, FragmentDefinitionNode>();
  let operation: OperationDefinitionNode | undefined;
  for (const definition of parsed.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
    if (definition.kind === Kind.OPERATION_DEFINITION) operation = definition;
  }
  const rootType = operation?.operation === 'mutation' ? schema.getMutationType() : schema.getQueryType();
  return data && operation && rootType ? withTypenames(data, rootType, operation.selectionSet, fragments) : data;
}

function cannedExchange(answer: (operation: Operation) => MockAnswer): Exchange {
  return () => (operations$) =>
    pipe(
      operations$,
      filter((operation) => operation.kind === 'query' || operation.kind === 'mutation'),
      mergeMap((operation) => {
        const result = answer(operation);
        if (result === 'loading') return never;
        const answered: OperationResult = { operation, data: withSchemaTypenames(operation.query, result.data), error: result.error, stale: false, hasNext: false };
        return fromValue(answered);
      }),
    );
}

export function createCachedMockClient(answer: (operation: Operation) => MockAnswer) {
  const client = new Client({
    url: '/graphql',
    exchanges: [cacheExchange(CACHE_OPTIONS), cannedExchange(answer)],
  });
  jest.spyOn(client, 'executeQuery');
  jest.spyOn(client, 'executeMutation');
  return client;
}
