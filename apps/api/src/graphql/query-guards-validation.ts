/**
 * Validation rules that refuse a query by its shape, before anything runs:
 * GraphQL Armor's depth, alias and directive limits, and a cap on repeating an
 * expensive field. Each walks every fragment once (its result remembered), so
 * the work is linear in the query text however often fragments are spread.
 */
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { maxDirectivesRule } from '@escape.tech/graphql-armor-max-directives';
import type { ASTVisitor, ValidationContext, ValidationRule } from 'graphql';
import { QueryLimitError } from './query-guards-errors';
import { QUERY_LIMITS } from './query-limits';
import { countFieldUses } from './query-guards-field-uses';

const count = (n: number) => n.toLocaleString('en-GB');

/** Armor reports "… limit of N exceeded, found M."; the count is all we take from it. */
function foundIn(message: string): number | null {
  const match = /found (\d+(?:\.\d+)?(?:e\+\d+)?)/.exec(message);
  return match ? Number(match[1]) : null;
}

type ArmorRule = (options: {
  n: number;
  propagateOnRejection: boolean;
  onReject: Array<(context: ValidationContext | null, error: Error) => void>;
}) => (context: ValidationContext) => ASTVisitor;

/**
 * An Armor rule that reports our error instead of throwing its own: a thrown
 * error would escape graphql's validate() and reach the client as a 500.
 */
function armorRule(rule: ArmorRule, limit: string, max: number, describe: (found: string) => string): ValidationRule {
  return rule({
    n: max,
    propagateOnRejection: false,
    onReject: [
      (context, error) => {
        const found = foundIn(error.message);
        context?.reportError(new QueryLimitError(describe(found === null ? `more than ${count(max)}` : count(found)), limit, max));
      },
    ],
  });
}

export const maxDepth = (max = QUERY_LIMITS.maxDepth): ValidationRule =>
  armorRule(
    // Fragments add no level of their own: depth is what the response's nesting would be.
    (options) => maxDepthRule({ ...options, flattenFragments: true, ignoreIntrospection: true }),
    'depth',
    max,
    (found) => `Query is nested ${found} levels deep; the limit is ${max} levels.`,
  );

export const maxAliases = (max = QUERY_LIMITS.maxAliases): ValidationRule =>
  armorRule(
    // Every alias counts, `__typename` ones too (Armor lets those through by default).
    (options) => maxAliasesRule({ ...options, allowList: [] }),
    'aliases',
    max,
    (found) => `Query uses ${found} aliases; the limit is ${max}.`,
  );

export const maxDirectives = (max = QUERY_LIMITS.maxDirectives): ValidationRule =>
  armorRule(maxDirectivesRule as ArmorRule, 'directives', max, (found) => `Query uses ${found} directives; the limit is ${max}.`);

/** Refuses an operation naming the expensive fields (`Query.trend`, …) more often, together, than `max`. */
export function maxAggregateFields(fields: readonly string[] = QUERY_LIMITS.aggregateFields, max: number = QUERY_LIMITS.maxAggregatesPerQuery): ValidationRule {
  const names = `the aggregate fields (${fields.map((f) => f.split('.')[1]).join(', ')})`;
  return (context) => {
    const uses = countFieldUses(context.getSchema(), context.getDocument(), fields);
    return {
      OperationDefinition(operation) {
        const times = [...uses(operation).values()].reduce((a, b) => a + b, 0);
        if (times > max) {
          context.reportError(
            new QueryLimitError(
              `Query asks for ${names} ${count(times)} times; the limit is ${max} per query (as many as one user may run at once).`,
              'aggregate fields',
              max,
              operation,
            ),
          );
        }
      },
    };
  };
}

/** Every shape rule, for ApolloServer's `validationRules`. */
export function queryShapeRules(): ValidationRule[] {
  return [maxDepth(), maxAliases(), maxDirectives(), maxAggregateFields()];
}
