/**
 * Writes the 2026/27 demo records (year-2026-27.ts) through the contact
 * service (so due dates, regimes and the Code's Stage 1 rows come from the same
 * rules as the API), then the Code's records beside them. Idempotent: contacts
 * already present are skipped, and the Code's records are written only with
 * their contact. Two officers handle the stages, so Stage 2 is always someone else.
 */
import { In, type DataSource, type EntityManager } from 'typeorm';
import { createUserIn } from '../auth/user.service';
import { User } from '../auth/user.entity';
import { refreshCaseState } from '../contacts/case-state.service';
import { Contact } from '../contacts/contact.entity';
import { ContactService } from '../contacts/contact.service';
import { Escalation } from '../contacts/escalation.entity';
import { ComplaintCodeStage } from '../complaint-code/complaint-code-stage.entity';
import { ComplaintRefusal } from '../complaint-code/complaint-refusal.entity';
import { codeStageClock, extendedResponseDueDate } from '../complaint-code/code-timescales';
import { ReasonableAdjustment } from '../complaint-code/reasonable-adjustment.entity';
import { Remedy } from '../complaint-code/remedy.entity';
import { ResponsePoint } from '../complaint-code/response-point.entity';
import { ServiceRequest } from '../complaint-code/service-request.entity';
import { financialYearOf } from '../periods/financial-year';
import { loadReferenceCatalog } from '../reference/reference-catalog';
import { escalationDeadlines } from '../timescales';
import { demoComplainant } from './complainants';
import { DEMO_PASSWORD } from './demo-users';
import { generateYear2026 } from './year-2026-27';
import { noteContactRows } from '../rollups/rollup-maintenance';

/** The second demo officer, who takes Stage 2 when the complaints officer had Stage 1 (and the other way round). */
export const DEMO_INVESTIGATOR = { email: 'investigator@demo.example', name: 'Demo complaints investigator', role: 'COMPLAINTS_OFFICER' as const, password: DEMO_PASSWORD };

async function handlers(manager: EntityManager): Promise<{ OFFICER: number; INVESTIGATOR: number }> {
  const investigator = (await manager.findOneBy(User, { email: DEMO_INVESTIGATOR.email })) ?? (await createUserIn(manager, DEMO_INVESTIGATOR));
  const officer = await manager.findOneByOrFail(User, { email: 'officer@demo.example' });
  return { OFFICER: officer.id, INVESTIGATOR: investigator.id };
}

