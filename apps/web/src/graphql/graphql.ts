/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** Who made the contact. */
export type ComplainantType =
  /** Advocate or representative */
  | 'ADVOCATE'
  /** Child or young person */
  | 'CHILD_OR_YOUNG_PERSON'
  /** Member of the public */
  | 'MEMBER_OF_PUBLIC'
  /** MP or councillor */
  | 'MP_OR_COUNCILLOR'
  /** Parent or carer */
  | 'PARENT_OR_CARER'
  /** Professional */
  | 'PROFESSIONAL'
  /** Other relative */
  | 'RELATIVE';

/** What to split contacts by. */
export type Dimension =
  /** Every issue a contact raises; a contact counts once per issue, so series can sum to more than the total. */
  | 'ALL_ISSUES'
  /** Every service area a contact names; a contact counts once per area, so series can sum to more than the total (3.10). */
  | 'ALL_SERVICE_AREAS'
  | 'CHANNEL'
  | 'COMPLAINANT_TYPE'
  | 'DIVISION'
  /** The primary issue: series sum to the total. */
  | 'ISSUE'
  /** The primary issue's category: series sum to the total (table 5). */
  | 'ISSUE_CATEGORY'
  | 'OUTCOME'
  | 'RECORD_TYPE'
  /** The contact's primary service area: series sum to the total (table 4). */
  | 'SERVICE_AREA'
  | 'STAGE';

/** Period length. Periods are keyed '2009-04' (month), '2009/10 Q1' (financial quarter from April) or '2009/10'. */
export type Granularity =
  | 'FINANCIAL_YEAR'
  | 'MONTH'
  | 'QUARTER';

/** Outcome of the first-stage response (6.2). */
export type Outcome =
  /** Not recorded */
  | 'NOT_RECORDED'
  /** Not upheld */
  | 'NOT_UPHELD'
  /** Ongoing */
  | 'ONGOING'
  /** Partially upheld */
  | 'PARTIALLY_UPHELD'
  /** Upheld */
  | 'UPHELD'
  /** Withdrawn */
  | 'WITHDRAWN';

/** Groups of record types used in reports. */
export type RecordTypeGroup =
  /** Compliments */
  | 'COMPLIMENT'
  /** Enquiries */
  | 'ENQUIRY'
  /** Formal complaints */
  | 'FORMAL_COMPLAINT'
  /** Referrals */
  | 'REFERRAL'
  /** Representations and comments */
  | 'REPRESENTATION_OR_COMMENT';

/** What a user may do. */
export type Role =
  | 'ADMIN'
  | 'ANALYST'
  | 'COMPLAINTS_OFFICER'
  | 'SERVICE_MANAGER';

/** The complaints-procedure stage a contact has reached. */
export type Stage =
  /** Ombudsman */
  | 'OMBUDSMAN'
  /** Stage 1 */
  | 'STAGE_1'
  /** Stage 2 */
  | 'STAGE_2'
  /** Stage 3 */
  | 'STAGE_3';

/** Restricts a trend to contacts matching every list given (each list is "any of"). */
export type TrendFilter = {
  /** Contacts raising any of these issues (primary or not). */
  anyIssues?: Array<string> | null | undefined;
  /** Contacts naming any of these service areas (primary or not). */
  anyServiceAreas?: Array<string> | null | undefined;
  /** Channel codes. */
  channels?: Array<string> | null | undefined;
  complainantTypes?: Array<ComplainantType> | null | undefined;
  /** Division codes. */
  divisions?: Array<string> | null | undefined;
  /** Primary issue category codes. */
  issueCategories?: Array<string> | null | undefined;
  /** Primary issue codes. */
  issues?: Array<string> | null | undefined;
  outcomes?: Array<Outcome> | null | undefined;
  /** Record-type groups, e.g. FORMAL_COMPLAINT (statutory + corporate + school + LGO). */
  recordTypeGroups?: Array<RecordTypeGroup> | null | undefined;
  /** Record type codes. */
  recordTypes?: Array<string> | null | undefined;
  /** Primary service area codes. */
  serviceAreas?: Array<string> | null | undefined;
  stages?: Array<Stage> | null | undefined;
};

/** An ad-hoc trend question. Give either from/to or financialYear. */
export type TrendInput = {
  /** A second dimension for a cross-tab: one series per (groupBy, crossBy) pair. */
  crossBy?: Dimension | null | undefined;
  filter?: TrendFilter | null | undefined;
  /** A financial year such as '2009/10' (1 April to 31 March), instead of from/to. */
  financialYear?: string | null | undefined;
  /** First day received (inclusive). */
  from?: string | null | undefined;
  granularity?: Granularity | null | undefined;
  /** Split into one series per value; leave out for a single series of all contacts. */
  groupBy?: Dimension | null | undefined;
  measure?: TrendMeasure | null | undefined;
  /** Last day received (inclusive). */
  to?: string | null | undefined;
};

