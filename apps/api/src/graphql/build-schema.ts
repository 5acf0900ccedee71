import { GraphQLSchema, lexicographicSortSchema, printSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { AccessibilityStatementResolver } from '../accessibility/accessibility-statement.resolver';
import { authChecker } from '../auth/auth-checker';
import { LearningActionProgressResolver } from '../actions/learning-action-progress.resolver';
import { LearningActionResolver } from '../actions/learning-action.resolver';
import { AdminAuditResolver } from '../admin-audit/admin-audit.resolver';
import { AuthResolver } from '../auth/auth.resolver';
import { UserAdminResolver } from '../auth/user-admin.resolver';
import { ComplainantResolver } from '../complainants/complainant.resolver';
import { CaseworkQueueResolver } from '../contacts/casework-queue.resolver';
import { ContactAssignmentResolver } from '../contacts/contact-assignment.resolver';
import { ContactLifecycleResolver } from '../contacts/contact-lifecycle.resolver';
import { ContactResolver } from '../contacts/contact.resolver';
import { LearningActionLinksResolver, LearningOutcomeFieldsResolver, LearningOutcomeResolver } from '../contacts/learning-outcome/learning-outcome.resolver';
import { EmbedResolver } from '../embeds/embed.resolver';
import { HaveYourSayResolver } from '../have-your-say/have-your-say.resolver';
import { InformationRequestResolver } from '../information-requests/information-request.resolver';
import { LostInformationQueueResolver } from '../lost-information/lost-information-queue.resolver';
import { LostInformationResolver } from '../lost-information/lost-information.resolver';
import { COMPLAINT_CODE_RESOLVERS } from '../complaint-code/complaint-code.resolver';
import { ReportResolver } from '../report/report.resolver';
import { RetentionResolver } from '../retention/retention.resolver';
import { SavedChartResolver } from '../saved-charts/saved-chart.resolver';
import { ServiceActivityResolver } from '../service-activity/service-activity.resolver';
import { TrendResolver } from '../trends/trend.resolver';
import { CodeReportResolver } from '../code-report/code-report.resolver';
import { DisclosedTrendResolver } from '../code-report/disclosed-trend.resolver';
import { OmbudsmanResolver } from '../ombudsman/ombudsman.resolver';
import { SelfAssessmentResolver } from '../self-assessment/self-assessment.resolver';
import { TaxonomyResolver } from '../reference/taxonomy/taxonomy.resolver';
import {
  IssueCategoryResolver,
  IssueResolver,
  ReferenceAdminResolver,
  ReferenceResolver,
  ServiceAreaResolver,
} from '../reference/reference.resolver';

export const RESOLVERS = [
  AuthResolver,
  UserAdminResolver,
  AdminAuditResolver,
  ReferenceResolver,
  ReferenceAdminResolver,
  TaxonomyResolver,
  ServiceAreaResolver,
  IssueResolver,
  IssueCategoryResolver,
  ContactResolver,
  ContactLifecycleResolver,
  CaseworkQueueResolver,
  ContactAssignmentResolver,
  ComplainantResolver,
  InformationRequestResolver,
  ...COMPLAINT_CODE_RESOLVERS,
  LostInformationResolver,
  LostInformationQueueResolver,
  TrendResolver,
  ReportResolver,
  LearningActionResolver,
  LearningActionProgressResolver,
  LearningOutcomeResolver,
  LearningOutcomeFieldsResolver,
  LearningActionLinksResolver,
  ServiceActivityResolver,
  SavedChartResolver,
  EmbedResolver,
  RetentionResolver,
  SelfAssessmentResolver,
  CodeReportResolver,
  DisclosedTrendResolver,
  OmbudsmanResolver,
  HaveYourSayResolver,
  AccessibilityStatementResolver,
] as const;

export function buildAppSchema(): Promise<GraphQLSchema> {
  return buildSchema({ resolvers: RESOLVERS, validate: false, authChecker, authMode: 'error' });
}

/** The SDL checked into packages/schema: sorted, so it changes only when the schema does. */
export function printAppSchema(schema: GraphQLSchema): string {
  return `# Generated from the API by \`npm run schema:emit\`. Do not edit by hand.\n\n${printSchema(lexicographicSortSchema(schema))}\n`;
}
