/**
 * The learning-from-complaints tracker. Every write runs in one transaction
 * with its audit entries. An update changes the row only if it still has the
 * version the client edited: a conditional UPDATE ... WHERE id AND version,
 * whose affected-row count decides, so of two concurrent edits from one
 * version exactly one wins and the other gets a VersionConflict.
 */
import { DataSource, In, MoreThan, type EntityManager } from 'typeorm';
import { badUserInput, notFound, type FieldProblem } from '../graphql/errors';
import { isFinancialYear } from '../periods/financial-year';
import { todayIso } from '../periods/today';
import { catalogForWrites } from '../data-versions/catalog-for-writes';
import type { DataVersions } from '../data-versions/data-versions';
import type { GraphQLContext } from '../graphql/context';
import { filterIds, type ReferenceCatalog } from '../reference/reference-catalog';
import { LearningActionChange } from './learning-action-change.entity';
import { columnsOf, insertAction, insertProgress, mayRecord, planNewAction, type ActionColumns } from './learning-action-creation';
import { LearningActionIssue } from './learning-action-issue.entity';
import { LearningActionProgress, LearningActionProgressKind } from './learning-action-progress.entity';
import { checkIssues, issuesAuditValue, sameIssues } from './learning-action-issues';
import { actionWithIssues } from './learning-action-with-issues';
import { LearningAction } from './learning-action.entity';
import { outsideYourAreas } from './learning-action.errors';
import { conflictChanges, fieldsSet, type AuditedValues } from './learning-action-conflict';
import { mayChange } from './learning-action-permissions';
import { VersionConflict } from './learning-action-result.types';
import type { CreateLearningActionInput, LearningActionFilter, UpdateLearningActionInput } from './learning-action.inputs';
import { applyChanges, closeValues, noteText, reopenValues, type Prepared } from './learning-action-validation';
import {
  diffActionValues,
  trackerOrder,
  valuesOf,
  type ActionField,
  type ActionValues,
  type FieldChange,
} from './learning-action-values';
import { inTransaction } from '../db/transaction';
import { insertRows } from '../db/insert-rows';
import { ISSUES_FIELD } from '@complaints/domain';
import type { Writer } from './writer';

export type { Writer };

/** A version-checked change's answer: the saved action, or why it was not saved. */
export type Changed = LearningAction | VersionConflict;

/** The stored version is not the one the client edited. */
class StaleVersion extends Error {}

function columnOf(field: ActionField): keyof ActionColumns {
  return field === 'issueCategory' ? 'issueCategoryId' : field === 'serviceArea' ? 'serviceAreaId' : field;
}

function parseId(id: string): number | null {
  const numeric = Number(id);
  return Number.isSafeInteger(numeric) && numeric > 0 ? numeric : null;
}

