/**
 * Runs each lifecycle step in one transaction: read the contact as it stands,
 * check the step with the pure rules, write. Every write is also guarded in its
 * WHERE clause by the state the check relied on, so two officers recording the
 * same step at once cannot both succeed; a refused step changes nothing.
 */
import { inTransaction } from '../db/transaction';
import { DataSource, EntityManager, IsNull, Not, type EntityTarget, type FindOptionsWhere, type ObjectLiteral } from 'typeorm';
import { badUserInput, notFound } from '../graphql/errors';
import { todayIso } from '../periods/today';
import { RecordType } from '../reference/record-type.entity';
import type { Outcome, RecordTypeCode } from '../reference/reference-data';
import { noteContactRows } from '../rollups/rollup-maintenance';
import { syncCodeStage1 } from '../complaint-code/code-stage-sync';
import { refreshCaseState } from './case-state.service';
import { acknowledge, extend, respond, withdraw } from './contact-lifecycle';
import { Contact } from './contact.entity';
import { escalate, recordPanelHeld, respondToEscalation } from './escalation-lifecycle';
import { Escalation } from './escalation.entity';
import type { ContactState, Decision } from './lifecycle-state';

function numericId(id: string | number): number | null {
  const n = Number(id);
  return Number.isSafeInteger(n) && n > 0 ? n : null;
}

function accept<T>(subject: string, decision: Decision<T>): T {
  if (!decision.ok) throw badUserInput(subject, decision.problems);
  return decision.value;
}

/** Updates exactly one row matching `where`, or refuses: someone else changed it since it was read. */
async function updateOne<T extends ObjectLiteral>(
  manager: EntityManager,
  target: EntityTarget<T>,
  where: FindOptionsWhere<T>,
  changes: Partial<T>,
  field: string,
): Promise<void> {
  // The contact's rollup cells, before and after, are recomputed at COMMIT (rollups/rollup-maintenance.ts).
  if (target === Contact) await noteContactRows(manager, where as FindOptionsWhere<Contact>);
  const result = await manager.update(target, where, changes as never);
  if (result.affected !== 1) {
    throw badUserInput('change', [{ field, message: 'was changed by someone else at the same time; reload it and try again' }]);
  }
}

