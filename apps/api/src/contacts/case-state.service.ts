/**
 * Keeps each contact's stored status and next due date (case-state.ts) in step
 * with its steps: every write path that changes a contact's steps, adds an
 * escalation or changes a Code Stage 2 calls this inside its transaction.
 */
import { EntityManager, In } from 'typeorm';
import { caseState } from './case-state';
import { Contact } from './contact.entity';
import { Escalation } from './escalation.entity';
import { ComplaintCodeStage } from '../complaint-code/complaint-code-stage.entity';

const CHUNK = 500;

export async function refreshCaseState(manager: EntityManager, contactIds: readonly number[]): Promise<void> {
  for (let i = 0; i < contactIds.length; i += CHUNK) {
    const ids = contactIds.slice(i, i + CHUNK);
    const [contacts, escalations, codeStages] = await Promise.all([
      manager.find(Contact, { where: { id: In(ids) } }),
      manager.find(Escalation, { where: { contactId: In(ids) } }),
      manager.find(ComplaintCodeStage, { where: { contactId: In(ids), stage: 'STAGE_2' } }),
    ]);
    // One UPDATE per distinct state, not per contact: most share "closed, nothing due".
    const changes = new Map<string, number[]>();
    for (const contact of contacts) {
      const state = caseState(
        contact,
        escalations.filter((e) => e.contactId === contact.id),
        codeStages.filter((g) => g.contactId === contact.id),
      );
      if (state.status === contact.status && state.nextDueDate === contact.nextDueDate) continue;
      const key = JSON.stringify([state.status, state.nextDueDate]);
      changes.set(key, [...(changes.get(key) ?? []), contact.id]);
    }
    for (const [key, changed] of changes) {
      const [status, nextDueDate] = JSON.parse(key) as [Contact['status'], string | null];
      await manager.update(Contact, { id: In(changed) }, { status, nextDueDate });
    }
  }
}
