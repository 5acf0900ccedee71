/**
 * Keeps each Code complaint's Stage 1 row (complaint_code_stage) in step with
 * the contact it mirrors, so reports read one table for both stages. Called
 * inside the transaction of every step that can change a contact's dates
 * (recording, acknowledging, responding, extending, withdrawing).
 */
import { In, type EntityManager } from 'typeorm';
import { ContactAssignment } from '../contacts/contact-assignment.entity';
import { Contact } from '../contacts/contact.entity';
import { financialYearOf } from '../periods/financial-year';
import { ComplaintCodeStage } from './complaint-code-stage.entity';
import { codeStageDeadlines } from './code-timescales';

const CHUNK = 200;

export async function syncCodeStage1(manager: EntityManager, contactIds: readonly number[]): Promise<void> {
  for (let i = 0; i < contactIds.length; i += CHUNK) {
    const ids = contactIds.slice(i, i + CHUNK);
    const contacts = await manager.find(Contact, { where: { id: In(ids), regime: 'COMPLAINT_HANDLING_CODE' } });
    if (!contacts.length) continue;
    const codeIds = contacts.map((c) => c.id);
    const [rows, assignments] = await Promise.all([
      manager.find(ComplaintCodeStage, { where: { contactId: In(codeIds), stage: 'STAGE_1' } }),
      manager.find(ContactAssignment, { where: { contactId: In(codeIds), stage: 'STAGE_1' as never } }),
    ]);
    const rowOf = new Map(rows.map((r) => [r.contactId, r]));
    const officerOf = new Map(assignments.map((a) => [a.contactId, a.officerId]));
    for (const contact of contacts) {
      const code = codeStageDeadlines('STAGE_1', contact.receivedDate);
      const row = rowOf.get(contact.id);
      const responseDueDate = contact.responseDueDate ?? row?.responseDueDate ?? code.responseDueDate;
      const values = {
        acknowledgementDueDate: contact.acknowledgementDueDate ?? code.acknowledgementDueDate,
        acknowledgementSentDate: contact.acknowledgementSentDate,
        responseDueDate,
        responseSentDate: contact.responseSentDate,
        respondedInTime: contact.responseSentDate ? contact.responseSentDate <= responseDueDate : null,
        outcome: contact.responseSentDate ? contact.outcome : null,
        handlerUserId: row?.handlerUserId ?? officerOf.get(contact.id) ?? null,
      };
      if (row) {
        const changed = (Object.keys(values) as (keyof typeof values)[]).some((k) => row[k] !== values[k]);
        if (changed) await manager.update(ComplaintCodeStage, { id: row.id }, values);
      } else {
        await manager.insert(ComplaintCodeStage, {
          contactId: contact.id,
          stage: 'STAGE_1',
          startDate: contact.receivedDate,
          startFinancialYear: financialYearOf(contact.receivedDate),
          originalResponseDueDate: contact.extended ? code.responseDueDate : responseDueDate,
          extensionWorkingDays: null,
          extensionReason: null,
          extensionToldDate: null,
          deadlineRuleId: code.ruleId,
          ...values,
        });
      }
    }
  }
}
