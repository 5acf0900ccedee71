/**
 * The learning-from-complaints tracker. Every write runs in one transaction
 * with its audit entries. An update changes the row only if it still has the
 * version the client edited: a conditional UPDATE ... WHERE id AND version,
 * whose affected-row count decides, so of two concurrent edits from one
 * version exactly one wins and the other gets a VersionConflict.
 */
import { DataSource, In, MoreThan, type EntityManager } from 'typeorm';
import type { AuthUser } from '../auth/session.service';
import { badUserInput, notFound, type FieldProblem } from '../graphql/errors';
import { isFinancialYear } from '../periods/financial-year';
import { todayIso } from '../periods/today';
import { filterIds, loadReferenceCatalog, type ReferenceCatalog } from '../reference/reference-catalog';
import { LearningActionChange } from './learning-action-change.entity';
import { LearningActionIssue } from './learning-action-issue.entity';
import { checkIssues, issuesAuditValue, sameIssues } from './learning-action-issues';
import { LearningAction } from './learning-action.entity';
import { outsideYourAreas } from './learning-action.errors';
import { conflictChanges, fieldsSet, type AuditedValues } from './learning-action-conflict';
import { mayChange } from './learning-action-permissions';
import { VersionConflict } from './learning-action-result.types';
import type { CreateLearningActionInput, LearningActionFilter, UpdateLearningActionInput } from './learning-action.inputs';
import { applyChanges, closeValues, prepareNewAction, reopenValues, type Prepared } from './learning-action-validation';
import {
  CREATED,
  createdSnapshot,
  diffActionValues,
  trackerOrder,
  valuesOf,
  type ActionField,
  type ActionValues,
  type FieldChange,
} from './learning-action-values';
import { inTransaction } from '../db/transaction';
import { ISSUES_FIELD } from '@complaints/domain';

/** Who is writing: the audit records their email; managers are limited to their areas. */
export type Writer = Pick<AuthUser, 'email' | 'role' | 'serviceAreaIds'>;

type ActionColumns = Pick<
  LearningAction,
  'issueIdentified' | 'issueCategoryId' | 'serviceAreaId' | 'count' | 'actionNeeded' | 'byWhom' | 'status' | 'furtherAction' | 'dueDate'
>;

/** A version-checked change's answer: the saved action, or why it was not saved. */
export type Changed = LearningAction | VersionConflict;

/** The stored version is not the one the client edited. */
class StaleVersion extends Error {}

function columnOf(field: ActionField): keyof ActionColumns {
  return field === 'issueCategory' ? 'issueCategoryId' : field === 'serviceArea' ? 'serviceAreaId' : field;
}

function columnsOf(values: ActionValues, catalog: ReferenceCatalog): ActionColumns {
  const { issueCategory, serviceArea, ...rest } = values;
  return {
    ...rest,
    issueCategoryId: issueCategory === null ? null : catalog.issueCategories.byCode.get(issueCategory)!.id,
    serviceAreaId: serviceArea === null ? null : catalog.serviceAreas.byCode.get(serviceArea)!.id,
  };
}

function parseId(id: string): number | null {
  const numeric = Number(id);
  return Number.isSafeInteger(numeric) && numeric > 0 ? numeric : null;
}

