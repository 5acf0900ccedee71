/**
 * Form errors for case work: messages beside fields and in the error summary,
 * from the form's own checks or from the API's BAD_USER_INPUT `problems`
 * (`extensions.problems: [{ field, message }]`), each put beside the field it names.
 */
import type { CombinedError } from 'urql';
import type { ErrorSummaryItem } from '../../components/ErrorSummary';
import { humaniseDates } from './case-dates';

export interface FormErrors<Field extends string> {
  /** One message per field, shown beside it. */
  fields: Partial<Record<Field, string>>;
  /** Messages about the whole form (shown in the summary only). */
  form: string[];
}

export function noErrors<Field extends string>(): FormErrors<Field> {
  return { fields: {}, form: [] };
}

export function hasErrors<Field extends string>(errors: FormErrors<Field>): boolean {
  return errors.form.length > 0 || Object.values(errors.fields).some(Boolean);
}

/** The summary: form-wide messages first, then the fields' in the order they appear in the form. */
export function summaryItems<Field extends string>(
  errors: FormErrors<Field>,
  order: readonly Field[],
  fieldId: (field: Field) => string = (field) => field,
): ErrorSummaryItem[] {
  return [
    ...errors.form.map((message) => ({ message })),
    ...order.flatMap((field) => {
      const message = errors.fields[field];
      return message ? [{ fieldId: fieldId(field), message }] : [];
    }),
  ];
}

export interface ApiProblem {
  field: string;
  message: string;
}

/** The API's problems when it refused the input (BAD_USER_INPUT), else null. */
export function apiProblems(error: CombinedError): ApiProblem[] | null {
  const first = error.graphQLErrors[0];
  if (!first || first.extensions?.code !== 'BAD_USER_INPUT') return null;
  const problems = first.extensions.problems;
  if (Array.isArray(problems)) {
    return problems.filter(
      (p): p is ApiProblem => typeof p === 'object' && p !== null && typeof p.field === 'string' && typeof p.message === 'string',
    );
  }
  const field = first.extensions.field;
  return [{ field: typeof field === 'string' ? field : '', message: first.message }];
}

const STARTS_WITH_VERB = /^(is|was|are|were|cannot|can|must|has|have|should|needs)\b/;

/**
 * The API's terse problem as a sentence about the field: 'is required' →
 * 'Date received is required'; 'unknown service area 'X'' → 'Unknown service
 * area 'X''; ISO dates written as people read them.
 */
export function problemSentence(message: string, subject: string): string {
  const text = humaniseDates(message.trim());
  if (STARTS_WITH_VERB.test(text)) return `${subject} ${text}`;
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export interface ApiErrorOptions<Field extends string> {
  /** The form's fields the API names, each with the words for it ("Date received"). */
  fields: Record<Field, string>;
  /** What to call the record when a problem names no field of the form, e.g. "This contact". */
  subject: string;
  /** What was being done, for messages without the API's words, e.g. "The contact was not recorded". */
  action: string;
}

/** Puts each of the API's problems beside the field it names; the rest go above the form. */
export function errorsFromApi<Field extends string>(error: CombinedError, { fields, subject, action }: ApiErrorOptions<Field>): FormErrors<Field> {
  const errors = noErrors<Field>();
  const first = error.graphQLErrors[0];
  if (error.networkError && !first) {
    errors.form.push(`${action} because Complaints Insight could not reach its server. Check your connection and try again`);
    return errors;
  }
  const problems = apiProblems(error);
  if (problems) {
    for (const { field, message } of problems) {
      if (Object.hasOwn(fields, field)) {
        const key = field as Field;
        // One message per field: the first is the one to fix first.
        errors.fields[key] ??= problemSentence(message, fields[key]);
      } else {
        errors.form.push(problemSentence(message, subject));
      }
    }
    if (hasErrors(errors)) return errors;
  }
  switch (first?.extensions?.code) {
    case 'FORBIDDEN':
      errors.form.push(`${action} because your role does not allow it`);
      break;
    case 'UNAUTHENTICATED':
      errors.form.push(`${action} because your session has ended. Sign in again`);
      break;
    case 'NOT_FOUND':
      errors.form.push(`${action}. ${first.message}`);
      break;
    default:
      errors.form.push(`${action}. Try again, and if the problem continues contact the system administrator`);
  }
  return errors;
}
