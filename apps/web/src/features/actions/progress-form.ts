/**
 * The progress and closing-note fields' own checks, in words beside the field
 * (the API checks the same rule: @complaints/domain checkNoteText). Pure.
 */
import { checkNoteText, PROGRESS_TEXT_MAX_LENGTH } from '@complaints/domain';
import type { CombinedError } from 'urql';

const LIMIT = PROGRESS_TEXT_MAX_LENGTH.toLocaleString('en-GB');

/** The error for a note as typed, or undefined when it may be sent. `missing` says what to enter. */
export function noteError(label: string, text: string, missing: string | null): string | undefined {
  const checked = checkNoteText(text, missing !== null);
  if (checked.ok) return undefined;
  return checked.message === 'must not be empty' ? (missing ?? undefined) : `${label} must be ${LIMIT} characters or fewer`;
}

/**
 * A refused note in words: BAD_USER_INPUT naming `field` goes beside the field
 * (the label first, as the form says it); anything else above it.
 */
export function noteErrorsFromApi(error: CombinedError, field: string, label: string): { field?: string; form?: string } {
  const first = error.graphQLErrors[0];
  if (!first) return { form: 'Nothing was saved because Complaints Insight could not reach its server. Check your connection and try again.' };
  const problem = first.extensions?.code === 'BAD_USER_INPUT' && first.extensions.field === field;
  if (!problem) return { form: first.message };
  const message = Array.isArray(first.extensions.problems)
    ? String((first.extensions.problems as Array<{ message?: unknown }>)[0]?.message ?? first.message)
    : first.message;
  return { field: /^(must|is) /.test(message) ? `${label} ${message}` : message };
}
