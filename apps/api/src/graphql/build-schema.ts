import { GraphQLSchema, lexicographicSortSchema, printSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { authChecker } from '../auth/auth-checker';
import { LearningActionResolver } from '../actions/learning-action.resolver';
import { AuthResolver } from '../auth/auth.resolver';
import { CaseworkQueueResolver } from '../contacts/casework-queue.resolver';
import { ContactLifecycleResolver } from '../contacts/contact-lifecycle.resolver';
import { ContactResolver } from '../contacts/contact.resolver';
import { InformationRequestResolver } from '../information-requests/information-request.resolver';
import { ReportResolver } from '../report/report.resolver';
import { ServiceActivityResolver } from '../service-activity/service-activity.resolver';
import { TrendResolver } from '../trends/trend.resolver';
import {
  IssueCategoryResolver,
  IssueResolver,
  ReferenceAdminResolver,
  ReferenceResolver,
  ServiceAreaResolver,
} from '../reference/reference.resolver';

export const RESOLVERS = [
  AuthResolver,
  ReferenceResolver,
  ReferenceAdminResolver,
  ServiceAreaResolver,
  IssueResolver,
  IssueCategoryResolver,
  ContactResolver,
  ContactLifecycleResolver,
  CaseworkQueueResolver,
  InformationRequestResolver,
  TrendResolver,
  ReportResolver,
  LearningActionResolver,
  ServiceActivityResolver,
] as const;

export function buildAppSchema(): Promise<GraphQLSchema> {
  return buildSchema({ resolvers: RESOLVERS, validate: false, authChecker, authMode: 'error' });
}

/** The SDL checked into packages/schema: sorted, so it changes only when the schema does. */
export function printAppSchema(schema: GraphQLSchema): string {
  return `# Generated from the API by \`npm run schema:emit\`. Do not edit by hand.\n\n${printSchema(lexicographicSortSchema(schema))}\n`;
}
