/**
 * Reads the casework queue: two queries whose WHERE clauses pick only steps
 * not yet done (sent date null) and due by the end of the week, on the
 * indexed (sent date, due date) pairs; then the pure rules in casework-queue.ts.
 */
import { Brackets, DataSource, In } from 'typeorm';
import { applyScope, type CaseScope } from './contact-list';
import { classifySteps, contactSteps, escalationStep, queueHorizon, type DueStep } from './casework-queue';
import type { CaseworkQueue } from './casework-queue.types';
import { Contact } from './contact.entity';
import { Escalation } from './escalation.entity';

export async function readCaseworkQueue(dataSource: DataSource, asOf: string, scope: CaseScope): Promise<CaseworkQueue> {
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
  applyScope(escalationQuery, scope);

  const [contacts, escalations] = await Promise.all([contactQuery.getMany(), escalationQuery.getMany()]);
  const contactsById = new Map(contacts.map((c) => [c.id, c]));
  const missing = [...new Set(escalations.map((e) => e.contactId))].filter((id) => !contactsById.has(id));
  if (missing.length) {
    for (const c of await dataSource.getRepository(Contact).findBy({ id: In(missing) })) contactsById.set(c.id, c);
  }
  const escalationsById = new Map(escalations.map((e) => [e.id, e]));

  const steps: DueStep[] = [
    ...contacts.flatMap(contactSteps),
    ...escalations.flatMap((e) => {
      const step = escalationStep(e, contactsById.get(e.contactId)!);
      return step ? [step] : [];
    }),
  ];
  const items = classifySteps(steps, asOf).map((s) => ({
    contact: contactsById.get(s.contactId)!,
    escalation: s.escalationId === null ? null : escalationsById.get(s.escalationId)!,
    step: s.step,
    dueDate: s.dueDate,
    status: s.status,
    workingDaysOverdue: s.workingDaysOverdue,
    workingDaysRemaining: s.workingDaysRemaining,
  }));
  return {
    asOf,
    dueUntil: horizon,
    overdueCount: items.filter((i) => i.status === 'OVERDUE').length,
    dueThisWeekCount: items.filter((i) => i.status === 'DUE_THIS_WEEK').length,
    items,
  };
}
