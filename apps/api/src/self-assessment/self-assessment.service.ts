/**
 * Versioned self-assessments against the Code (§8.1, §8.3). A new version
 * copies the previous one's answers and open actions (or starts blank, one
 * entry per provision); only a draft may change; approval by the governing
 * body needs every provision answered and an action for each "no". Every
 * write is one transaction; bad input changes nothing.
 */
import { isFinancialYear, isIsoDate } from '@complaints/domain';
import { In, IsNull, type DataSource, type EntityManager } from 'typeorm';
import { LearningAction } from '../actions/learning-action.entity';
import { inTransaction } from '../db/transaction';
import { badUserInput, notFound, type FieldProblem } from '../graphql/errors';
import { CodeProvision } from './code-provision.entity';
import { SelfAssessmentAction } from './self-assessment-action.entity';
import { SelfAssessmentEntry } from './self-assessment-entry.entity';
import { SelfAssessment, SelfAssessmentStatus } from './self-assessment.entity';

const MAX_TEXT = 10_000;

function check(subject: string, problems: Array<FieldProblem | null>): void {
  const found = problems.filter((p): p is FieldProblem => p !== null);
  if (found.length) throw badUserInput(subject, found);
}

const textProblem = (field: string, value: string | null | undefined, required = false, max = MAX_TEXT): FieldProblem | null => {
  if (value === undefined || value === null) return required ? { field, message: 'is required' } : null;
  if (required && value.trim() === '') return { field, message: 'is required' };
  return value.length > max ? { field, message: `must be at most ${max} characters` } : null;
};

const dateProblem = (field: string, value: string | null | undefined, today: string, required = true): FieldProblem | null => {
  if (value === undefined || value === null || value === '') return required ? { field, message: 'is required' } : null;
  if (!isIsoDate(value)) return { field, message: 'must be a date written YYYY-MM-DD' };
  return null;
};

async function draftOf(manager: EntityManager, id: number, field: string): Promise<SelfAssessment> {
  const assessment = await manager.findOne(SelfAssessment, { where: { id } });
  if (!assessment) throw notFound('self-assessment', id);
  if (assessment.status !== SelfAssessmentStatus.DRAFT) {
    throw badUserInput('self-assessment', [{ field, message: `version ${assessment.version} is approved and cannot change: make a new version` }]);
  }
  return assessment;
}

export async function createSelfAssessment(
  dataSource: DataSource,
  input: { financialYear: string; reason: string },
  userId: number,
): Promise<SelfAssessment> {
  check('self-assessment', [
    isFinancialYear(input.financialYear) ? null : { field: 'financialYear', message: "must be a financial year such as '2026/27'" },
    textProblem('reason', input.reason, true, 2000),
  ]);
  return inTransaction(dataSource, async (manager) => {
    const previous = await manager.findOne(SelfAssessment, { where: {}, order: { version: 'DESC' } });
    const created = await manager.save(
      manager.create(SelfAssessment, {
        version: (previous?.version ?? 0) + 1,
        status: SelfAssessmentStatus.DRAFT,
        financialYear: input.financialYear,
        reason: input.reason.trim(),
        approvedBy: null,
        approvedOn: null,
        approvalRecordedById: null,
        createdById: userId,
      }),
    );
    const provisions = await manager.find(CodeProvision, { order: { sortOrder: 'ASC' } });
    const earlier = previous ? await manager.find(SelfAssessmentEntry, { where: { selfAssessmentId: previous.id } }) : [];
    const earlierByCode = new Map(earlier.map((e) => [e.provisionCode, e]));
    const entries = await manager.save(
      provisions.map((p) => {
        const was = earlierByCode.get(p.code);
        return manager.create(SelfAssessmentEntry, {
          selfAssessmentId: created.id,
          provisionCode: p.code,
          complies: was?.complies ?? null,
          evidence: was?.evidence ?? null,
          commentary: was?.commentary ?? null,
        });
      }),
    );
    // Open actions carry over to the new version; completed ones stay with the version that closed them.
    if (earlier.length) {
      const open = await manager.find(SelfAssessmentAction, { where: { entryId: In(earlier.map((e) => e.id)), completedOn: IsNull() } });
      const newEntryOf = new Map(entries.map((e) => [e.provisionCode, e.id]));
      const codeOfEntry = new Map(earlier.map((e) => [e.id, e.provisionCode]));
      const copies = open
        .map((a) => ({ a, entryId: newEntryOf.get(codeOfEntry.get(a.entryId)!) }))
        .filter((x) => x.entryId !== undefined)
        .map(({ a, entryId }) =>
          manager.create(SelfAssessmentAction, { entryId, description: a.description, owner: a.owner, dueDate: a.dueDate, completedOn: null, learningActionId: a.learningActionId }),
        );
      if (copies.length) await manager.save(copies);
    }
    return created;
  });
}

