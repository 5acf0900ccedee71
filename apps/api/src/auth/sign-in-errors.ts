/** The refusals a sign-in may meet besides a wrong password. */
import { GraphQLError } from 'graphql';

export function tooManyAttempts(retryAfterMs: number): GraphQLError {
  const minutes = Math.max(1, Math.ceil(retryAfterMs / 60_000));
  return new GraphQLError(`Too many failed sign-in attempts. Try again in ${minutes} minute${minutes === 1 ? '' : 's'}.`, {
    extensions: { code: 'TOO_MANY_ATTEMPTS', retryAfterSeconds: Math.max(1, Math.ceil(retryAfterMs / 1000)), http: { status: 429 } },
  });
}

/** Every password-check slot and queue place is taken: refused at once rather than queued behind a flood. */
export function signInBusy(): GraphQLError {
  return new GraphQLError('Too many people are signing in at this moment. Try again in a few seconds.', {
    extensions: { code: 'TOO_MANY_ATTEMPTS', reason: 'BUSY', retryAfterSeconds: 2, http: { status: 503 } },
  });
}

/** The shared store of sign-in counts is down: signing in fails closed. */
export function signInUnavailable(): GraphQLError {
  return new GraphQLError('Signing in is unavailable at the moment. Try again in a minute.', {
    extensions: { code: 'SERVICE_UNAVAILABLE', retryAfterSeconds: 60, http: { status: 503 } },
  });
}
