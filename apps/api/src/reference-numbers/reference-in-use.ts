/**
 * The unique index on a reference is the last word when two saves race with
 * the same explicit reference: its violation becomes the same refusal as a
 * reference found in use, never a driver message.
 */
import { QueryFailedError } from 'typeorm';
import { badUserInput } from '../graphql/errors';

const UNIQUE_VIOLATION_CODES = new Set(['ER_DUP_ENTRY', 'SQLITE_CONSTRAINT_UNIQUE', 'SQLITE_CONSTRAINT_PRIMARYKEY']);

export function isUniqueViolation(error: unknown): boolean {
  if (!(error instanceof QueryFailedError)) return false;
  const code = (error.driverError as { code?: unknown } | undefined)?.code;
  return typeof code === 'string' && UNIQUE_VIOLATION_CODES.has(code);
}

/** BAD_USER_INPUT naming `reference`; `reference` is null when it was generated. */
export function referenceInUse(subject: string, reference: string | null) {
  return badUserInput(subject, [
    {
      field: 'reference',
      message: reference ? `'${reference}' is already in use` : 'was taken by another save at the same moment; try again',
    },
  ]);
}
