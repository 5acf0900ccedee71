/**
 * The one auth checker: no user → UNAUTHENTICATED; a user whose role is not
 * among those a resolver names → FORBIDDEN.
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

export const authChecker: AuthChecker<GraphQLContext, Role> = ({ context, info }, roles) => {
  if (!context.user) throw unauthenticated();
  if (roles.length && !roles.includes(context.user.role)) throw forbidden(`${info.parentType.name}.${info.fieldName}`);
  return true;
};
