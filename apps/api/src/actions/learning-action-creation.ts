/**
 * Recording a new learning action, in two halves: the checks (no writes), and
 * the inserts inside a transaction the caller owns. The tracker's
 * createLearningAction uses both; answering "what was learned?" for a
 * complaint with a new action checks it beside its own input, then inserts it
 * in the same transaction as the answer.
 */
import type { EntityManager } from 'typeorm';
import type { FieldProblem } from '../graphql/errors';
import type { ReferenceCatalog } from '../reference/reference-catalog';
import { insertRows } from '../db/insert-rows';
import { LearningActionChange } from './learning-action-change.entity';
import { LearningActionIssue } from './learning-action-issue.entity';
import { checkIssues } from './learning-action-issues';
import { mayChange } from './learning-action-permissions';
import { LearningActionProgress, LearningActionProgressKind } from './learning-action-progress.entity';
import { prepareNewAction } from './learning-action-validation';
import { CREATED, createdSnapshot, type ActionValues } from './learning-action-values';
import { LearningAction } from './learning-action.entity';
import type { CreateLearningActionInput } from './learning-action.inputs';
import type { Writer } from './writer';

export type ActionColumns = Pick<
  LearningAction,
  'issueIdentified' | 'issueCategoryId' | 'serviceAreaId' | 'count' | 'actionNeeded' | 'byWhom' | 'status' | 'furtherAction' | 'dueDate'
>;

export function columnsOf(values: ActionValues, catalog: ReferenceCatalog): ActionColumns {
  const { issueCategory, serviceArea, ...rest } = values;
  return {
    ...rest,
    issueCategoryId: issueCategory === null ? null : catalog.issueCategories.byCode.get(issueCategory)!.id,
    serviceAreaId: serviceArea === null ? null : catalog.serviceAreas.byCode.get(serviceArea)!.id,
  };
}

/** A checked new action, ready to insert. */
export interface NewActionPlan {
  financialYear: string;
  values: ActionValues;
  columns: ActionColumns;
  issueIds: number[];
  issueCodes: string[];
  closingNote: string | null;
}

/**
 * Checks a new action, adding its problems to `problems` with each field
 * named after `prefix` (e.g. 'newAction.' inside another input); null when
 * there are any. Whether the writer may record it in its service area is the
 * caller's check (mayRecord), since the refusal differs (FORBIDDEN).
 */
export function planNewAction(
  input: CreateLearningActionInput,
  catalog: ReferenceCatalog,
  today: string,
  problems: FieldProblem[],
  prefix = '',
): NewActionPlan | null {
  const prepared = prepareNewAction(input, catalog, today);
  const own: FieldProblem[] = prepared.ok ? [] : [...prepared.problems];
  const issueIds = checkIssues(input.issues ?? [], prepared.ok ? prepared.value.values.issueCategory : null, catalog, own);
  problems.push(...own.map((p) => ({ ...p, field: `${prefix}${p.field}` })));
  if (!prepared.ok || own.length) return null;
  const { financialYear, values, closingNote } = prepared.value;
  return {
    financialYear,
    values,
    columns: columnsOf(values, catalog),
    issueIds,
    issueCodes: issueIds.map((issueId) => catalog.issues.byId.get(issueId)!.code),
    closingNote,
  };
}

/** Service managers record actions only for their own areas. */
export function mayRecord(writer: Writer, plan: NewActionPlan): boolean {
  return mayChange(writer, plan.columns.serviceAreaId);
}

/** Inserts the action, its 'created' audit entry, its issues and (recorded as done) its closing note. */
export async function insertAction(manager: EntityManager, plan: NewActionPlan, writer: Writer): Promise<LearningAction> {
  const { identifiers } = await manager.insert(LearningAction, { financialYear: plan.financialYear, ...plan.columns });
  const action = await manager.findOneByOrFail(LearningAction, { id: identifiers[0].id });
  await insertRows(manager, LearningActionChange, {
    learningActionId: action.id,
    version: action.version,
    changedBy: writer.email,
    field: CREATED,
    oldValue: null,
    newValue: createdSnapshot(plan.financialYear, plan.values, plan.issueCodes),
  });
  if (plan.issueIds.length) await insertRows(manager, LearningActionIssue, plan.issueIds.map((issueId) => ({ learningActionId: action.id, issueId })));
  if (plan.closingNote !== null) await insertProgress(manager, action.id, LearningActionProgressKind.CLOSED, plan.closingNote, writer);
  return action;
}

/** Adds one entry to an action's progress log, as the writer, now. */
export async function insertProgress(
  manager: EntityManager,
  learningActionId: number,
  kind: LearningActionProgressKind,
  text: string | null,
  writer: Writer,
): Promise<void> {
  await insertRows(manager, LearningActionProgress, { learningActionId, kind, text, authorEmail: writer.email, authorName: writer.name ?? writer.email });
}
