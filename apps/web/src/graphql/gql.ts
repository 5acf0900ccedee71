/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  mutation SignIn($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      user {\n        id\n        role\n      }\n    }\n  }\n": typeof types.SignInDocument,
    "\n  mutation SignOut {\n    logout\n  }\n": typeof types.SignOutDocument,
    "\n  query CurrentUser {\n    me {\n      id\n      email\n      name\n      role\n      serviceAreas\n    }\n  }\n": typeof types.CurrentUserDocument,
    "\n  query TrendFinancialYears($to: LocalDate!) {\n    trend(input: { from: \"1990-04-01\", to: $to, granularity: FINANCIAL_YEAR }) {\n      periods\n      series {\n        points {\n          period\n          count\n        }\n      }\n    }\n  }\n": typeof types.TrendFinancialYearsDocument,
    "\n  query TrendOptions {\n    recordTypes {\n      code\n      name\n      group\n    }\n    channels {\n      code\n      name\n    }\n    divisions {\n      code\n      name\n    }\n    serviceAreas {\n      code\n      name\n    }\n    issueCategories {\n      code\n      name\n      issues {\n        code\n        name\n      }\n    }\n  }\n": typeof types.TrendOptionsDocument,
    "\n  query Trend($input: TrendInput!) {\n    trend(input: $input) {\n      measure\n      granularity\n      groupBy\n      crossBy\n      from\n      to\n      periods\n      definition\n      total\n      totalCount\n      countsContactsOncePerValue\n      series {\n        key\n        label\n        crossKey\n        crossLabel\n        total\n        totalCount\n        points {\n          period\n          value\n          count\n        }\n      }\n    }\n  }\n": typeof types.TrendDocument,
};
const documents: Documents = {
    "\n  mutation SignIn($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      user {\n        id\n        role\n      }\n    }\n  }\n": types.SignInDocument,
    "\n  mutation SignOut {\n    logout\n  }\n": types.SignOutDocument,
    "\n  query CurrentUser {\n    me {\n      id\n      email\n      name\n      role\n      serviceAreas\n    }\n  }\n": types.CurrentUserDocument,
    "\n  query TrendFinancialYears($to: LocalDate!) {\n    trend(input: { from: \"1990-04-01\", to: $to, granularity: FINANCIAL_YEAR }) {\n      periods\n      series {\n        points {\n          period\n          count\n        }\n      }\n    }\n  }\n": types.TrendFinancialYearsDocument,
    "\n  query TrendOptions {\n    recordTypes {\n      code\n      name\n      group\n    }\n    channels {\n      code\n      name\n    }\n    divisions {\n      code\n      name\n    }\n    serviceAreas {\n      code\n      name\n    }\n    issueCategories {\n      code\n      name\n      issues {\n        code\n        name\n      }\n    }\n  }\n": types.TrendOptionsDocument,
    "\n  query Trend($input: TrendInput!) {\n    trend(input: $input) {\n      measure\n      granularity\n      groupBy\n      crossBy\n      from\n      to\n      periods\n      definition\n      total\n      totalCount\n      countsContactsOncePerValue\n      series {\n        key\n        label\n        crossKey\n        crossLabel\n        total\n        totalCount\n        points {\n          period\n          value\n          count\n        }\n      }\n    }\n  }\n": types.TrendDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignIn($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      user {\n        id\n        role\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SignIn($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      user {\n        id\n        role\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignOut {\n    logout\n  }\n"): (typeof documents)["\n  mutation SignOut {\n    logout\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CurrentUser {\n    me {\n      id\n      email\n      name\n      role\n      serviceAreas\n    }\n  }\n"): (typeof documents)["\n  query CurrentUser {\n    me {\n      id\n      email\n      name\n      role\n      serviceAreas\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TrendFinancialYears($to: LocalDate!) {\n    trend(input: { from: \"1990-04-01\", to: $to, granularity: FINANCIAL_YEAR }) {\n      periods\n      series {\n        points {\n          period\n          count\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query TrendFinancialYears($to: LocalDate!) {\n    trend(input: { from: \"1990-04-01\", to: $to, granularity: FINANCIAL_YEAR }) {\n      periods\n      series {\n        points {\n          period\n          count\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TrendOptions {\n    recordTypes {\n      code\n      name\n      group\n    }\n    channels {\n      code\n      name\n    }\n    divisions {\n      code\n      name\n    }\n    serviceAreas {\n      code\n      name\n    }\n    issueCategories {\n      code\n      name\n      issues {\n        code\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query TrendOptions {\n    recordTypes {\n      code\n      name\n      group\n    }\n    channels {\n      code\n      name\n    }\n    divisions {\n      code\n      name\n    }\n    serviceAreas {\n      code\n      name\n    }\n    issueCategories {\n      code\n      name\n      issues {\n        code\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Trend($input: TrendInput!) {\n    trend(input: $input) {\n      measure\n      granularity\n      groupBy\n      crossBy\n      from\n      to\n      periods\n      definition\n      total\n      totalCount\n      countsContactsOncePerValue\n      series {\n        key\n        label\n        crossKey\n        crossLabel\n        total\n        totalCount\n        points {\n          period\n          value\n          count\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Trend($input: TrendInput!) {\n    trend(input: $input) {\n      measure\n      granularity\n      groupBy\n      crossBy\n      from\n      to\n      periods\n      definition\n      total\n      totalCount\n      countsContactsOncePerValue\n      series {\n        key\n        label\n        crossKey\n        crossLabel\n        total\n        totalCount\n        points {\n          period\n          value\n          count\n        }\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;