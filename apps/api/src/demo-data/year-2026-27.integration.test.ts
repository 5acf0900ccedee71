/** The demo database's 2026/27 (issue 13): both regimes, the Code's records, and counts that add up. */
import { In } from 'typeorm';
import { ComplaintCodeStage } from '../complaint-code/complaint-code-stage.entity';
import { ComplaintRefusal } from '../complaint-code/complaint-refusal.entity';
import { ReasonableAdjustment } from '../complaint-code/reasonable-adjustment.entity';
import { Remedy } from '../complaint-code/remedy.entity';
import { ServiceRequest } from '../complaint-code/service-request.entity';
import { Contact } from '../contacts/contact.entity';
import { todayIso } from '../periods/today';
import { openDemoDatabase, type TestDatabase } from '../test-support/test-database';

let db: TestDatabase;
beforeAll(async () => {
  db = await openDemoDatabase();
});
afterAll(() => db?.close());

describe(`the demo's 2026/27 (${process.env.TEST_DIALECT ?? 'sqlite'})`, () => {
  it('holds complaints under the Children Act and under the Code, each Code complaint with its Stage 1 row', async () => {
    const m = db.dataSource.manager;
    const contacts = await m.find(Contact, { where: { receivedFinancialYear: '2026/27' } });
    expect(contacts.length).toBeGreaterThan(0);
    const regimes = new Set(contacts.map((c) => c.regime));
    expect(regimes).toEqual(expect.objectContaining(new Set(['CHILDREN_ACT', 'COMPLAINT_HANDLING_CODE', 'SCHOOL', 'NONE'])));
    expect(contacts.every((c) => c.receivedDate <= todayIso())).toBe(true);
    const code = contacts.filter((c) => c.regime === 'COMPLAINT_HANDLING_CODE');
    const stage1 = await m.find(ComplaintCodeStage, { where: { contactId: In(code.map((c) => c.id)), stage: 'STAGE_1' } });
    expect(stage1).toHaveLength(code.length);
    // Every 2009/10 contact keeps its procedure: before the Code, so never the Code.
    expect(await m.count(Contact, { where: { receivedFinancialYear: '2009/10', regime: 'COMPLAINT_HANDLING_CODE' } })).toBe(0);
  });

  it('has Stage 2 under the Code handled by someone other than Stage 1, refusals, service requests, remedies and adjustments', async () => {
    const m = db.dataSource.manager;
    const stages = await m.find(ComplaintCodeStage, { where: { startFinancialYear: '2026/27' } });
    const stage2 = stages.filter((s) => s.stage === 'STAGE_2');
    expect(stage2.length).toBeGreaterThan(0);
    for (const s of stage2) {
      const first = stages.find((x) => x.contactId === s.contactId && x.stage === 'STAGE_1')!;
      expect(s.handlerUserId).not.toBeNull();
      expect(s.handlerUserId).not.toBe(first.handlerUserId);
    }
    expect(stages.some((s) => s.extensionWorkingDays !== null && s.extensionWorkingDays <= 10)).toBe(true);
    expect(await m.count(ComplaintRefusal, { where: { refusedFinancialYear: '2026/27' } })).toBeGreaterThanOrEqual(3);
    expect(await m.count(ServiceRequest, { where: { receivedFinancialYear: '2026/27', status: 'CONVERTED' } })).toBeGreaterThan(0);
    const remedies = await m.find(Remedy, { where: { offeredFinancialYear: '2026/27' } });
    expect(remedies.some((r) => r.completedDate) && remedies.some((r) => !r.completedDate)).toBe(true);
    expect(await m.count(ReasonableAdjustment)).toBeGreaterThan(0);
  });
});