export type TrendMeasure =
  /** Of the contacts with an acknowledgement due and sent, the percentage sent on or before the due date. */
  | 'ACKNOWLEDGED_IN_TIME_PERCENT'
  /** Number of contacts received. */
  | 'CONTACTS'
  /** Median working days from receipt to the response, over contacts responded to. */
  | 'MEDIAN_WORKING_DAYS_TO_RESPONSE'
  /** Of the contacts with a response due and sent, the percentage sent on or before the due date. */
  | 'RESPONDED_IN_TIME_PERCENT';

export type SignInMutationVariables = Exact<{
  email: string;
  password: string;
}>;


export type SignInMutation = { login: { user: { id: string, role: Role } } };

export type SignOutMutationVariables = Exact<{ [key: string]: never; }>;


export type SignOutMutation = { logout: boolean };

export type CurrentUserQueryVariables = Exact<{ [key: string]: never; }>;


export type CurrentUserQuery = { me: { id: string, email: string, name: string, role: Role, serviceAreas: Array<string> } | null };

export type TrendFinancialYearsQueryVariables = Exact<{
  to: string;
}>;


export type TrendFinancialYearsQuery = { trend: { periods: Array<string>, series: Array<{ points: Array<{ period: string, count: number }> }> } };

export type TrendOptionsQueryVariables = Exact<{ [key: string]: never; }>;


export type TrendOptionsQuery = { recordTypes: Array<{ code: string, name: string, group: RecordTypeGroup }>, channels: Array<{ code: string, name: string }>, divisions: Array<{ code: string, name: string }>, serviceAreas: Array<{ code: string, name: string }>, issueCategories: Array<{ code: string, name: string, issues: Array<{ code: string, name: string }> }> };

export type TrendQueryVariables = Exact<{
  input: TrendInput;
}>;


export type TrendQuery = { trend: { measure: TrendMeasure, granularity: Granularity, groupBy: Dimension | null, crossBy: Dimension | null, from: string, to: string, periods: Array<string>, definition: string, total: number | null, totalCount: number, countsContactsOncePerValue: boolean, series: Array<{ key: string, label: string, crossKey: string | null, crossLabel: string | null, total: number | null, totalCount: number, points: Array<{ period: string, value: number | null, count: number }> }> } };


export const SignInDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SignIn"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"email"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"password"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"email"},"value":{"kind":"Variable","name":{"kind":"Name","value":"email"}}},{"kind":"Argument","name":{"kind":"Name","value":"password"},"value":{"kind":"Variable","name":{"kind":"Name","value":"password"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}}]}}]} as unknown as DocumentNode<SignInMutation, SignInMutationVariables>;
export const SignOutDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SignOut"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"logout"}}]}}]} as unknown as DocumentNode<SignOutMutation, SignOutMutationVariables>;
export const CurrentUserDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CurrentUser"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"serviceAreas"}}]}}]}}]} as unknown as DocumentNode<CurrentUserQuery, CurrentUserQueryVariables>;
export const TrendFinancialYearsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TrendFinancialYears"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LocalDate"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"trend"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"from"},"value":{"kind":"StringValue","value":"1990-04-01","block":false}},{"kind":"ObjectField","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"granularity"},"value":{"kind":"EnumValue","value":"FINANCIAL_YEAR"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"periods"}},{"kind":"Field","name":{"kind":"Name","value":"series"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"points"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}}]}}]}}]} as unknown as DocumentNode<TrendFinancialYearsQuery, TrendFinancialYearsQueryVariables>;
export const TrendOptionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TrendOptions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordTypes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"group"}}]}},{"kind":"Field","name":{"kind":"Name","value":"channels"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"divisions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"serviceAreas"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"issueCategories"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"issues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<TrendOptionsQuery, TrendOptionsQueryVariables>;
export const TrendDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Trend"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TrendInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"trend"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"measure"}},{"kind":"Field","name":{"kind":"Name","value":"granularity"}},{"kind":"Field","name":{"kind":"Name","value":"groupBy"}},{"kind":"Field","name":{"kind":"Name","value":"crossBy"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"periods"}},{"kind":"Field","name":{"kind":"Name","value":"definition"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"countsContactsOncePerValue"}},{"kind":"Field","name":{"kind":"Name","value":"series"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"crossKey"}},{"kind":"Field","name":{"kind":"Name","value":"crossLabel"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"points"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}}]}}]}}]} as unknown as DocumentNode<TrendQuery, TrendQueryVariables>;