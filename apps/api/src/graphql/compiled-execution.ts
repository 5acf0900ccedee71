/**
 * Runs hot queries compiled by graphql-jit; everything else through graphql-js, as Apollo would.
 *
 * Why: at 100,000 contacts a trend's SQL takes a few milliseconds, and graphql-js completing its ~3,000 fields one
 * by one took as long again (bench/README.md, "Session 22"). graphql-jit generates one function per document that
 * completes them in a tenth of the time.
 *
 * Apollo Server's only way to replace its executor is the gateway interface; this is a gateway with no subgraphs:
 * it hands Apollo our schema once and runs the operations Apollo has already parsed, validated and costed (query
 * limits, graphql/query-guards.ts, run before any executor).
 *
 * What stays with graphql-js: mutations (rare, and each its own transaction: nothing to gain), documents run fewer
 * than `compileAfter` times (compiled-queries.ts), and documents graphql-jit cannot compile. A compiled query's
 * variables are first coerced by graphql-js, so a bad variable gets graphql-js's error word for word
 * (field-of-variable-error.ts names the field from it).
 */
import type { GatewayExecutor, GatewayInterface } from '@apollo/server-gateway-interface';
import { execute, getVariableValues, GraphQLError, Kind, visit, BREAK, type DocumentNode, type ExecutionResult, type GraphQLSchema } from 'graphql';
import { compileQuery, isCompiledQuery, type CompiledQuery } from 'graphql-jit';
import { logger } from '../logging/logger';
import { CompiledQueries } from './compiled-queries';

/**
 * Whether graphql-jit may compile this document. graphql-jit 0.8.9 writes a field's literal arguments into the code
 * it generates through JSON.stringify, then replaces any string holding its date marker (`__MAGIC_DATE__…`) with
 * `new Date(<the rest of the string>)`: a string literal carrying that marker would run as code (found here, with a
 * test). Variables never reach that code. So a document is compiled only if each of its string literals is plain
 * text: letters, digits, spaces and - _ / . : @ ' (no brackets or operators an expression would need), and holds no
 * marker. Anything else runs through graphql-js, answering the same.
 */
const PLAIN_TEXT = /^[\p{L}\p{N} _\-/.:@']*$/u;

export function safeToCompile(document: DocumentNode): boolean {
  let safe = true;
  visit(document, {
    [Kind.STRING](node) {
      if (!PLAIN_TEXT.test(node.value) || node.value.includes('__MAGIC')) {
        safe = false;
        return BREAK;
      }
      return undefined;
    },
  });
  return safe;
}

/** As graphql-js's execute() coerces variables (it stops after 50 errors). */
const MAX_VARIABLE_ERRORS = 50;

export function compiledExecutor(schema: GraphQLSchema, compileAfter: number): GatewayExecutor {
  const queries = new CompiledQueries<CompiledQuery>(compileAfter);
  return async (requestContext) => {
    const { document, operation, context, request } = requestContext;
    const operationName = requestContext.operationName ?? undefined;
    // No operation (several and no name): graphql-js's execute() gives the error Apollo expects.
    const compiled =
      operation?.operation === 'query'
        ? queries.lookup(`${requestContext.queryHash}\0${operationName ?? ''}`, () => {
            // Checked once per document (its key is the hash of its text); a refused one is remembered as such.
            if (!safeToCompile(document)) return null;
            try {
              const result = compileQuery(schema, document, operationName);
              if (isCompiledQuery(result)) return result;
              logger.warn({ operationName, errors: result.errors?.map((e) => e.message) }, 'graphql-jit could not compile a query; it runs through graphql-js');
            } catch (error) {
              logger.warn({ operationName, err: error }, 'graphql-jit failed compiling a query; it runs through graphql-js');
            }
            return null;
          })
        : null;
    const variableValues = request.variables ?? {};
    if (!compiled) return execute({ schema, document, contextValue: context, variableValues, operationName }) as Promise<ExecutionResult>;
    const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], variableValues, { maxErrors: MAX_VARIABLE_ERRORS });
    if (coerced.errors) return { errors: coerced.errors };
    return withGraphqlJsErrors(await compiled.query(undefined, context, variableValues));
  };
}

/**
 * graphql-jit leaves an error's `extensions` undefined when what the resolver threw had none (a driver error when
 * the database goes away); graphql-js always gives an object, and Apollo and our plugins read it as one (a missing
 * one turned a database outage's 503 into a 500). Such errors are made again as graphql-js's own, which keeps the
 * original error, the path and the locations.
 */
export function withGraphqlJsErrors(result: ExecutionResult): ExecutionResult {
  if (!result.errors?.some((error) => !error.extensions)) return result;
  const errors = result.errors.map((error) => {
    if (error.extensions) return error;
    const mended = new GraphQLError(error.message, { path: error.path, originalError: error.originalError ?? undefined });
    // graphql-jit keeps only the locations (no nodes or source to compute them from), and its own are not writable.
    Object.assign(mended, { locations: error.locations });
    return mended;
  });
  return { ...result, errors };
}

/** A gateway with no subgraphs: our schema, our executor (Apollo Server's `gateway` option; replaces `schema`). */
export function localGateway(schema: GraphQLSchema, executor: GatewayExecutor): GatewayInterface {
  const listeners = new Set<Parameters<GatewayInterface['onSchemaLoadOrUpdate']>[0]>();
  return {
    onSchemaLoadOrUpdate(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    async load() {
      // Apollo reads the schema from this call; the SDL is only for its schema reporting, which is off.
      for (const listener of listeners) listener({ apiSchema: schema, coreSupergraphSdl: '' });
      return { executor };
    },
    async stop() {
      listeners.clear();
    },
  };
}