export class LearningActionService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly today = todayIso(),
  ) {}

  /** Filtered, in tracker order: overdue first, then by due date (see trackerOrder). */
  async list(filter: LearningActionFilter = {}): Promise<LearningAction[]> {
    const catalog = await loadReferenceCatalog(this.dataSource.manager);
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

  async create(input: CreateLearningActionInput, writer: Writer): Promise<LearningAction> {
    const catalog = await loadReferenceCatalog(this.dataSource.manager);
    const prepared = prepareNewAction(input, catalog, this.today);
    const problems = prepared.ok ? [] : [...prepared.problems];
    const issueIds = checkIssues(input.issues ?? [], prepared.ok ? prepared.value.values.issueCategory : null, catalog, problems);
    if (!prepared.ok || problems.length) throw badUserInput('learning action', problems);
    const { financialYear, values } = prepared.value;
    const issueCodes = issueIds.map((issueId) => catalog.issues.byId.get(issueId)!.code);
    const columns = columnsOf(values, catalog);
    if (!mayChange(writer, columns.serviceAreaId)) throw outsideYourAreas('create');

    return inTransaction(this.dataSource, async (manager) => {
      const { identifiers } = await manager.insert(LearningAction, { financialYear, ...columns });
      const action = await manager.findOneByOrFail(LearningAction, { id: identifiers[0].id });
      await manager.insert(LearningActionChange, {
        learningActionId: action.id,
        version: action.version,
        changedBy: writer.email,
        field: CREATED,
        oldValue: null,
        newValue: createdSnapshot(financialYear, values, issueCodes),
      });
      if (issueIds.length) await manager.insert(LearningActionIssue, issueIds.map((issueId) => ({ learningActionId: action.id, issueId })));
      return action;
    });
  }

  update(id: string, expectedVersion: number, input: UpdateLearningActionInput, writer: Writer): Promise<Changed> {
    const issues = input.issues === undefined ? undefined : (input.issues ?? []);
    const next = (current: ActionValues, action: LearningAction, catalog: ReferenceCatalog, currentIssues: string[]) =>
      applyChanges(current, action.financialYear, input, catalog, issues !== undefined && !sameIssues(currentIssues, issues));
    return this.change(id, expectedVersion, writer, next, { ...fieldsSet(input), ...(issues && { issues }) }, issues);
  }

  close(id: string, expectedVersion: number, writer: Writer): Promise<Changed> {
    return this.change(id, expectedVersion, writer, closeValues, { status: 'COMPLETED' });
  }

  reopen(id: string, expectedVersion: number, writer: Writer): Promise<Changed> {
    return this.change(id, expectedVersion, writer, reopenValues, { status: 'ONGOING' });
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
  ): Promise<Changed> {
    const id = parseId(rawId);
    if (id === null) throw notFound('learning action', rawId);
    const catalog = await loadReferenceCatalog(this.dataSource.manager);
    try {
      return await inTransaction(this.dataSource, async (manager) => {
        const action = await manager.findOneBy(LearningAction, { id });
        if (!action) throw notFound('learning action', rawId);
        if (!mayChange(writer, action.serviceAreaId)) throw outsideYourAreas('change');
        // A cheap early refusal; the conditional UPDATE below is what guarantees it.
        if (action.version !== expectedVersion) throw new StaleVersion();

        const before = valuesOf(action, catalog);
        const links = await manager.find(LearningActionIssue, { where: { learningActionId: id }, order: { issueId: 'ASC' } });
        const currentIssues = links.map((l) => catalog.issues.byId.get(l.issueId)!.code);
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
        await this.conditionalUpdate(manager, id, expectedVersion, valueChanges.map((c) => columnOf(c.field)), columns);

        const changes: (Omit<FieldChange, 'field'> & { field: FieldChange['field'] | typeof ISSUES_FIELD })[] = [...valueChanges];
        const afterIssues = issueIds?.map((issueId) => catalog.issues.byId.get(issueId)!.code);
        if (issues !== undefined && afterIssues && !sameIssues(currentIssues, afterIssues)) {
          // The set is replaced whole; the audit records it as one field.
          await manager.delete(LearningActionIssue, { learningActionId: id });
          if (issueIds!.length) await manager.insert(LearningActionIssue, issueIds!.map((issueId) => ({ learningActionId: id, issueId })));
          changes.push({ field: ISSUES_FIELD, oldValue: issuesAuditValue(currentIssues), newValue: issuesAuditValue(afterIssues) });
        }
        await manager.insert(
          LearningActionChange,
          changes.map((c) => ({ learningActionId: id, version: expectedVersion + 1, changedBy: writer.email, ...c })),
        );
        return manager.findOneByOrFail(LearningAction, { id });
      });
    } catch (error) {
      if (error instanceof StaleVersion) return this.conflict(id, rawId, expectedVersion, catalog, yours);
      throw error;
    }
  }

  /** UPDATE ... SET <changed>, version = version + 1 WHERE id = ? AND version = ?; no row → stale. */
  private async conditionalUpdate(
    manager: EntityManager,
    id: number,
    expectedVersion: number,
    changed: (keyof ActionColumns)[],
    columns: ActionColumns,
  ): Promise<void> {
    const version = manager.connection.driver.escape('version');
    const result = await manager
      .createQueryBuilder()
      .update(LearningAction)
      .set({ ...Object.fromEntries(changed.map((column) => [column, columns[column]])), version: () => `${version} + 1` })
      .where({ id, version: expectedVersion })
      .execute();
    if (result.affected !== 1) throw new StaleVersion();
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