export class ContactLifecycleService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly today: () => string = todayIso,
  ) {}

  private async contactState(manager: EntityManager, id: string | number): Promise<{ contact: Contact; state: ContactState }> {
    const numeric = numericId(id);
    const contact = numeric === null ? null : await manager.findOneBy(Contact, { id: numeric });
    if (!contact) throw notFound('contact', id);
    // The one reference row a step's rules need, not the whole catalog (seven tables, thousands of rows nationally).
    const [recordType, escalations] = await Promise.all([
      manager.findOneByOrFail(RecordType, { id: contact.recordTypeId }),
      manager.find(Escalation, { where: { contactId: contact.id }, order: { requestedDate: 'ASC', id: 'ASC' } }),
    ]);
    return {
      contact,
      state: { contact, escalations, recordType: { code: recordType.code as RecordTypeCode, name: recordType.name, group: recordType.group } },
    };
  }

  private async escalationState(manager: EntityManager, escalationId: string) {
    const numeric = numericId(escalationId);
    const escalation = numeric === null ? null : await manager.findOneBy(Escalation, { id: numeric });
    if (!escalation) throw notFound('escalation', escalationId);
    return { escalation, ...(await this.contactState(manager, escalation.contactId)) };
  }

  /** The contact as the step left it, its stored status and next due date brought up to date first. */
  private async reload(manager: EntityManager, id: number): Promise<Contact> {
    await refreshCaseState(manager, [id]);
    await syncCodeStage1(manager, [id]);
    return manager.findOneByOrFail(Contact, { id });
  }

  acknowledge(id: string, sentDate: string): Promise<Contact> {
    return inTransaction(this.dataSource, async (manager) => {
      const { contact, state } = await this.contactState(manager, id);
      const changes = accept('acknowledgement', acknowledge(state, sentDate, this.today()));
      await updateOne(manager, Contact, { id: contact.id, acknowledgementSentDate: IsNull(), withdrawnDate: IsNull() }, changes, 'id');
      return this.reload(manager, contact.id);
    });
  }

  recordResponse(id: string, sentDate: string, outcome: Outcome | null): Promise<Contact> {
    return inTransaction(this.dataSource, async (manager) => {
      const { contact, state } = await this.contactState(manager, id);
      const changes = accept('response', respond(state, sentDate, outcome, this.today()));
      await updateOne(manager, Contact, { id: contact.id, responseSentDate: IsNull(), withdrawnDate: IsNull() }, changes, 'id');
      return this.reload(manager, contact.id);
    });
  }

  extend(id: string): Promise<Contact> {
    return inTransaction(this.dataSource, async (manager) => {
      const { contact, state } = await this.contactState(manager, id);
      const changes = accept('extension', extend(state, this.today()));
      await updateOne(manager, Contact, { id: contact.id, extended: false, responseSentDate: IsNull(), withdrawnDate: IsNull() }, changes, 'id');
      return this.reload(manager, contact.id);
    });
  }

  withdraw(id: string, date: string): Promise<Contact> {
    return inTransaction(this.dataSource, async (manager) => {
      const { contact, state } = await this.contactState(manager, id);
      const withdrawal = accept('withdrawal', withdraw(state, date, this.today()));
      if (withdrawal.escalationId === null) {
        await updateOne(manager, Contact, { id: contact.id, withdrawnDate: IsNull(), responseSentDate: IsNull() }, withdrawal.contact, 'id');
      } else {
        await updateOne(manager, Contact, { id: contact.id, withdrawnDate: IsNull() }, withdrawal.contact, 'id');
        await updateOne(
          manager,
          Escalation,
          { id: withdrawal.escalationId, responseSentDate: IsNull(), outcome: Not('WITHDRAWN' as const) },
          { outcome: 'WITHDRAWN' },
          'id',
        );
      }
      return this.reload(manager, contact.id);
    });
  }

  escalate(id: string, stage: string, requestedDate: string, extended: boolean): Promise<Contact> {
    return inTransaction(this.dataSource, async (manager) => {
      const { contact, state } = await this.contactState(manager, id);
      const decision = accept('escalation', escalate(state, stage, requestedDate, extended, this.today()));
      await updateOne(manager, Contact, { id: contact.id, stage: contact.stage!, withdrawnDate: IsNull() }, { stage: decision.stage }, 'id');
      await manager.insert(Escalation, { ...decision.escalation, contactId: contact.id });
      return this.reload(manager, contact.id);
    });
  }

  recordPanelHeld(escalationId: string, date: string): Promise<Contact> {
    return inTransaction(this.dataSource, async (manager) => {
      const { escalation, state, contact } = await this.escalationState(manager, escalationId);
      const changes = accept('panel', recordPanelHeld(state, escalation, date, this.today()));
      const where: FindOptionsWhere<Escalation> = { id: escalation.id, panelHeldDate: IsNull(), responseSentDate: IsNull(), outcome: Not('WITHDRAWN' as const) };
      await updateOne(manager, Escalation, where, changes, 'escalationId');
      return this.reload(manager, contact.id);
    });
  }

  recordEscalationResponse(escalationId: string, sentDate: string, outcome: Outcome): Promise<Contact> {
    return inTransaction(this.dataSource, async (manager) => {
      const { escalation, state, contact } = await this.escalationState(manager, escalationId);
      const changes = accept('escalation response', respondToEscalation(state, escalation, sentDate, outcome, this.today()));
      const where: FindOptionsWhere<Escalation> = { id: escalation.id, responseSentDate: IsNull(), outcome: Not('WITHDRAWN' as const) };
      await updateOne(manager, Escalation, where, changes, 'escalationId');
      return this.reload(manager, contact.id);
    });
  }
}
