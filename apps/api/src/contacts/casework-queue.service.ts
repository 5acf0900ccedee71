/**
 * Reads the casework queue: three queries (contacts, escalations, and the
 * Complaint Handling Code's Stage 2 rows) whose WHERE clauses pick only steps
 * not yet done (sent date null) and due by the end of the week, the first two
 * on the indexed (sent date, due date) pairs, narrowed by record type and
 * service area; then the pure rules in casework-queue.ts; then each step's
 * officer (one query for the page's assignments), the filters on step, status
 * and officer, and the order asked for.
 */
import type { CaseworkSort } from '@complaints/domain';
import { Brackets, DataSource, In, type SelectQueryBuilder, type ObjectLiteral } from 'typeorm';
import { ComplaintCodeStage } from '../complaint-code/complaint-code-stage.entity';
import type { AuthUser } from '../auth/session.service';
import { badUserInput, type FieldProblem } from '../graphql/errors';
import { cachedReferenceCatalog, filterIds } from '../reference/reference-catalog';
import { stageOfStep } from './assignment-rules';
import { applyScope, caseScope } from './contact-list';
import { classifySteps, codeStage2Steps, contactSteps, escalationStep, queueHorizon, STEP_ORDER, type DueStep } from './casework-queue';
import type { CaseworkItem, CaseworkQueue, CaseworkQueueFilter } from './casework-queue.types';
import { ContactAssignment } from './contact-assignment.entity';
import { createCaseLoaders } from './contact-loaders';
import { Contact } from './contact.entity';
import { Escalation } from './escalation.entity';

async function checkedFilter(dataSource: DataSource, filter: CaseworkQueueFilter, user: AuthUser) {
  const catalog = await cachedReferenceCatalog(dataSource);
  const problems: FieldProblem[] = [];
  const recordTypeIds = filterIds('recordTypes', filter.recordTypes, catalog.recordTypes, problems);
  const serviceAreaIds = filterIds('serviceAreas', filter.serviceAreas, catalog.serviceAreas, problems);
  const assignedTo = filter.assignedTo?.map(Number) ?? null;
  if (assignedTo?.some((id) => !Number.isSafeInteger(id) || id < 1)) problems.push({ field: 'filter.assignedTo', message: 'must name users by their id' });
  if (filter.unassigned && (assignedTo || filter.mine)) {
    problems.push({ field: 'filter.unassigned', message: 'cannot be asked for together with mine or assignedTo' });
  }
  if (problems.length) throw badUserInput('casework queue', problems);
  const officers = assignedTo || filter.mine ? [...(assignedTo ?? []), ...(filter.mine ? [user.id] : [])] : null;
  return { recordTypeIds, serviceAreaIds, officers };
}

/** The contact filters the queries share; the contact must be aliased `c`. */
function narrow<T extends ObjectLiteral>(qb: SelectQueryBuilder<T>, recordTypeIds: number[] | null, serviceAreaIds: number[] | null): void {
  if (recordTypeIds) qb.andWhere(recordTypeIds.length ? 'c.recordTypeId IN (:...recordTypeIds)' : '1 = 0', { recordTypeIds });
  if (serviceAreaIds) {
    qb.andWhere(
      serviceAreaIds.length ? 'EXISTS (SELECT 1 FROM contact_service_area q WHERE q.contactId = c.id AND q.serviceAreaId IN (:...serviceAreaIds))' : '1 = 0',
      { serviceAreaIds },
    );
  }
}

export interface QueueRequest {
  asOf: string;
  filter?: CaseworkQueueFilter;
  sort?: CaseworkSort;
}

