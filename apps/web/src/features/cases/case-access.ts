import type { Role } from '../../graphql/graphql';
import { ACCESS, mayUse } from '../../app/access';

/** Who may record contacts and their steps (the API's CASES_WRITE); the API refuses anyone else regardless. */
export function mayRecordCases(role: Role): boolean {
  return mayUse(role, ACCESS.CASES_WRITE);
}
