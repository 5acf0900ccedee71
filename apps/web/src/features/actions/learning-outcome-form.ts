/**
 * The "what was learned?" form's rules: its draft, its own checks, what it
 * sends, and the API's refusals put beside their fields. Pure (tested in
 * learning-outcome-form.test.ts); the API checks the same again.
 */
import { ACTION_TEXT_MAX_LENGTH, financialYearOf, financialYearRange, isIsoDate, PROGRESS_TEXT_MAX_LENGTH, type LearningOutcomeKind } from '@complaints/domain';
import type { CombinedError } from 'urql';
import type { LearningOutcomeInput } from '../../graphql/graphql';

/** The complaint the answer is about: its response date, primary service area and primary issue. */
export interface ClosureContact {
  id: string;
  responseSentDate?: string | null;
  recordType: { group: string };
  serviceAreas: ReadonlyArray<{ code: string; name: string }>;
  issues: ReadonlyArray<{ code: string; name: string }>;
}

export interface OutcomeForm {
  kind: LearningOutcomeKind | '';
  actionId: string;
  issueIdentified: string;
  actionNeeded: string;
  byWhom: string;
  serviceArea: string;
  dueDate: string;
  note: string;
}

export type OutcomeFormField = Exclude<keyof OutcomeForm, never>;
export type OutcomeFormErrors = Partial<Record<OutcomeFormField | 'form', string>>;

/** Fields in the order they appear, for the error summary. */
export const OUTCOME_FIELDS: OutcomeFormField[] = ['kind', 'actionId', 'issueIdentified', 'actionNeeded', 'byWhom', 'serviceArea', 'dueDate', 'note'];

export const OUTCOME_LABELS: Record<OutcomeFormField, string> = {
  kind: 'What was learned',
  actionId: 'Learning action',
  issueIdentified: 'Issue identified',
  actionNeeded: 'Action needed',
  byWhom: 'By whom',
  serviceArea: 'Service area',
  dueDate: 'Due date',
  note: 'Anything to add',
};

/** A blank answer; a new action would start in the complaint's primary service area. */
export function newOutcomeForm(contact: ClosureContact): OutcomeForm {
  return { kind: '', actionId: '', issueIdentified: '', actionNeeded: '', byWhom: '', serviceArea: contact.serviceAreas[0]?.code ?? '', dueDate: '', note: '' };
}

/** The financial year a new action goes into: the one the response was sent in. */
export function newActionYear(contact: ClosureContact): string | null {
  return contact.responseSentDate ? financialYearOf(contact.responseSentDate) : null;
}

function text(errors: OutcomeFormErrors, field: 'issueIdentified' | 'actionNeeded' | 'byWhom', value: string, missing: string) {
  const trimmed = value.trim();
  if (!trimmed) errors[field] = missing;
  else if (trimmed.length > ACTION_TEXT_MAX_LENGTH[field]) {
    errors[field] = `${OUTCOME_LABELS[field]} must be ${ACTION_TEXT_MAX_LENGTH[field].toLocaleString('en-GB')} characters or fewer`;
  }
}

export function validateOutcomeForm(form: OutcomeForm, contact: ClosureContact): OutcomeFormErrors {
  const errors: OutcomeFormErrors = {};
  if (!form.kind) errors.kind = 'Choose what was learned from this complaint';
  if (form.kind === 'EXISTING_ACTION' && !form.actionId) errors.actionId = 'Choose the learning action this complaint adds to';
  if (form.kind === 'NEW_ACTION') {
    text(errors, 'issueIdentified', form.issueIdentified, 'Enter the issue identified');
    text(errors, 'actionNeeded', form.actionNeeded, 'Enter the action needed');
    text(errors, 'byWhom', form.byWhom, 'Enter who will carry out the action');
    const due = form.dueDate.trim();
    const year = newActionYear(contact);
    if (due && !isIsoDate(due)) errors.dueDate = 'Due date must be a real date, for example 31 March 2011';
    else if (due && year && due < financialYearRange(year).from) errors.dueDate = `Due date must be on or after the start of ${year}`;
  }
  if (form.note.trim().length > PROGRESS_TEXT_MAX_LENGTH) errors.note = `${OUTCOME_LABELS.note} must be ${PROGRESS_TEXT_MAX_LENGTH.toLocaleString('en-GB')} characters or fewer`;
  return errors;
}

export function hasOutcomeErrors(errors: OutcomeFormErrors): boolean {
  return Object.values(errors).some(Boolean);
}

/** What a (valid) form sends. A new action answers the complaint's primary issue. */
export function outcomeInput(form: OutcomeForm, contact: ClosureContact): LearningOutcomeInput {
  const note = form.note.trim() || null;
  if (form.kind === 'EXISTING_ACTION') return { kind: 'EXISTING_ACTION', actionId: form.actionId, note };
  if (form.kind === 'NEW_ACTION') {
    const issue = contact.issues[0]?.code;
    return {
      kind: 'NEW_ACTION',
      note,
      newAction: {
        issueIdentified: form.issueIdentified.trim(),
        actionNeeded: form.actionNeeded.trim(),
        byWhom: form.byWhom.trim(),
        serviceArea: form.serviceArea || null,
        dueDate: form.dueDate.trim() || null,
        issues: issue ? [issue] : null,
      },
    };
  }
  return { kind: 'NONE', note };
}

/** 'newAction.byWhom' → 'byWhom'; the input's own fields as they are; anything else (contactId) above the form. */
function formField(field: unknown): OutcomeFormField | null {
  if (typeof field !== 'string') return null;
  const name = field.startsWith('newAction.') ? field.slice('newAction.'.length) : field;
  return (OUTCOME_FIELDS as string[]).includes(name) ? (name as OutcomeFormField) : null;
}

/** A refused answer in words: each BAD_USER_INPUT problem beside its field, the rest above the form. */
export function outcomeErrorsFromApi(error: CombinedError): OutcomeFormErrors {
  const first = error.graphQLErrors[0];
  if (!first) return { form: 'Nothing was saved because Complaints Insight could not reach its server. Check your connection and try again.' };
  if (first.extensions?.code !== 'BAD_USER_INPUT') return { form: first.message };
  const problems = Array.isArray(first.extensions.problems)
    ? (first.extensions.problems as Array<{ field?: unknown; message?: unknown }>)
    : [{ field: first.extensions.field, message: first.message }];
  const errors: OutcomeFormErrors = {};
  const other: string[] = [];
  for (const problem of problems) {
    const field = formField(problem.field);
    const message = typeof problem.message === 'string' ? problem.message : first.message;
    if (field) errors[field] ??= /^(must|is) /.test(message) ? `${OUTCOME_LABELS[field]} ${message}` : `${OUTCOME_LABELS[field]}: ${message}`;
    else other.push(`This complaint ${message}`);
  }
  if (other.length) errors.form = other.join(' ');
  return errors;
}
