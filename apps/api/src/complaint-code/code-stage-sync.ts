/**
 * Keeps each Code complaint's Stage 1 clock in step: the complaint_code_stage
 * row mirrors the contact's steps, and the contact's response due date follows
 * the Code's clock (code-timescales.ts: 10 working days from the date it was
 * acknowledged, from the acknowledgement due date until then, plus any
 * extension), so the casework queue, lists and reports all read one date.
 * Called inside the transaction of every step that can change a contact's
 * dates (recording, acknowledging, responding, extending, withdrawing).
 */
import { In, type EntityManager } from 'typeorm';
import { refreshCaseState } from '../contacts/case-state.service';
import { ContactAssignment } from '../contacts/contact-assignment.entity';
import { Contact } from '../contacts/contact.entity';
import { financialYearOf } from '../periods/financial-year';
import { loadReferenceCatalog } from '../reference/reference-catalog';
import type { RecordTypeCode } from '../reference/reference-data';
import { noteContactRows } from '../rollups/rollup-maintenance';
import { contactDeadlines } from '../timescales';
import { ComplaintCodeStage } from './complaint-code-stage.entity';
import { codeStageRule } from './code-deadline-rules';
import { codeStageClock } from './code-timescales';

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
    /** Contacts whose response due date the clock moves, by the new date (one UPDATE per date). */
    const moved = new Map<string, number[]>();
    for (const contact of contacts) {
      const row = rowOf.get(contact.id);
      // The Code's extension when recorded here; the contact's own extension (20 working days instead of 10) is the most the Code allows.
      const extensionWorkingDays = row?.extensionWorkingDays ?? (contact.extended ? codeStageRule('STAGE_1', contact.receivedDate).maxExtensionWorkingDays : null);
      const clock = codeStageClock({
        stage: 'STAGE_1',
        startDate: contact.receivedDate,
        acknowledgementDueDate: contact.acknowledgementDueDate,
        acknowledgementSentDate: contact.acknowledgementSentDate,
        extensionWorkingDays,
      });
      const { originalResponseDueDate, responseDueDate } = clock;
      // A contact whose record type sets no response keeps none; the Stage 1 row still has the Code's.
      if (contact.responseDueDate !== null && contact.responseDueDate !== responseDueDate) {
        moved.set(responseDueDate, [...(moved.get(responseDueDate) ?? []), contact.id]);
      }
      const values = {
        acknowledgementDueDate: clock.acknowledgementDueDate,
        acknowledgementSentDate: contact.acknowledgementSentDate,
        originalResponseDueDate,
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
          extensionWorkingDays: null,
          extensionReason: null,
          extensionToldDate: null,
          deadlineRuleId: clock.ruleId,
          ...values,
        });
      }
    }
    await moveResponseDueDates(manager, moved);
  }
}

/**
 * A contact that leaves the Code goes back to its record type's own deadline
 * rule (from the date it was acknowledged where that rule counts from it).
 */
export async function restoreContactDeadline(manager: EntityManager, contactId: number): Promise<void> {
  const contact = await manager.findOneByOrFail(Contact, { id: contactId });
  const catalog = await loadReferenceCatalog(manager);
  const recordType = catalog.recordTypes.byId.get(contact.recordTypeId)!;
  const { responseDueDate } = contactDeadlines({
    recordType: recordType.code as RecordTypeCode,
    stage: contact.stage,
    receivedDate: contact.receivedDate,
    extended: contact.extended,
    acknowledgementSentDate: contact.acknowledgementSentDate,
  });
  if (responseDueDate !== null && responseDueDate !== contact.responseDueDate) {
    await moveResponseDueDates(manager, new Map([[responseDueDate, [contact.id]]]));
  }
}

async function moveResponseDueDates(manager: EntityManager, moved: ReadonlyMap<string, number[]>): Promise<void> {
  if (!moved.size) return;
  const all = [...moved.values()].flat();
  // The rollups of these contacts' months are recomputed at COMMIT (rollups/rollup-maintenance.ts).
  await noteContactRows(manager, { id: In(all) });
  for (const [responseDueDate, changed] of moved) await manager.update(Contact, { id: In(changed) }, { responseDueDate });
  // Their stored status and next due date follow the new date.
  await refreshCaseState(manager, all);
}