/** Loads 2026/27 up to `loadDay` (YYYY-MM-DD); returns how many contacts it wrote. */
export async function loadYear2026(manager: EntityManager, dataSource: DataSource, loadDay: string): Promise<number> {
  const year = generateYear2026(loadDay);
  const present = new Set(
    (await manager.find(Contact, { select: { reference: true }, where: { reference: In(year.contacts.map((c) => c.reference)) } })).map((c) => c.reference),
  );
  const fresh = year.contacts.filter((c) => !present.has(c.reference));
  if (!fresh.length) return 0;
  const who = await handlers(manager);
  const saved = await new ContactService(dataSource).createMany(
    manager,
    fresh.map((c) => ({
      reference: c.reference,
      recordType: c.recordType,
      channel: c.channel,
      receivedDate: c.receivedDate,
      serviceAreas: [c.serviceArea],
      issues: c.issues,
      complainantType: c.complainantType,
      stage: c.stage2 ? 'STAGE_2' : undefined,
      outcome: c.outcome ?? undefined,
      acknowledgementSentDate: c.acknowledgementSentDate,
      responseSentDate: c.responseSentDate,
      summary: c.summary,
      complainant: demoComplainant({ reference: c.reference, complainantType: c.complainantType }),
    })),
    loadDay,
  );
  const idOf = new Map(saved.map((c) => [c.reference, c.id]));
  const escalations: Partial<Escalation>[] = [];
  const stages: Partial<ComplaintCodeStage>[] = [];
  const refusals: Partial<ComplaintRefusal>[] = [];
  const remedies: Partial<Remedy>[] = [];
  const points: Partial<ResponsePoint>[] = [];
  const adjustments: Partial<ReasonableAdjustment>[] = [];
  for (const c of fresh) {
    const contactId = idOf.get(c.reference)!;
    const contact = saved.find((s) => s.id === contactId)!;
    if (c.override) {
      await manager.update(Contact, { id: contactId }, { regime: c.override.regime, regimeOverrideReason: c.override.reason });
    }
    const underCode = (c.override?.regime ?? contact.regime) === 'COMPLAINT_HANDLING_CODE';
    if (underCode && c.stage1Handler) await manager.update(ComplaintCodeStage, { contactId, stage: 'STAGE_1' }, { handlerUserId: who[c.stage1Handler] });
    if (underCode && c.extension) {
      const row = await manager.findOneByOrFail(ComplaintCodeStage, { contactId, stage: 'STAGE_1' });
      const responseDueDate = extendedResponseDueDate(row.originalResponseDueDate, c.extension.workingDays);
      await manager.update(ComplaintCodeStage, { id: row.id }, {
        extensionWorkingDays: c.extension.workingDays,
        extensionReason: c.extension.reason,
        extensionToldDate: c.extension.toldDate,
        responseDueDate,
        respondedInTime: row.responseSentDate ? row.responseSentDate <= responseDueDate : null,
      });
      await noteContactRows(manager, { id: contactId }); // rollups: its cells are recomputed at COMMIT
      await manager.update(Contact, { id: contactId }, { extended: true, extendedDate: c.extension.toldDate, responseDueDate });
    }
    if (c.stage2 && underCode) {
      // Respond 20 working days from the acknowledgement (§6.2–6.5), any extension on top: as recordCodeStage2 counts.
      const d = codeStageClock({
        stage: 'STAGE_2',
        startDate: c.stage2.requestedDate,
        acknowledgementSentDate: c.stage2.acknowledgementSentDate,
        extensionWorkingDays: c.stage2.extensionWorkingDays,
      });
      const due = d.responseDueDate;
      stages.push({
        contactId,
        stage: 'STAGE_2',
        handlerUserId: who[c.stage2.handler],
        startDate: c.stage2.requestedDate,
        startFinancialYear: financialYearOf(c.stage2.requestedDate),
        acknowledgementDueDate: d.acknowledgementDueDate,
        acknowledgementSentDate: c.stage2.acknowledgementSentDate,
        originalResponseDueDate: d.originalResponseDueDate,
        responseDueDate: due,
        responseSentDate: c.stage2.responseSentDate,
        respondedInTime: c.stage2.responseSentDate ? c.stage2.responseSentDate <= due : null,
        outcome: c.stage2.responseSentDate ? c.stage2.outcome : null,
        extensionWorkingDays: c.stage2.extensionWorkingDays,
        extensionReason: c.stage2.extensionWorkingDays ? 'Waiting for an independent investigator' : null,
        extensionToldDate: c.stage2.extensionWorkingDays ? addDays(d.originalResponseDueDate, -3) : null,
        deadlineRuleId: d.ruleId,
      });
    } else if (c.stage2) {
      const d = escalationDeadlines({ stage: 'STAGE_2', requestedDate: c.stage2.requestedDate, extended: false });
      escalations.push({
        contactId,
        stage: 'STAGE_2',
        requestedDate: c.stage2.requestedDate,
        responseSentDate: c.stage2.responseSentDate,
        extended: false,
        managementReview: false,
        outcome: c.stage2.outcome,
        responseDueDate: d.responseDueDate,
        panelDueDate: null,
        panelReportDueDate: null,
        deadlineRuleId: d.ruleId,
      });
    }
    if (c.refusal) {
      refusals.push({
        contactId,
        subject: c.refusal.subject,
        reason: c.refusal.reason,
        evidence: c.refusal.evidence,
        refusedDate: c.refusal.refusedDate,
        refusedFinancialYear: financialYearOf(c.refusal.refusedDate),
        ombudsmanSignpostedDate: c.refusal.refusedDate,
        recordedByUserId: who.OFFICER,
      });
    }
    points.push(...c.points.map((p) => ({ contactId, stage: 'STAGE_1' as const, point: p.point, addressed: p.addressed })));
    remedies.push(
      ...c.remedies.map((r) => ({
        contactId,
        stage: r.stage,
        type: r.type,
        description: r.description,
        owner: r.owner,
        dueDate: r.dueDate,
        completedDate: r.completedDate,
        completionEvidence: r.evidence,
        offeredDate: r.offeredDate,
        offeredFinancialYear: financialYearOf(r.offeredDate),
      })),
    );
    if (c.adjustment) adjustments.push({ contactId, ...c.adjustment, lastReviewedDate: null, endedDate: null });
  }
  for (const [target, rows] of [
    [Escalation, escalations],
    [ComplaintCodeStage, stages],
    [ComplaintRefusal, refusals],
    [Remedy, remedies],
    [ResponsePoint, points],
    [ReasonableAdjustment, adjustments],
  ] as const) {
    for (let i = 0; i < rows.length; i += 200) await manager.insert(target as never, rows.slice(i, i + 200) as never);
  }
  const catalog = await loadReferenceCatalog(manager);
  const requests = year.serviceRequests.map((s) => ({
    receivedDate: s.receivedDate,
    receivedFinancialYear: financialYearOf(s.receivedDate),
    serviceAreaId: catalog.serviceAreas.byCode.get(s.serviceArea)!.id,
    summary: s.summary,
    status: s.convertedTo && idOf.has(s.convertedTo) ? ('CONVERTED' as const) : s.resolvedDate ? ('RESOLVED' as const) : ('OPEN' as const),
    reviewedDate: s.reviewedDate,
    reviewNote: s.reviewNote,
    resolvedDate: s.resolvedDate,
    convertedContactId: s.convertedTo ? (idOf.get(s.convertedTo) ?? null) : null,
    convertedDate: s.convertedTo && idOf.has(s.convertedTo) ? fresh.find((c) => c.reference === s.convertedTo)!.receivedDate : null,
    recordedByUserId: who.OFFICER,
  }));
  for (let i = 0; i < requests.length; i += 200) await manager.insert(ServiceRequest, requests.slice(i, i + 200));
  await refreshCaseState(manager, saved.map((c) => c.id));
  return saved.length;
}

function addDays(date: string, days: number): string {
  const t = new Date(`${date}T00:00:00Z`);
  t.setUTCDate(t.getUTCDate() + days);
  return t.toISOString().slice(0, 10);
}
