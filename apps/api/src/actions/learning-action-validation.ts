/**
 * Checks new and changed learning actions and works out their values. Pure:
 * the caller supplies the known reference codes and today's date.
 */
import { ACTION_TEXT_MAX_LENGTH as MAX_LENGTH, checkNoteText, statusChangeProblem } from '@complaints/domain';
import type { FieldProblem } from '../graphql/errors';
import { financialYearOf, financialYearRange, isFinancialYear } from '../periods/financial-year';
import { isIsoDate } from '../timescales/iso-date';
import type { CreateLearningActionInput, UpdateLearningActionInput } from './learning-action.inputs';
import { ACTION_FIELDS, diffActionValues, type ActionValues } from './learning-action-values';

/** The reference codes an action may name. */
export interface KnownCodes {
  issueCategories: { byCode: Map<string, unknown> };
  serviceAreas: { byCode: Map<string, unknown> };
}

export type Prepared<T> = { ok: true; value: T } | { ok: false; problems: FieldProblem[] };

type TextField = keyof typeof MAX_LENGTH;

function requiredText(field: TextField, value: string | null | undefined, problems: FieldProblem[]): string {
  const text = value?.trim() ?? '';
  if (!text) problems.push({ field, message: 'must not be empty' });
  else if (text.length > MAX_LENGTH[field]) problems.push({ field, message: `is longer than ${MAX_LENGTH[field]} characters` });
  return text;
}

function optionalText(field: TextField, value: string | null | undefined, problems: FieldProblem[]): string | null {
  const text = value?.trim() || null;
  if (text && text.length > MAX_LENGTH[field]) problems.push({ field, message: `is longer than ${MAX_LENGTH[field]} characters` });
  return text;
}

function code(
  field: 'issueCategory' | 'serviceArea',
  value: string | null | undefined,
  known: { byCode: Map<string, unknown> },
  noun: string,
  problems: FieldProblem[],
): string | null {
  if (value === null || value === undefined) return null;
  if (!known.byCode.has(value)) problems.push({ field, message: `unknown ${noun} '${value}'` });
  return value;
}

function count(value: number | null | undefined, problems: FieldProblem[]): number | null {
  if (value === null || value === undefined) return null;
  if (!Number.isInteger(value) || value < 0) problems.push({ field: 'count', message: `must be a whole number, 0 or more (not ${value})` });
  return value;
}

/** A real date, not before the start of the action's financial year. */
function dueDate(value: string | null | undefined, financialYear: string | null, problems: FieldProblem[]): string | null {
  if (value === null || value === undefined) return null;
  if (!isIsoDate(value)) {
    problems.push({ field: 'dueDate', message: `'${value}' is not a real date in the form YYYY-MM-DD` });
  } else if (financialYear && isFinancialYear(financialYear)) {
    const { from } = financialYearRange(financialYear);
    if (value < from) problems.push({ field: 'dueDate', message: `${value} is before the start of ${financialYear} (${from})` });
  }
  return value;
}

/**
 * A note the person typed (a progress entry, a closing or reopening note):
 * trimmed, up to 2,000 characters; required ones must not be blank.
 */
export function noteText(field: string, value: string | null | undefined, required: boolean, problems: FieldProblem[]): string | null {
  const checked = checkNoteText(value, required);
  if (!checked.ok) {
    problems.push({ field, message: checked.message });
    return null;
  }
  return checked.text;
}

/** An edit moves between OPEN and ONGOING; completing and reopening are their own steps (see statusChangeProblem). */
function status(from: ActionValues['status'], to: ActionValues['status'], problems: FieldProblem[]): ActionValues['status'] {
  const problem = statusChangeProblem(from, to);
  if (problem) problems.push({ field: 'status', message: problem });
  return to;
}

/**
 * A new action's values. One recorded as already COMPLETED needs its closing
 * note, as closing one does (the note starts its progress log).
 */
