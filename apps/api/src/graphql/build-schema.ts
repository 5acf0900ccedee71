import { GraphQLSchema, lexicographicSortSchema, printSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { ContactResolver } from '../contacts/contact.resolver';
import { TrendResolver } from '../trends/trend.resolver';
import {
  IssueCategoryResolver,
  IssueResolver,
  ReferenceResolver,
  ServiceAreaResolver,
} from '../reference/reference.resolver';

export const RESOLVERS = [
  ReferenceResolver,
  ServiceAreaResolver,
  IssueResolver,
  IssueCategoryResolver,
  ContactResolver,
  TrendResolver,
] as const;

export function buildAppSchema(): Promise<GraphQLSchema> {
  return buildSchema({ resolvers: RESOLVERS, validate: false });
}

/** The SDL checked into packages/schema: sorted, so it changes only when the schema does. */
export function printAppSchema(schema: GraphQLSchema): string {
  return `# Generated from the API by \`npm run schema:emit\`. Do not edit by hand.\n\n${printSchema(lexicographicSortSchema(schema))}\n`;
}
