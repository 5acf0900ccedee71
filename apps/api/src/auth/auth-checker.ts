/**
 * The one auth checker: no user → UNAUTHENTICATED; a user still holding a
 * temporary password → PASSWORD_CHANGE_REQUIRED for everything but changing
 * it; a user whose role is not among those a resolver names → FORBIDDEN.
 */
import { GraphQLError } from 'graphql';
import type { AuthChecker } from 'type-graphql';
import type { GraphQLContext } from '../graphql/context';
import type { Role } from './role';

export function unauthenticated(): GraphQLError {
  return new GraphQLError('Sign in to do this.', { extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } } });
}

export function forbidden(what = 'this'): GraphQLError {
  return new GraphQLError(`Your role may not do ${what}.`, { extensions: { code: 'FORBIDDEN', http: { status: 403 } } });
}

export const PASSWORD_CHANGE_REQUIRED_MESSAGE = 'Change your temporary password before doing anything else.';

export function passwordChangeRequired(): GraphQLError {
  return new GraphQLError(PASSWORD_CHANGE_REQUIRED_MESSAGE, { extensions: { code: 'PASSWORD_CHANGE_REQUIRED', http: { status: 403 } } });
}

/**
 * What someone holding a temporary password may still use, besides the fields
 * that need no sign-in (`me`, `login`, `logout`): whoever learnt the temporary
 * password on its way must not be able to use the account as it is.
 */
export const ALLOWED_BEFORE_PASSWORD_CHANGE: ReadonlySet<string> = new Set(['Mutation.changeOwnPassword']);

export const authChecker: AuthChecker<GraphQLContext, Role> = ({ context, info }, roles) => {
  if (!context.user) throw unauthenticated();
  const field = `${info.parentType.name}.${info.fieldName}`;
  if (context.user.mustChangePassword && !ALLOWED_BEFORE_PASSWORD_CHANGE.has(field)) throw passwordChangeRequired();
  if (roles.length && !roles.includes(context.user.role)) throw forbidden(field);
  return true;
};
