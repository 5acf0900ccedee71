/**
 * The tracker's refusal beyond BAD_USER_INPUT and NOT_FOUND: a service manager
 * touching another area's action (FORBIDDEN). A stale version is not an error:
 * the mutations answer with a VersionConflict (learning-action-result.types.ts).
 */
import { GraphQLError } from 'graphql';

const REFUSALS = {
  create: 'create learning actions for',
  change: 'change learning actions of',
  move: 'move learning actions to',
} as const;

export function outsideYourAreas(doing: keyof typeof REFUSALS): GraphQLError {
  return new GraphQLError(`Service managers may only ${REFUSALS[doing]} their own service areas.`, {
    extensions: { code: 'FORBIDDEN', http: { status: 403 } },
  });
}