export async function updateSelfAssessmentEntry(
  dataSource: DataSource,
  input: { entryId: number; complies?: boolean | null; evidence?: string | null; commentary?: string | null },
): Promise<SelfAssessmentEntry> {
  check('self-assessment entry', [textProblem('evidence', input.evidence), textProblem('commentary', input.commentary)]);
  return inTransaction(dataSource, async (manager) => {
    const entry = await manager.findOne(SelfAssessmentEntry, { where: { id: input.entryId } });
    if (!entry) throw notFound('self-assessment entry', input.entryId);
    await draftOf(manager, entry.selfAssessmentId, 'entryId');
    if (input.complies !== undefined) entry.complies = input.complies;
    if (input.evidence !== undefined) entry.evidence = input.evidence?.trim() || null;
    if (input.commentary !== undefined) entry.commentary = input.commentary?.trim() || null;
    return manager.save(entry);
  });
}

export async function addSelfAssessmentAction(
  dataSource: DataSource,
  input: { entryId: number; description: string; owner: string; dueDate: string; learningActionId?: number | null },
  today: string,
): Promise<SelfAssessmentAction> {
  check('self-assessment action', [
    textProblem('description', input.description, true, 2000),
    textProblem('owner', input.owner, true, 200),
    dateProblem('dueDate', input.dueDate, today),
  ]);
  return inTransaction(dataSource, async (manager) => {
    const entry = await manager.findOne(SelfAssessmentEntry, { where: { id: input.entryId } });
    if (!entry) throw notFound('self-assessment entry', input.entryId);
    await draftOf(manager, entry.selfAssessmentId, 'entryId');
    if (input.learningActionId != null) {
      if (!(await manager.exists(LearningAction, { where: { id: input.learningActionId } }))) throw badUserInput('self-assessment action', [{ field: 'learningActionId', message: `no learning action ${input.learningActionId}` }]);
    }
    return manager.save(
      manager.create(SelfAssessmentAction, {
        entryId: entry.id,
        description: input.description.trim(),
        owner: input.owner.trim(),
        dueDate: input.dueDate,
        completedOn: null,
        learningActionId: input.learningActionId ?? null,
      }),
    );
  });
}

export async function completeSelfAssessmentAction(dataSource: DataSource, input: { actionId: number; completedOn: string }, today: string): Promise<SelfAssessmentAction> {
  check('self-assessment action', [
    dateProblem('completedOn', input.completedOn, today),
    isIsoDate(input.completedOn) && input.completedOn > today ? { field: 'completedOn', message: 'must not be in the future' } : null,
  ]);
  return inTransaction(dataSource, async (manager) => {
    const action = await manager.findOne(SelfAssessmentAction, { where: { id: input.actionId } });
    if (!action) throw notFound('self-assessment action', input.actionId);
    action.completedOn = input.completedOn;
    return manager.save(action);
  });
}

export async function approveSelfAssessment(
  dataSource: DataSource,
  input: { id: number; approvedBy: string; approvedOn: string },
  userId: number,
  today: string,
): Promise<SelfAssessment> {
  check('approval', [
    textProblem('approvedBy', input.approvedBy, true, 200),
    dateProblem('approvedOn', input.approvedOn, today),
    isIsoDate(input.approvedOn) && input.approvedOn > today ? { field: 'approvedOn', message: 'must not be in the future' } : null,
  ]);
  return inTransaction(dataSource, async (manager) => {
    const assessment = await draftOf(manager, input.id, 'id');
    const entries = await manager.find(SelfAssessmentEntry, { where: { selfAssessmentId: assessment.id } });
    const undecided = entries.filter((e) => e.complies === null).map((e) => e.provisionCode);
    const noes = entries.filter((e) => e.complies === false);
    const actions = noes.length ? await manager.find(SelfAssessmentAction, { where: { entryId: In(noes.map((e) => e.id)) } }) : [];
    const withAction = new Set(actions.map((a) => a.entryId));
    const withoutAction = noes.filter((e) => !withAction.has(e.id)).map((e) => e.provisionCode);
    check('approval', [
      undecided.length ? { field: 'id', message: `answer comply yes or no for every provision first (${undecided.join(', ')})` } : null,
      withoutAction.length ? { field: 'id', message: `give an action with an owner and due date for each provision not complied with (${withoutAction.join(', ')})` } : null,
    ]);
    assessment.status = SelfAssessmentStatus.APPROVED;
    assessment.approvedBy = input.approvedBy.trim();
    assessment.approvedOn = input.approvedOn;
    assessment.approvalRecordedById = userId;
    return manager.save(assessment);
  });
}
