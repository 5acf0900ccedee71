/**
 * The edit and create forms' rules: values as the form holds them (text), as
 * the API holds them (codes, numbers, null), what changed, what to send, and
 * the API's refusals put next to their fields. Pure (tested in action-form.test.ts).
 */
import type { CombinedError } from 'urql';
import type { CreateLearningActionInput, LearningActionStatus, UpdateLearningActionInput } from '../../graphql/graphql';
import { ACTION_FIELDS, FIELD_LABELS, isActionField, type ActionField } from './action-labels';
import {
  ACTION_TEXT_MAX_LENGTH as MAX_LENGTH,
  ISSUES_FIELD,
  sameIssues,
  financialYearRange,
  isFinancialYear,
  isIsoDate,
  learningActionValues,
  type ActionReferenceCodes,
  type LearningActionValues,
} from '@complaints/domain';
import { formatDate } from './action-format';

/** An action's editable values as the API stores them (reference data as codes), and the codes of the issues it answers. */
export type ActionValues = LearningActionValues & { issues: readonly string[] };

/** Anything shaped like a LearningAction: the list's records and a conflict's `current`. */
export type ActionLike = Omit<LearningActionValues, keyof ActionReferenceCodes> & {
  issueCategory: { code: string } | null;
  serviceArea: { code: string } | null;
  issues: ReadonlyArray<{ code: string }>;
};

/** The form's draft: every control's text ('' for nothing chosen), and the issues ticked. */
export type ActionForm = { [K in ActionField]: K extends 'status' ? LearningActionStatus : string } & { issues: readonly string[] };

/** The create form also asks which financial year the issue belongs to. */
export interface NewActionForm extends ActionForm {
  financialYear: string;
}

export type ActionFormField = ActionField | typeof ISSUES_FIELD | 'financialYear';

/** Errors by field; `form` is about the whole form (e.g. nothing changed, the server unreachable). */
export type ActionFormErrors = Partial<Record<ActionFormField | 'form', string>>;

export function valuesOf(action: ActionLike): ActionValues {
  return {
    ...learningActionValues(action, { issueCategory: action.issueCategory?.code ?? null, serviceArea: action.serviceArea?.code ?? null }),
    issues: action.issues.map((issue) => issue.code),
  };
}

export function formOf(values: ActionValues): ActionForm {
  return {
    issueIdentified: values.issueIdentified,
    issueCategory: values.issueCategory ?? '',
    serviceArea: values.serviceArea ?? '',
    count: values.count === null ? '' : String(values.count),
    actionNeeded: values.actionNeeded,
    byWhom: values.byWhom,
    status: values.status,
    furtherAction: values.furtherAction ?? '',
    dueDate: values.dueDate ?? '',
    issues: values.issues,
  };
}

/** A blank create form: Open, in this financial year, in the only service area a manager has. */
export function newActionForm(financialYear: string, serviceArea = ''): NewActionForm {
  return {
    financialYear,
    issueIdentified: '',
    issueCategory: '',
    serviceArea,
    count: '',
    actionNeeded: '',
    byWhom: '',
    status: 'OPEN',
    furtherAction: '',
    dueDate: '',
    issues: [],
  };
}

const blankToNull = (text: string): string | null => (text.trim() === '' ? null : text.trim());

/** The values a (valid) form stands for: text trimmed, blanks as null. */
export function valuesFromForm(form: ActionForm): ActionValues {
  const count = form.count.trim();
  return {
    issueIdentified: form.issueIdentified.trim(),
    issueCategory: form.issueCategory || null,
    serviceArea: form.serviceArea || null,
    count: count === '' ? null : Number(count),
    actionNeeded: form.actionNeeded.trim(),
    byWhom: form.byWhom.trim(),
    status: form.status,
    furtherAction: blankToNull(form.furtherAction),
    dueDate: blankToNull(form.dueDate),
    issues: form.issues,
  };
}

function checkText(
  errors: ActionFormErrors,
  field: keyof typeof MAX_LENGTH,
  value: string,
  missing: string | null,
): void {
  const text = value.trim();
  if (text === '' && missing) errors[field] = missing;
  else if (text.length > MAX_LENGTH[field]) {
    errors[field] = `${FIELD_LABELS[field]} must be ${MAX_LENGTH[field].toLocaleString('en-GB')} characters or fewer`;
  }
}

export interface ValidationContext {
  /** The action's financial year: the due date may not be before it starts. */
  financialYear: string;
  /** Service managers must keep an action in one of their service areas. */
  serviceAreaRequired: boolean;
}

/** The form's own checks, in the order the fields appear; the API checks the same again. */
export function validateActionForm(form: ActionForm, { financialYear, serviceAreaRequired }: ValidationContext): ActionFormErrors {
  const errors: ActionFormErrors = {};
  checkText(errors, 'issueIdentified', form.issueIdentified, 'Enter the issue identified');
  if (serviceAreaRequired && !form.serviceArea) errors.serviceArea = 'Choose one of your service areas';
  const count = form.count.trim();
  if (count !== '' && !/^\d+$/.test(count)) errors.count = 'Number of complaints must be a whole number, 0 or more';
  checkText(errors, 'actionNeeded', form.actionNeeded, 'Enter the action needed');
  checkText(errors, 'byWhom', form.byWhom, 'Enter who will carry out the action');
  checkText(errors, 'furtherAction', form.furtherAction, null);
  const due = form.dueDate.trim();
  if (due !== '') {
    if (!isIsoDate(due)) errors.dueDate = 'Due date must be a real date, for example 31 March 2011';
    else if (isFinancialYear(financialYear) && due < financialYearRange(financialYear).from) {
      errors.dueDate = `Due date must be on or after ${formatDate(financialYearRange(financialYear).from)}, the start of ${financialYear}`;
    }
  }
  return errors;
}