export async function readCaseworkQueue(dataSource: DataSource, user: AuthUser, request: QueueRequest): Promise<CaseworkQueue> {
  const { asOf, filter = {}, sort = 'DUE_DATE' } = request;
  const { recordTypeIds, serviceAreaIds, officers } = await checkedFilter(dataSource, filter, user);
  const scope = caseScope(user);
  const horizon = queueHorizon(asOf);

  const contactQuery = dataSource
    .getRepository(Contact)
    .createQueryBuilder('c')
    .where('c.withdrawnDate IS NULL')
    .andWhere("c.outcome <> 'WITHDRAWN'")
    .andWhere('c.responseSentDate IS NULL')
    .andWhere(
      new Brackets((qb) =>
        qb
          .where('(c.acknowledgementSentDate IS NULL AND c.acknowledgementDueDate <= :horizon)', { horizon })
          .orWhere('c.responseDueDate <= :horizon'),
      ),
    );
  narrow(contactQuery, recordTypeIds, serviceAreaIds);
  applyScope(contactQuery, scope);

  const escalationQuery = dataSource
    .getRepository(Escalation)
    .createQueryBuilder('e')
    .innerJoin(Contact, 'c', 'c.id = e.contactId')
    .where('e.responseSentDate IS NULL')
    .andWhere("e.outcome <> 'WITHDRAWN'")
    .andWhere('c.withdrawnDate IS NULL')
    .andWhere(
      new Brackets((qb) =>
        qb
          .where('(e.panelDueDate IS NOT NULL AND e.panelHeldDate IS NULL AND e.panelDueDate <= :horizon)', { horizon })
          .orWhere('((e.panelDueDate IS NULL OR e.panelHeldDate IS NOT NULL) AND e.responseDueDate <= :horizon)'),
      ),
    );
  narrow(escalationQuery, recordTypeIds, serviceAreaIds);
  applyScope(escalationQuery, scope);

  // The Code's Stage 2 (complaint_code_stage): acknowledgement and response, while the complaint is under the Code.
  const codeStageQuery = dataSource
    .getRepository(ComplaintCodeStage)
    .createQueryBuilder('g')
    .innerJoin(Contact, 'c', 'c.id = g.contactId')
    .where("g.stage = 'STAGE_2'")
    .andWhere('g.responseSentDate IS NULL')
    .andWhere('c.withdrawnDate IS NULL')
    .andWhere("c.regime = 'COMPLAINT_HANDLING_CODE'")
    .andWhere(
      new Brackets((qb) =>
        qb
          .where('(g.acknowledgementSentDate IS NULL AND g.acknowledgementDueDate <= :horizon)', { horizon })
          .orWhere('g.responseDueDate <= :horizon'),
      ),
    );
  narrow(codeStageQuery, recordTypeIds, serviceAreaIds);
  applyScope(codeStageQuery, scope);

  const [contacts, escalations, codeStages] = await Promise.all([contactQuery.getMany(), escalationQuery.getMany(), codeStageQuery.getMany()]);
  const contactsById = new Map(contacts.map((c) => [c.id, c]));
  // The contacts of escalations and Code stages whose own steps are done: one query for all of them.
  const missing = [...new Set([...escalations, ...codeStages].map((e) => e.contactId))].filter((id) => !contactsById.has(id));
  for (let i = 0; i < missing.length; i += 500) {
    for (const c of await dataSource.getRepository(Contact).findBy({ id: In(missing.slice(i, i + 500)) })) contactsById.set(c.id, c);
  }
  const escalationsById = new Map(escalations.map((e) => [e.id, e]));
  const codeStagesById = new Map(codeStages.map((g) => [g.id, g]));

  const steps: DueStep[] = [
    ...contacts.flatMap(contactSteps),
    ...escalations.flatMap((e) => {
      const step = escalationStep(e, contactsById.get(e.contactId)!);
      return step ? [step] : [];
    }),
    ...codeStages.flatMap((g) => codeStage2Steps(g, contactsById.get(g.contactId)!)),
  ];
  const classified = classifySteps(steps, asOf).filter(
    (s) => (!filter.steps || filter.steps.includes(s.step)) && (!filter.statuses || filter.statuses.includes(s.status)),
  );

  // Each step's officer: the assignment of the step's stage (assignment-rules.ts stageOfStep); for
  // the Code's Stage 2, the stage's own handler (never Stage 1's), else whoever is assigned to Stage 2.
  const contactIds = [...new Set(classified.map((s) => s.contactId))];
  const assignments = new Map<string, number>();
  for (let i = 0; i < contactIds.length; i += 500) {
    for (const a of await dataSource.getRepository(ContactAssignment).findBy({ contactId: In(contactIds.slice(i, i + 500)) })) {
      assignments.set(`${a.contactId}:${a.stage}`, a.officerId);
    }
  }
  const officerIdOf = (s: DueStep) =>
    (s.codeStageId !== undefined ? codeStagesById.get(s.codeStageId)!.handlerUserId : null) ??
    assignments.get(`${s.contactId}:${stageOfStep(s.step, contactsById.get(s.contactId)!)}`) ??
    null;
  const chosen = classified.filter((s) => {
    const officerId = officerIdOf(s);
    if (officers) return officerId !== null && officers.includes(officerId);
    return !filter.unassigned || officerId === null;
  });
  const names = createCaseLoaders(dataSource).officer;
  const officerRows = await names.loadMany([...new Set(chosen.map(officerIdOf).filter((id): id is number => id !== null))]);
  const officersById = new Map(officerRows.flatMap((o) => (o && !(o instanceof Error) ? [[o.id, o] as const] : [])));

  const items: CaseworkItem[] = chosen.map((s) => ({
    contact: contactsById.get(s.contactId)!,
    escalation: s.escalationId === null ? null : escalationsById.get(s.escalationId)!,
    codeStage: s.codeStageId === undefined ? null : codeStagesById.get(s.codeStageId)!,
    step: s.step,
    dueDate: s.dueDate,
    status: s.status,
    workingDaysOverdue: s.workingDaysOverdue,
    workingDaysRemaining: s.workingDaysRemaining,
    officer: officersById.get(officerIdOf(s) ?? -1) ?? null,
  }));
  // classifySteps gives DUE_DATE's order; the others keep it among equals.
  if (sort === 'RECEIVED_DATE') items.sort((a, b) => a.contact.receivedDate.localeCompare(b.contact.receivedDate) || a.contact.id - b.contact.id);
  if (sort === 'REFERENCE') {
    items.sort((a, b) => (a.contact.referenceKey < b.contact.referenceKey ? -1 : a.contact.referenceKey > b.contact.referenceKey ? 1 : STEP_ORDER.indexOf(a.step) - STEP_ORDER.indexOf(b.step)));
  }
  return {
    asOf,
    dueUntil: horizon,
    overdueCount: items.filter((i) => i.status === 'OVERDUE').length,
    dueThisWeekCount: items.filter((i) => i.status === 'DUE_THIS_WEEK').length,
    items,
  };
}
