import { Ctx, Query, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../graphql/context';
import { AccessibilityStatementDetails } from './accessibility-statement.types';

@Resolver()
export class AccessibilityStatementResolver {
  // No @Authorized: the statement must be readable by anyone, signed in or not (PSBAR 2018 reg 8).
  @Query(() => AccessibilityStatementDetails, {
    description: 'The configured parts of the accessibility statement: the council and its contact for accessibility problems. No sign-in needed.',
  })
  accessibilityStatement(@Ctx() { accessibilityStatement }: GraphQLContext): AccessibilityStatementDetails {
    return accessibilityStatement;
  }
}
