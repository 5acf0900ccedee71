/**
 * Brings Code complaints recorded before the response clock counted from the
 * acknowledgement (code-timescales.ts, codeStageClock) onto it: every Code
 * contact's Stage 1 through syncCodeStage1 (which moves the contact's due date
 * and notes its rollup months), and every acknowledged Stage 2 row whose due
 * dates differ. Idempotent: a second run changes nothing. One transaction per
 * chunk, so a large database is not held in one lock.
 */
import { In, IsNull, Not, type DataSource } from 'typeorm';
import { refreshCaseState } from '../contacts/case-state.service';
import { Contact } from '../contacts/contact.entity';
import { inTransaction } from '../db/transaction';
import { ComplaintCodeStage } from './complaint-code-stage.entity';
import { syncCodeStage1 } from './code-stage-sync';
import { codeStageClock } from './code-timescales';

const CHUNK = 1000;

export interface CodeClockResync {
  codeContacts: number;
  stage1ResponseDatesMoved: number;
  stage2RowsMoved: number;
}

export async function resyncCodeClocks(dataSource: DataSource): Promise<CodeClockResync> {
  const result: CodeClockResync = { codeContacts: 0, stage1ResponseDatesMoved: 0, stage2RowsMoved: 0 };
  const ids = (await dataSource.getRepository(Contact).find({ select: { id: true }, where: { regime: 'COMPLAINT_HANDLING_CODE' }, order: { id: 'ASC' } })).map((c) => c.id);
  result.codeContacts = ids.length;
  for (let i = 0; i < ids.length; i += CHUNK) {
    const chunk = ids.slice(i, i + CHUNK);
    await inTransaction(dataSource, async (manager) => {
      const before = new Map((await manager.find(Contact, { select: { id: true, responseDueDate: true }, where: { id: In(chunk) } })).map((c) => [c.id, c.responseDueDate]));
      await syncCodeStage1(manager, chunk);
      const after = await manager.find(Contact, { select: { id: true, responseDueDate: true }, where: { id: In(chunk) } });
      result.stage1ResponseDatesMoved += after.filter((c) => before.get(c.id) !== c.responseDueDate).length;

      const stage2 = await manager.find(ComplaintCodeStage, { where: { contactId: In(chunk), stage: 'STAGE_2', acknowledgementSentDate: Not(IsNull()) } });
      const moved: number[] = [];
      for (const row of stage2) {
        const clock = codeStageClock({
          stage: 'STAGE_2',
          startDate: row.startDate,
          acknowledgementDueDate: row.acknowledgementDueDate,
          acknowledgementSentDate: row.acknowledgementSentDate,
          extensionWorkingDays: row.extensionWorkingDays,
        });
        if (clock.responseDueDate === row.responseDueDate && clock.originalResponseDueDate === row.originalResponseDueDate) continue;
        const respondedInTime = row.responseSentDate ? row.responseSentDate <= clock.responseDueDate : null;
        await manager.update(ComplaintCodeStage, { id: row.id }, { originalResponseDueDate: clock.originalResponseDueDate, responseDueDate: clock.responseDueDate, respondedInTime });
        moved.push(row.contactId);
      }
      if (moved.length) await refreshCaseState(manager, moved);
      result.stage2RowsMoved += moved.length;
    });
  }
  return result;
}