export function prepareNewAction(
  input: CreateLearningActionInput,
  known: KnownCodes,
  today: string,
): Prepared<{ financialYear: string; values: ActionValues; closingNote: string | null }> {
  const problems: FieldProblem[] = [];
  const financialYear = input.financialYear?.trim() || financialYearOf(today);
  if (!isFinancialYear(financialYear)) {
    problems.push({ field: 'financialYear', message: `'${financialYear}' is not a financial year such as 2009/10` });
  }
  const values: ActionValues = {
    issueIdentified: requiredText('issueIdentified', input.issueIdentified, problems),
    issueCategory: code('issueCategory', input.issueCategory, known.issueCategories, 'issue category', problems),
    serviceArea: code('serviceArea', input.serviceArea, known.serviceAreas, 'service area', problems),
    count: count(input.count, problems),
    actionNeeded: requiredText('actionNeeded', input.actionNeeded, problems),
    byWhom: requiredText('byWhom', input.byWhom, problems),
    status: input.status ?? 'OPEN',
    furtherAction: optionalText('furtherAction', input.furtherAction, problems),
    dueDate: dueDate(input.dueDate, financialYear, problems),
  };
  const completed = values.status === 'COMPLETED';
  const closingNote = noteText('closingNote', input.closingNote, completed, problems);
  if (closingNote !== null && !completed) problems.push({ field: 'closingNote', message: 'is for an action recorded as COMPLETED' });
  return problems.length ? { ok: false, problems } : { ok: true, value: { financialYear, values, closingNote } };
}

/**
 * The values after a partial update: fields left out (undefined) keep their
 * value; null clears an optional one. Refuses a change that changes nothing
 * (`issuesChanged`: the input's issues differ from the stored ones, checked apart).
 */
export function applyChanges(
  current: ActionValues,
  financialYear: string,
  input: UpdateLearningActionInput,
  known: KnownCodes,
  issuesChanged = false,
): Prepared<ActionValues> {
  const given = ACTION_FIELDS.filter((field) => input[field] !== undefined);
  if (!given.length && input.issues === undefined) {
    return { ok: false, problems: [{ field: 'input', message: `names no field to change (${[...ACTION_FIELDS, 'issues'].join(', ')})` }] };
  }

  const problems: FieldProblem[] = [];
  const has = (field: keyof UpdateLearningActionInput) => input[field] !== undefined;
  const next: ActionValues = {
    issueIdentified: has('issueIdentified') ? requiredText('issueIdentified', input.issueIdentified, problems) : current.issueIdentified,
    issueCategory: has('issueCategory')
      ? code('issueCategory', input.issueCategory, known.issueCategories, 'issue category', problems)
      : current.issueCategory,
    serviceArea: has('serviceArea') ? code('serviceArea', input.serviceArea, known.serviceAreas, 'service area', problems) : current.serviceArea,
    count: has('count') ? count(input.count, problems) : current.count,
    actionNeeded: has('actionNeeded') ? requiredText('actionNeeded', input.actionNeeded, problems) : current.actionNeeded,
    byWhom: has('byWhom') ? requiredText('byWhom', input.byWhom, problems) : current.byWhom,
    status: input.status ? status(current.status, input.status, problems) : current.status,
    furtherAction: has('furtherAction') ? optionalText('furtherAction', input.furtherAction, problems) : current.furtherAction,
    dueDate: has('dueDate') ? dueDate(input.dueDate, financialYear, problems) : current.dueDate,
  };
  if (problems.length) return { ok: false, problems };
  if (!diffActionValues(current, next).length && !issuesChanged) {
    const named = input.issues === undefined ? given : [...given, 'issues'];
    const message = `changes nothing: ${named.join(', ')} already ${named.length > 1 ? 'have' : 'has'} that value`;
    return { ok: false, problems: [{ field: named[0], message }] };
  }
  return { ok: true, value: next };
}

/** Closing marks the action COMPLETED; it must not be already. */
export function closeValues(current: ActionValues): Prepared<ActionValues> {
  if (current.status === 'COMPLETED') return { ok: false, problems: [{ field: 'status', message: 'the action is already COMPLETED' }] };
  return { ok: true, value: { ...current, status: 'COMPLETED' } };
}

/** Reopening puts a COMPLETED action back to ONGOING. */
export function reopenValues(current: ActionValues): Prepared<ActionValues> {
  if (current.status !== 'COMPLETED') {
    return { ok: false, problems: [{ field: 'status', message: `only a COMPLETED action can be reopened; this one is ${current.status}` }] };
  }
  return { ok: true, value: { ...current, status: 'ONGOING' } };
}
