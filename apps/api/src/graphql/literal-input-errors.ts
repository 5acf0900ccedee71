/**
 * A bad value written into the query text (`filter: { outcomes: [UPHELDD] }`)
 * fails graphql's validation, which Apollo files under GRAPHQL_VALIDATION_FAILED
 * with no field named; the same value sent as a variable is BAD_USER_INPUT
 * naming `filter.outcomes`. This gives literal values the same refusal, so a
 * misspelt filter reads the same however it is sent (and as the CSV route says).
 */
import type { ApolloServerPlugin } from '@apollo/server';
import { Kind, visit, type ASTNode, type DocumentNode, type GraphQLError } from 'graphql';

const VALUE_KINDS = new Set<string>([
  Kind.VARIABLE,
  Kind.INT,
  Kind.FLOAT,
  Kind.STRING,
  Kind.BOOLEAN,
  Kind.NULL,
  Kind.ENUM,
  Kind.LIST,
  Kind.OBJECT,
  Kind.OBJECT_FIELD,
]);

/**
 * The input field a value node sits at, as BAD_USER_INPUT names fields: the
 * path inside an input-object argument (`filter.outcomes`), or the argument's
 * own name for a plain one (`financialYear`). Undefined when the node is not
 * inside an argument's value.
 */
export function inputFieldOf(document: DocumentNode, target: ASTNode): string | undefined {
  let field: string | undefined;
  visit(document, {
    enter(node, _key, parent, _path, ancestors) {
      if (node !== target) return undefined;
      // graphql's `ancestors` stops short of the direct parent.
      const chain = [...(ancestors as ReadonlyArray<ASTNode | readonly ASTNode[]>), parent as ASTNode | readonly ASTNode[], node].filter(
        (a): a is ASTNode => !!a && !Array.isArray(a),
      );
      const argumentAt = chain.findIndex((a) => a.kind === Kind.ARGUMENT);
      if (argumentAt < 0) return false;
      const argument = chain[argumentAt] as { name: { value: string }; value: ASTNode };
      const inside = chain.slice(argumentAt + 1).flatMap((a) => (a.kind === Kind.OBJECT_FIELD ? [a.name.value] : []));
      field = argument.value.kind === Kind.OBJECT && inside.length ? inside.join('.') : [argument.name.value, ...inside].join('.');
      return false;
    },
  });
  return field;
}

function isValueError(error: GraphQLError): boolean {
  return error.extensions.code === 'GRAPHQL_VALIDATION_FAILED' && !!error.nodes?.length && VALUE_KINDS.has(error.nodes[0].kind);
}

export function literalInputErrorsPlugin(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didEncounterErrors({ errors, document }) {
          if (!document) return;
          for (const error of errors) {
            if (!isValueError(error)) continue;
            const field = inputFieldOf(document, error.nodes![0]);
            if (field) Object.assign(error.extensions, { code: 'BAD_USER_INPUT', field });
          }
        },
      };
    },
  };
}