/** The create form: the financial year first, then the same checks as an edit. */
export function validateNewActionForm(form: NewActionForm, serviceAreaRequired: boolean): ActionFormErrors {
  const financialYear = form.financialYear.trim();
  const errors: ActionFormErrors = {};
  if (financialYear === '') errors.financialYear = 'Enter the financial year';
  else if (!isFinancialYear(financialYear)) errors.financialYear = 'Financial year must be two years in a row, like 2010/11';
  return { ...errors, ...validateActionForm(form, { financialYear, serviceAreaRequired }) };
}

export function hasErrors(errors: ActionFormErrors): boolean {
  return Object.values(errors).some(Boolean);
}

/** The fields whose values differ, in display order. */
export function changedFields(before: ActionValues, after: ActionValues): ActionField[] {
  return ACTION_FIELDS.filter((field) => before[field] !== after[field]);
}

/** Whether the draft differs from what the form started with. */
export function isDirty(start: ActionForm, draft: ActionForm): boolean {
  return ACTION_FIELDS.some((field) => start[field] !== draft[field]) || !sameIssues(start.issues, draft.issues);
}

/** The issues still ticked once the category is `category`: those of it (none when no category is chosen). */
export function issuesInCategory(issues: readonly string[], category: string, categories: ReadonlyArray<{ code: string; issues: ReadonlyArray<{ code: string }> }>): string[] {
  const allowed = new Set(categories.find((c) => c.code === category)?.issues.map((issue) => issue.code) ?? []);
  return issues.filter((code) => allowed.has(code));
}

/**
 * A partial update: the fields the person changed from the version they
 * loaded (`base`), leaving out any the stored version (`current`, after a
 * conflict) already has. null clears an optional field. Empty when there is
 * nothing left to send.
 */
export function updateInput(base: ActionValues, draft: ActionValues, current: ActionValues = base): UpdateLearningActionInput {
  const input: Record<string, unknown> = {};
  for (const field of changedFields(base, draft)) {
    if (draft[field] !== current[field]) input[field] = draft[field];
  }
  // The set is sent whole, and replaces the stored one.
  if (!sameIssues(base.issues, draft.issues) && !sameIssues(draft.issues, current.issues)) input.issues = [...draft.issues];
  return input as UpdateLearningActionInput;
}

export function createInput(form: NewActionForm): CreateLearningActionInput {
  const values = valuesFromForm(form);
  const input: CreateLearningActionInput = {
    financialYear: form.financialYear.trim(),
    issueIdentified: values.issueIdentified,
    actionNeeded: values.actionNeeded,
    byWhom: values.byWhom,
    status: values.status,
  };
  if (values.issueCategory !== null) input.issueCategory = values.issueCategory;
  if (values.serviceArea !== null) input.serviceArea = values.serviceArea;
  if (values.count !== null) input.count = values.count;
  if (values.furtherAction !== null) input.furtherAction = values.furtherAction;
  if (values.dueDate !== null) input.dueDate = values.dueDate;
  if (values.issues.length) input.issues = [...values.issues];
  return input;
}

/** "must not be empty" → "Action needed must not be empty"; "'x' is not a real date…" → "Due date: 'x' is not…". */
function apiMessage(field: ActionFormField, message: string): string {
  const label = field === 'financialYear' ? 'Financial year' : FIELD_LABELS[field];
  return /^(must|is|changes) /.test(message) ? `${label} ${message}` : `${label}: ${message}`;
}

function isFormField(field: unknown): field is ActionFormField {
  return typeof field === 'string' && (field === 'financialYear' || field === ISSUES_FIELD || isActionField(field));
}

/**
 * A refused save in words: BAD_USER_INPUT next to the field its
 * `extensions.field` (and each of its `extensions.problems`) names, anything
 * else above the form. CONFLICT is handled apart (see action-conflict.ts).
 */
export function actionErrorsFromApi(error: CombinedError, doing = 'saved'): ActionFormErrors {
  const first = error.graphQLErrors[0];
  if (!first) {
    return {
      form: `Your changes could not be ${doing} because Complaints Insight could not reach its server. Check your connection and try again.`,
    };
  }
  const extensions = first.extensions ?? {};
  if (extensions.code === 'BAD_USER_INPUT') {
    const problems = Array.isArray(extensions.problems)
      ? (extensions.problems as Array<{ field?: unknown; message?: unknown }>)
      : [{ field: extensions.field, message: first.message }];
    const errors: ActionFormErrors = {};
    const other: string[] = [];
    for (const problem of problems) {
      const message = typeof problem.message === 'string' ? problem.message : first.message;
      if (isFormField(problem.field)) errors[problem.field] ??= apiMessage(problem.field, message);
      else other.push(message);
    }
    if (other.length || !hasErrors(errors)) errors.form = other.length ? other.join(' ') : first.message;
    return errors;
  }
  if (extensions.code === 'NOT_FOUND') return { form: 'This action no longer exists. Reload the page to see the current list.' };
  if (extensions.code === 'UNAUTHENTICATED') return { form: 'Your session has ended. Sign in again, then make your change again.' };
  // FORBIDDEN ("Service managers may only change learning actions of their own service areas.") and the rest.
  return { form: first.message };
}