export class LearningActionService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly today = todayIso(),
    /** The data versions read with the request's session (MySQL/MariaDB): the catalog is checked against them. */
    private readonly versions?: DataVersions,
  ) {}

  /** For a GraphQL request: its data source and the versions read with its session. */
  static forRequest(context: Pick<GraphQLContext, 'dataSource' | 'dataVersions'>): LearningActionService {
    return new LearningActionService(context.dataSource, todayIso(), context.dataVersions);
  }

  /** Filtered, in tracker order: overdue first, then by due date (see trackerOrder). */
  async list(filter: LearningActionFilter = {}): Promise<LearningAction[]> {
    const catalog = await catalogForWrites(this.dataSource, this.versions);
    const problems: FieldProblem[] = [];
    if (filter.financialYear && !isFinancialYear(filter.financialYear)) {
      problems.push({ field: 'filter.financialYear', message: `'${filter.financialYear}' is not a financial year such as 2009/10` });
    }
    const areaIds = filterIds('serviceAreas', filter.serviceAreas, catalog.serviceAreas, problems);
    const categoryIds = filterIds('issueCategories', filter.issueCategories, catalog.issueCategories, problems);
    if (problems.length) throw badUserInput('learning actions query', problems);

    const query = this.dataSource.getRepository(LearningAction).createQueryBuilder('a');
    if (filter.statuses) query.andWhere(filter.statuses.length ? 'a.status IN (:...statuses)' : '1 = 0', { statuses: filter.statuses });
    if (areaIds) query.andWhere(areaIds.length ? 'a.serviceAreaId IN (:...areaIds)' : '1 = 0', { areaIds });
    if (categoryIds) query.andWhere(categoryIds.length ? 'a.issueCategoryId IN (:...categoryIds)' : '1 = 0', { categoryIds });
    if (filter.financialYear) query.andWhere('a.financialYear = :financialYear', { financialYear: filter.financialYear });
    const owner = filter.owner?.trim().toLowerCase();
    // '!' escapes LIKE wildcards the same way on both dialects (backslash does not).
    if (owner) query.andWhere("LOWER(a.byWhom) LIKE :owner ESCAPE '!'", { owner: `%${owner.replace(/[%_!]/g, '!$&')}%` });
    const params = { today: this.today, completed: 'COMPLETED' };
    if (filter.overdue === true) query.andWhere('a.dueDate < :today AND a.status <> :completed', params);
    if (filter.overdue === false) query.andWhere('(a.dueDate IS NULL OR a.dueDate >= :today OR a.status = :completed)', params);
    return (await query.getMany()).sort(trackerOrder(this.today));
  }

  async find(id: string): Promise<LearningAction | null> {
    const numeric = parseId(id);
    return numeric === null ? null : this.dataSource.getRepository(LearningAction).findOneBy({ id: numeric });
  }

  /** Audit entries per action, oldest first. */
  async historyOf(ids: readonly number[]): Promise<LearningActionChange[][]> {
    const rows = await this.dataSource.getRepository(LearningActionChange).find({
      where: { learningActionId: In([...ids]) },
      order: { version: 'ASC', id: 'ASC' },
    });
    return ids.map((id) => rows.filter((r) => r.learningActionId === id));
  }

  /** Each action's progress log, newest first. */
  async progressOf(ids: readonly number[]): Promise<LearningActionProgress[][]> {
    const rows = await this.dataSource.getRepository(LearningActionProgress).find({
      where: { learningActionId: In([...ids]) },
      order: { at: 'DESC', id: 'DESC' },
    });
    return ids.map((id) => rows.filter((r) => r.learningActionId === id));
  }

  async create(input: CreateLearningActionInput, writer: Writer): Promise<LearningAction> {
    const catalog = await catalogForWrites(this.dataSource, this.versions);
    const problems: FieldProblem[] = [];
    const plan = planNewAction(input, catalog, this.today, problems);
    if (!plan) throw badUserInput('learning action', problems);
    if (!mayRecord(writer, plan)) throw outsideYourAreas('create');
    return inTransaction(this.dataSource, (manager) => insertAction(manager, plan, writer));
  }

  /**
   * Adds an entry to the progress log. Entries are only added, so no version is
   * checked and the action's version stays as it is; a completed action takes
   * none (reopen it first), so its closing note stays the last word.
   */
  async addProgress(rawId: string, text: string, writer: Writer): Promise<LearningAction> {
    const problems: FieldProblem[] = [];
    const checked = noteText('text', text, true, problems);
    if (problems.length) throw badUserInput('progress entry', problems);
    const id = parseId(rawId);
    if (id === null) throw notFound('learning action', rawId);
    return inTransaction(this.dataSource, async (manager) => {
      const action = await manager.findOneBy(LearningAction, { id });
      if (!action) throw notFound('learning action', rawId);
      if (!mayChange(writer, action.serviceAreaId)) throw outsideYourAreas('change');
      if (action.status === 'COMPLETED') {
        throw badUserInput('progress entry', [{ field: 'status', message: 'the action is COMPLETED: reopen it to record more progress' }]);
      }
      await insertProgress(manager, id, LearningActionProgressKind.NOTE, checked, writer);
      return action;
    });
  }

  update(id: string, expectedVersion: number, input: UpdateLearningActionInput, writer: Writer): Promise<Changed> {
    const issues = input.issues === undefined ? undefined : (input.issues ?? []);
    const next = (current: ActionValues, action: LearningAction, catalog: ReferenceCatalog, currentIssues: string[]) =>
      applyChanges(current, action.financialYear, input, catalog, issues !== undefined && !sameIssues(currentIssues, issues));
    return this.change(id, expectedVersion, writer, next, { ...fieldsSet(input), ...(issues && { issues }) }, issues);
  }

  /** Closing needs a closing note (checked first, whatever the version), kept in the progress log. */
  close(id: string, expectedVersion: number, closingNote: string | null | undefined, writer: Writer): Promise<Changed> {
    const problems: FieldProblem[] = [];
    const note = noteText('closingNote', closingNote, true, problems);
    if (problems.length) throw badUserInput('closing note', problems);
    return this.change(id, expectedVersion, writer, closeValues, { status: 'COMPLETED' }, undefined, (manager, actionId) =>
      insertProgress(manager, actionId, LearningActionProgressKind.CLOSED, note, writer),
    );
  }

  /** Reopening keeps the log (the closing note included) and adds an entry, with the reason when one is given. */
  reopen(id: string, expectedVersion: number, note: string | null | undefined, writer: Writer): Promise<Changed> {
    const problems: FieldProblem[] = [];
    const reason = noteText('note', note, false, problems);
    if (problems.length) throw badUserInput('reopening note', problems);
    return this.change(id, expectedVersion, writer, reopenValues, { status: 'ONGOING' }, undefined, (manager, actionId) =>
      insertProgress(manager, actionId, LearningActionProgressKind.REOPENED, reason, writer),
    );
  }

  /**
   * Checks the action may be changed, works out its next values, then writes
   * them and their audit entries in one transaction, conditional on the version.
   */
  private async change(
    rawId: string,
    expectedVersion: number,
    writer: Writer,
    next: (current: ActionValues, action: LearningAction, catalog: ReferenceCatalog, currentIssues: string[]) => Prepared<ActionValues>,
    yours: Partial<AuditedValues>,
    issues?: string[],
    /** More writes in the same transaction, once the change is saved (a progress entry). */
    andThen?: (manager: EntityManager, id: number) => Promise<void>,
  ): Promise<Changed> {
    const id = parseId(rawId);
    if (id === null) throw notFound('learning action', rawId);
    const catalog = await catalogForWrites(this.dataSource, this.versions);
    try {
      return await inTransaction(this.dataSource, async (manager) => {
        const found = await actionWithIssues(manager, id);
        if (!found) throw notFound('learning action', rawId);
        const { action, issueIds: currentIssueIds } = found;
        if (!mayChange(writer, action.serviceAreaId)) throw outsideYourAreas('change');
        // A cheap early refusal; the conditional UPDATE below is what guarantees it.
        if (action.version !== expectedVersion) throw new StaleVersion();

        const before = valuesOf(action, catalog);
        const currentIssues = currentIssueIds.map((issueId) => catalog.issues.byId.get(issueId)!.code);
        const prepared = next(before, action, catalog, currentIssues);
        if (!prepared.ok) throw badUserInput('learning action', prepared.problems);
        // The issues are checked against the category the action will have, when either changes.
        const problems: FieldProblem[] = [];
        const categoryChanged = prepared.value.issueCategory !== before.issueCategory;
        const issueIds =
          issues !== undefined || categoryChanged ? checkIssues(issues ?? currentIssues, prepared.value.issueCategory, catalog, problems) : null;
        if (problems.length) throw badUserInput('learning action', problems);
        const columns = columnsOf(prepared.value, catalog);
        if (!mayChange(writer, columns.serviceAreaId)) throw outsideYourAreas('move');
        const valueChanges = diffActionValues(before, prepared.value);
        const written: Partial<ActionColumns> = Object.fromEntries(valueChanges.map((c) => columnOf(c.field)).map((column) => [column, columns[column]]));
        const updatedAt = await this.conditionalUpdate(manager, id, expectedVersion, written);

        const changes: (Omit<FieldChange, 'field'> & { field: FieldChange['field'] | typeof ISSUES_FIELD })[] = [...valueChanges];
        const afterIssues = issueIds?.map((issueId) => catalog.issues.byId.get(issueId)!.code);
        if (issues !== undefined && afterIssues && !sameIssues(currentIssues, afterIssues)) {
          // The set is replaced whole; the audit records it as one field.
          await manager.delete(LearningActionIssue, { learningActionId: id });
          if (issueIds!.length) await insertRows(manager, LearningActionIssue, issueIds!.map((issueId) => ({ learningActionId: id, issueId })));
          changes.push({ field: ISSUES_FIELD, oldValue: issuesAuditValue(currentIssues), newValue: issuesAuditValue(afterIssues) });
        }
        await insertRows(
          manager,
          LearningActionChange,
          changes.map((c) => ({ learningActionId: id, version: expectedVersion + 1, changedBy: writer.email, ...c })),
        );
        if (andThen) await andThen(manager, id);
        // The row as the UPDATE left it, without reading it again (a test holds this equal to a fresh read).
        return Object.assign(action, written, { version: expectedVersion + 1, updatedAt });
      });
    } catch (error) {
      if (error instanceof StaleVersion) return this.conflict(id, rawId, expectedVersion, catalog, yours);
      throw error;
    }
  }

  /**
   * UPDATE ... SET <written>, version = version + 1, updatedAt WHERE id = ? AND version = ?; no row → stale.
   * The time is set here, at the column's whole seconds, rather than by the database, so the caller knows it
   * without reading the row again. Returns it.
   */
  private async conditionalUpdate(manager: EntityManager, id: number, expectedVersion: number, written: Partial<ActionColumns>): Promise<Date> {
    const version = manager.connection.driver.escape('version');
    const updatedAt = new Date(Math.floor(Date.now() / 1000) * 1000);
    const result = await manager
      .createQueryBuilder()
      .update(LearningAction)
      .set({ ...written, version: () => `${version} + 1`, updatedAt })
      .where({ id, version: expectedVersion })
      .execute();
    if (result.affected !== 1) throw new StaleVersion();
    return updatedAt;
  }

  /** Read after the losing transaction has ended, so it sees the winner's committed change. */
  private async conflict(
    id: number,
    rawId: string,
    expectedVersion: number,
    catalog: ReferenceCatalog,
    yours: Partial<AuditedValues>,
  ): Promise<VersionConflict> {
    const current = await this.dataSource.getRepository(LearningAction).findOneBy({ id });
    if (!current) throw notFound('learning action', rawId);
    const since = await this.dataSource.getRepository(LearningActionChange).find({
      where: { learningActionId: id, version: MoreThan(expectedVersion) },
      order: { version: 'ASC', id: 'ASC' },
    });
    const links = await this.dataSource.getRepository(LearningActionIssue).find({ where: { learningActionId: id } });
    const issues = links.map((l) => catalog.issues.byId.get(l.issueId)!.code);
    return new VersionConflict(current, conflictChanges(since, { ...valuesOf(current, catalog), issues }, yours), expectedVersion);
  }
}
