/** Why a change (pause, revoke, delete…) was refused, in words, from the API's error code and message. */
import type { CombinedError } from 'urql';

export function changeProblem(error: CombinedError, what: string): string {
  const first = error.graphQLErrors[0];
  if (error.networkError && !first) {
    return `${what} because Complaints Insight could not reach its server. Check your connection and try again.`;
  }
  switch (first?.extensions?.code) {
    case 'FORBIDDEN':
      return `${what} because your role does not allow it.`;
    case 'UNAUTHENTICATED':
      return `${what} because your session has ended. Sign in again, then try again.`;
    case 'NOT_FOUND':
    case 'BAD_USER_INPUT':
      return `${what}. ${first.message}`;
    default:
      return `${what}. Try again, and if the problem continues contact the system administrator.`;
  }
}
