/**
 * The Code's process (issue 13 part 2) and the regime override (part 1). Every
 * write checks all of its input first and runs in one transaction: a refused
 * request changes nothing and names the field at fault.
 */
import {
  CODE_TEXT_MAX,
  extensionProblems,
  REFUSAL_REASONS,
  REFUSAL_SUBJECTS,
  regimeOverrideProblems,
  REMEDY_TYPES,
  sameHandlerProblem,
  type CodeStage,
  type ComplaintRegime,
} from '@complaints/domain';
import { DataSource, EntityManager, IsNull } from 'typeorm';
import { User } from '../auth/user.entity';
import { refreshCaseState } from '../contacts/case-state.service';
import { ContactAssignment } from '../contacts/contact-assignment.entity';
import { Contact } from '../contacts/contact.entity';
import { ContactService } from '../contacts/contact.service';
import { Escalation } from '../contacts/escalation.entity';
import { checkStepDate } from '../contacts/lifecycle-state';
import { inTransaction } from '../db/transaction';
import { badUserInput, notFound, type FieldProblem } from '../graphql/errors';
import { financialYearOf } from '../periods/financial-year';
import { todayIso } from '../periods/today';
import { loadReferenceCatalog } from '../reference/reference-catalog';
import { RESPONSE_OUTCOMES } from '../contacts/lifecycle-state';
import type { Outcome } from '../reference/reference-data';
import { escalationDeadlines } from '../timescales';
import { childrenActStage2Clock } from './children-act-clock';
import { ComplaintCodeStage } from './complaint-code-stage.entity';
import { ComplaintRefusal } from './complaint-refusal.entity';
import type { AddReasonableAdjustmentInput, AddRemedyInput, ConvertServiceRequestInput, ExtendCodeStageInput, RecordServiceRequestInput, RefuseComplaintInput, ResponsePointInput } from './complaint-code.inputs';
import { codeStageClock } from './code-timescales';
import { restoreContactDeadline, syncCodeStage1 } from './code-stage-sync';
import { ReasonableAdjustment } from './reasonable-adjustment.entity';
import { Remedy } from './remedy.entity';
import { ResponsePoint } from './response-point.entity';
import { ServiceRequest } from './service-request.entity';
import { noteContactRows } from '../rollups/rollup-maintenance';

function numericId(id: string | number): number | null {
  const n = Number(id);
  return Number.isSafeInteger(n) && n > 0 ? n : null;
}

function refuseIf(subject: string, problems: FieldProblem[]): void {
  if (problems.length) throw badUserInput(subject, problems);
}

function text(field: string, value: string, problems: FieldProblem[], max = CODE_TEXT_MAX): string {
  const trimmed = (value ?? '').trim();
  if (!trimmed) problems.push({ field, message: 'must not be empty' });
  else if (trimmed.length > max) problems.push({ field, message: `must be at most ${max} characters` });
  return trimmed;
}

async function contactOf(manager: EntityManager, id: string | number): Promise<Contact> {
  const numeric = numericId(id);
  const contact = numeric === null ? null : await manager.findOneBy(Contact, { id: numeric });
  if (!contact) throw notFound('contact', id);
  return contact;
}

function underCode(contact: Contact, field = 'contactId'): FieldProblem[] {
  return contact.regime === 'COMPLAINT_HANDLING_CODE'
    ? []
    : [{ field, message: `${contact.reference} follows the ${contact.regime} procedure, not the Complaint Handling Code` }];
}

export class ComplaintCodeService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly today: () => string = todayIso,
  ) {}

  // ---- Part 1: the regime ---------------------------------------------------

  /** An officer's override of the procedure the rules chose, with the reason; giving back the chosen one clears the override. */
  overrideRegime(contactId: string, regime: string, reason: string): Promise<Contact> {
    return inTransaction(this.dataSource, async (manager) => {
      const contact = await contactOf(manager, contactId);
      refuseIf('regime override', regimeOverrideProblems(regime, reason));
      const chosen = regime as ComplaintRegime;
      // The rollups of the contact's month are recomputed at COMMIT (rollups/rollup-maintenance.ts).
      await noteContactRows(manager, { id: contact.id });
      await manager.update(Contact, { id: contact.id }, { regime: chosen, regimeOverrideReason: chosen === contact.regimeDecided ? null : reason.trim() });
      // Off the Code, its clock no longer applies: the Stage 1 row goes (unless Stage 2 was already reached, which stays on record).
      if (chosen !== 'COMPLAINT_HANDLING_CODE' && !(await manager.exists(ComplaintCodeStage, { where: { contactId: contact.id, stage: 'STAGE_2' } }))) {
        await manager.delete(ComplaintCodeStage, { contactId: contact.id, stage: 'STAGE_1' });
      }
      // Off the Code, the contact's response is due by its record type's own rule again.
      if (chosen !== 'COMPLAINT_HANDLING_CODE' && contact.regime === 'COMPLAINT_HANDLING_CODE') await restoreContactDeadline(manager, contact.id);
      await syncCodeStage1(manager, [contact.id]);
      return manager.findOneByOrFail(Contact, { id: contact.id });
    });
  }

  // ---- Service requests (§1.2, §1.8) ------------------------------------------

  recordServiceRequest(input: RecordServiceRequestInput, userId: number | null): Promise<ServiceRequest> {
    return inTransaction(this.dataSource, async (manager) => {
      const problems: FieldProblem[] = [];
      const catalog = await loadReferenceCatalog(manager);
      const area = catalog.serviceAreas.byCode.get(input.serviceArea);
      if (!area) problems.push({ field: 'serviceArea', message: `unknown service area '${input.serviceArea}'` });
      const receivedDate = checkStepDate('receivedDate', input.receivedDate, this.today(), problems);
      const summary = text('summary', input.summary, problems);
      refuseIf('service request', problems);
      const { identifiers } = await manager.insert(ServiceRequest, {
        receivedDate: receivedDate!,
        receivedFinancialYear: financialYearOf(receivedDate!),
        serviceAreaId: area!.id,
        summary,
        status: 'OPEN',
        reviewedDate: null,
        reviewNote: null,
        resolvedDate: null,
        convertedContactId: null,
        convertedDate: null,
        recordedByUserId: userId,
      });
      return manager.findOneByOrFail(ServiceRequest, { id: identifiers[0].id as number });
    });
  }

  /** A review (§1.8): what it found, and whether the request is now resolved. */
  reviewServiceRequest(id: string, reviewedDate: string, note: string, resolved: boolean): Promise<ServiceRequest> {
    return inTransaction(this.dataSource, async (manager) => {
      const request = await this.serviceRequestOf(manager, id);
      const problems: FieldProblem[] = [];
      if (request.status !== 'OPEN') problems.push({ field: 'id', message: `the service request is ${request.status.toLowerCase()}, not open` });
      const date = checkStepDate('reviewedDate', reviewedDate, this.today(), problems, { notBefore: [[request.receivedDate, 'received date']] });
      const reviewNote = text('note', note, problems);
      refuseIf('service request review', problems);
      await manager.update(ServiceRequest, { id: request.id, status: 'OPEN' }, {
        reviewedDate: date!,
        reviewNote,
        ...(resolved ? { status: 'RESOLVED' as const, resolvedDate: date! } : {}),
      });
      return manager.findOneByOrFail(ServiceRequest, { id: request.id });
    });
  }

  /** Makes the request a Stage 1 complaint; the request stays, linked to it, so its history is kept (§1.8). */
  convertServiceRequest(id: string, input: ConvertServiceRequestInput): Promise<{ request: ServiceRequest; contact: Contact }> {
    return inTransaction(this.dataSource, async (manager) => {
      const request = await this.serviceRequestOf(manager, id);
      const problems: FieldProblem[] = [];
      if (request.status === 'CONVERTED') problems.push({ field: 'id', message: 'the service request is already a complaint' });
      checkStepDate('receivedDate', input.receivedDate, this.today(), problems, { notBefore: [[request.receivedDate, 'service request received date']] });
      refuseIf('conversion', problems);
      const catalog = await loadReferenceCatalog(manager);
      const area = catalog.serviceAreas.byId.get(request.serviceAreaId)!;
      const [contact] = await new ContactService(this.dataSource).createMany(
        manager,
        [
          {
            recordType: input.recordType ?? 'CORPORATE_COMPLAINT',
            channel: input.channel,
            receivedDate: input.receivedDate,
            serviceAreas: [area.code],
            issues: input.issues,
            complainantType: input.complainantType,
            summary: `From service request ${request.id} received ${request.receivedDate}: ${request.summary}`,
          },
        ],
        this.today(),
      ).catch((error: unknown) => {
        const problems = (error as { problems?: FieldProblem[] }).problems;
        if (problems) throw badUserInput('conversion', problems.map(({ field, message }) => ({ field, message })));
        throw error;
      });
      await manager.update(ServiceRequest, { id: request.id }, { status: 'CONVERTED', convertedContactId: contact.id, convertedDate: input.receivedDate });
      await syncCodeStage1(manager, [contact.id]);
      return { request: await manager.findOneByOrFail(ServiceRequest, { id: request.id }), contact };
    });
  }

  private async serviceRequestOf(manager: EntityManager, id: string): Promise<ServiceRequest> {
    const numeric = numericId(id);
    const request = numeric === null ? null : await manager.findOneBy(ServiceRequest, { id: numeric });
    if (!request) throw notFound('service request', id);
    return request;
  }

  // ---- Refusals (§2, §5.7) ------------------------------------------------------

  refuse(input: RefuseComplaintInput, userId: number | null): Promise<ComplaintRefusal> {
    return inTransaction(this.dataSource, async (manager) => {
      const contact = await contactOf(manager, input.contactId);
      const problems: FieldProblem[] = [];
      if (!(input.subject in REFUSAL_SUBJECTS)) problems.push({ field: 'subject', message: `unknown: ${input.subject}` });
      if (!(input.reason in REFUSAL_REASONS)) problems.push({ field: 'reason', message: `unknown refusal reason: ${input.reason}` });
      if (!['COMPLAINT_HANDLING_CODE', 'CORPORATE_PROCEDURE'].includes(contact.regime)) {
        problems.push({ field: 'contactId', message: `${contact.reference} follows the ${contact.regime} procedure; the Code's refusals do not apply` });
      }
      if (input.subject === 'ESCALATION' && !contact.responseSentDate) {
        problems.push({ field: 'subject', message: 'an escalation can be refused only after the Stage 1 response' });
      }
      const evidence = text('evidence', input.evidence, problems);
      const refused = checkStepDate('refusedDate', input.refusedDate, this.today(), problems, { notBefore: [[contact.receivedDate, 'received date']] });
      checkStepDate('ombudsmanSignpostedDate', input.ombudsmanSignpostedDate, this.today(), problems, { notBefore: [[refused, 'refusal date']] });
      refuseIf('refusal', problems);
      const { identifiers } = await manager.insert(ComplaintRefusal, {
        contactId: contact.id,
        subject: input.subject,
        reason: input.reason,
        evidence,
        refusedDate: refused!,
        refusedFinancialYear: financialYearOf(refused!),
        ombudsmanSignpostedDate: input.ombudsmanSignpostedDate,
        recordedByUserId: userId,
      });
      return manager.findOneByOrFail(ComplaintRefusal, { id: identifiers[0].id as number });
    });
  }

  // ---- Stages: handler, extension, Stage 2 ------------------------------------

  /** Who handles a Code stage. Stage 2's handler is never Stage 1's (refused naming handlerUserId). */
  setStageHandler(contactId: string, stage: CodeStage, handlerUserId: string): Promise<ComplaintCodeStage> {
    return inTransaction(this.dataSource, async (manager) => {
      const contact = await contactOf(manager, contactId);
      const problems = underCode(contact);
      const handler = await this.handlerOf(manager, handlerUserId, problems);
      const row = await manager.findOneBy(ComplaintCodeStage, { contactId: contact.id, stage });
      if (!row) problems.push({ field: 'stage', message: `${contact.reference} has no ${stage === 'STAGE_1' ? 'Stage 1' : 'Stage 2'} yet` });
      if (handler) {
        const other = await this.stageHandler(manager, contact.id, stage === 'STAGE_1' ? 'STAGE_2' : 'STAGE_1');
        const clash = sameHandlerProblem(other, handler.id);
        if (clash) problems.push(stage === 'STAGE_1' ? { field: 'handlerUserId', message: 'Stage 1 must be handled by someone other than the Stage 2 handler' } : clash);
      }
      refuseIf('stage handler', problems);
      await manager.update(ComplaintCodeStage, { id: row!.id }, { handlerUserId: handler!.id });
      return manager.findOneByOrFail(ComplaintCodeStage, { id: row!.id });
    });
  }

  /** An extension of at most 10 working days, with its reason and when the complainant was told (§6.4–6.5). */
  extend(input: ExtendCodeStageInput): Promise<ComplaintCodeStage> {
    return inTransaction(this.dataSource, async (manager) => {
      const contact = await contactOf(manager, input.contactId);
      const problems = underCode(contact);
      if (input.stage === 'STAGE_1') await syncCodeStage1(manager, [contact.id]);
      const row = await manager.findOneBy(ComplaintCodeStage, { contactId: contact.id, stage: input.stage });
      if (!row) problems.push({ field: 'stage', message: `${contact.reference} has no such stage` });
      else {
        if (row.extensionWorkingDays !== null) problems.push({ field: 'stage', message: `already extended by ${row.extensionWorkingDays} working days` });
        if (row.responseSentDate) problems.push({ field: 'stage', message: `the response was sent on ${row.responseSentDate}` });
        problems.push(...extensionProblems(input.stage, { ...input, startDate: row.startDate, today: this.today() }));
      }
      refuseIf('extension', problems);
      // Added onto the response due date as the acknowledgement set it (§6.5), and kept on it if the acknowledgement comes later.
      const { originalResponseDueDate, responseDueDate } = codeStageClock({
        stage: input.stage,
        startDate: row!.startDate,
        acknowledgementDueDate: row!.acknowledgementDueDate,
        acknowledgementSentDate: row!.acknowledgementSentDate,
        extensionWorkingDays: input.workingDays,
      });
      const extension = {
        extensionWorkingDays: input.workingDays,
        extensionReason: input.reason.trim(),
        extensionToldDate: input.complainantToldDate,
        originalResponseDueDate,
        responseDueDate,
      };
      await manager.update(ComplaintCodeStage, { id: row!.id, extensionWorkingDays: IsNull() }, extension);
      if (input.stage === 'STAGE_1') {
        // The contact's own due date moves too, so the casework queue and the list show it.
        await noteContactRows(manager, { id: contact.id }); // rollups: its cells are recomputed at COMMIT
        await manager.update(Contact, { id: contact.id }, { extended: true, extendedDate: input.complainantToldDate, responseDueDate });
      }
      await refreshCaseState(manager, [contact.id]);
      return manager.findOneByOrFail(ComplaintCodeStage, { id: row!.id });
    });
  }

  /** Stage 2 under the Code: after the Stage 1 response, by a different handler; not if the escalation was refused. */
  escalate(contactId: string, requestedDate: string, handlerUserId: string): Promise<ComplaintCodeStage> {
    return inTransaction(this.dataSource, async (manager) => {
      const contact = await contactOf(manager, contactId);
      const problems = underCode(contact);
      await syncCodeStage1(manager, [contact.id]);
      const [stage2, refusal] = await Promise.all([
        manager.findOneBy(ComplaintCodeStage, { contactId: contact.id, stage: 'STAGE_2' }),
        manager.findOneBy(ComplaintRefusal, { contactId: contact.id, subject: 'ESCALATION' }),
      ]);
      if (stage2) problems.push({ field: 'contactId', message: `${contact.reference} is already at Stage 2` });
      if (refusal) problems.push({ field: 'contactId', message: `escalation was refused on ${refusal.refusedDate}` });
      if (contact.withdrawnDate) problems.push({ field: 'contactId', message: `the complaint was withdrawn on ${contact.withdrawnDate}` });
      if (!contact.responseSentDate) problems.push({ field: 'requestedDate', message: 'Stage 2 can be asked for only after the Stage 1 response' });
      const date = checkStepDate('requestedDate', requestedDate, this.today(), problems, { notBefore: [[contact.responseSentDate, 'Stage 1 response sent on']] });
      const handler = await this.handlerOf(manager, handlerUserId, problems);
      if (handler) {
        const clash = sameHandlerProblem(await this.stageHandler(manager, contact.id, 'STAGE_1'), handler.id);
        if (clash) problems.push({ ...clash, message: `${handler.name} handled Stage 1; ${clash.message.charAt(0).toLowerCase()}${clash.message.slice(1)}` });
      }
      refuseIf('Stage 2', problems);
      // Not acknowledged yet: the response is counted from the acknowledgement due date until it is (acknowledgeStage2).
      const deadlines = codeStageClock({ stage: 'STAGE_2', startDate: date!, acknowledgementSentDate: null, extensionWorkingDays: null });
      await manager.insert(ComplaintCodeStage, {
        contactId: contact.id,
        stage: 'STAGE_2',
        handlerUserId: handler!.id,
        startDate: date!,
        startFinancialYear: financialYearOf(date!),
        acknowledgementDueDate: deadlines.acknowledgementDueDate,
        acknowledgementSentDate: null,
        originalResponseDueDate: deadlines.originalResponseDueDate,
        responseDueDate: deadlines.responseDueDate,
        responseSentDate: null,
        respondedInTime: null,
        outcome: null,
        extensionWorkingDays: null,
        extensionReason: null,
        extensionToldDate: null,
        deadlineRuleId: deadlines.ruleId,
      });
      await noteContactRows(manager, { id: contact.id }); // rollups: its cells are recomputed at COMMIT
      await manager.update(Contact, { id: contact.id }, { stage: 'STAGE_2' });
      await refreshCaseState(manager, [contact.id]);
      return manager.findOneByOrFail(ComplaintCodeStage, { contactId: contact.id, stage: 'STAGE_2' });
    });
  }

  acknowledgeStage2(contactId: string, sentDate: string): Promise<ComplaintCodeStage> {
    return this.stage2Step(contactId, (row, problems) => {
      if (row.acknowledgementSentDate) problems.push({ field: 'sentDate', message: `acknowledged on ${row.acknowledgementSentDate}` });
      const date = checkStepDate('sentDate', sentDate, this.today(), problems, {
        notBefore: [[row.startDate, 'Stage 2 request date']],
        notAfter: [[row.responseSentDate, 'Stage 2 response sent on']],
      });
      if (!date) return {};
      // The response is due 20 working days from the date it was acknowledged (§6.2–6.5), any extension added onto that.
      const { originalResponseDueDate, responseDueDate } = codeStageClock({
        stage: 'STAGE_2',
        startDate: row.startDate,
        acknowledgementDueDate: row.acknowledgementDueDate,
        acknowledgementSentDate: date,
        extensionWorkingDays: row.extensionWorkingDays,
      });
      const respondedInTime = row.responseSentDate ? row.responseSentDate <= responseDueDate : null;
      return { acknowledgementSentDate: date, originalResponseDueDate, responseDueDate, respondedInTime };
    });
  }

  respondStage2(contactId: string, sentDate: string, outcome: Outcome): Promise<ComplaintCodeStage> {
    return this.stage2Step(contactId, (row, problems) => {
      if (row.responseSentDate) problems.push({ field: 'sentDate', message: `responded on ${row.responseSentDate}` });
      if (!(RESPONSE_OUTCOMES as readonly string[]).includes(outcome)) problems.push({ field: 'outcome', message: `must be one of ${RESPONSE_OUTCOMES.join(', ')}` });
      const date = checkStepDate('sentDate', sentDate, this.today(), problems, { notBefore: [[row.acknowledgementSentDate ?? row.startDate, 'Stage 2 acknowledgement']] });
      return { responseSentDate: date!, outcome, respondedInTime: date !== null && date <= row.responseDueDate };
    });
  }

  private stage2Step(contactId: string, change: (row: ComplaintCodeStage, problems: FieldProblem[]) => Partial<ComplaintCodeStage>): Promise<ComplaintCodeStage> {
    return inTransaction(this.dataSource, async (manager) => {
      const contact = await contactOf(manager, contactId);
      const problems = underCode(contact);
      const row = await manager.findOneBy(ComplaintCodeStage, { contactId: contact.id, stage: 'STAGE_2' });
      if (!row) {
        problems.push({ field: 'contactId', message: `${contact.reference} is not at Stage 2` });
        throw badUserInput('Stage 2 step', problems);
      }
      const changes = change(row, problems);
      refuseIf('Stage 2 step', problems);
      await manager.update(ComplaintCodeStage, { id: row.id }, changes);
      await refreshCaseState(manager, [contact.id]);
      return manager.findOneByOrFail(ComplaintCodeStage, { id: row.id });
    });
  }

  private async handlerOf(manager: EntityManager, id: string, problems: FieldProblem[]): Promise<User | null> {
    const numeric = numericId(id);
    const user = numeric === null ? null : await manager.findOneBy(User, { id: numeric });
    if (!user || !user.active || user.role !== 'COMPLAINTS_OFFICER') {
      problems.push({ field: 'handlerUserId', message: `no active complaints officer with id ${id}` });
      return null;
    }
    return user;
  }

  /** The stage's handler: the Code stage's own, else the officer assigned to the stage. */
  private async stageHandler(manager: EntityManager, contactId: number, stage: CodeStage): Promise<number | null> {
    const row = await manager.findOneBy(ComplaintCodeStage, { contactId, stage });
    if (row?.handlerUserId) return row.handlerUserId;
    const assignment = await manager.findOneBy(ContactAssignment, { contactId, stage: stage as never });
    return assignment?.officerId ?? null;
  }

  // ---- Points raised (§6.7), remedies (§7), adjustments (§5.6) ---------------

  /** The points raised at a stage and whether each was addressed; replaces the stage's list. */
  setResponsePoints(contactId: string, stage: CodeStage, points: ResponsePointInput[]): Promise<ResponsePoint[]> {
    return inTransaction(this.dataSource, async (manager) => {
      const contact = await contactOf(manager, contactId);
      const problems: FieldProblem[] = [];
      if (points.length > 50) problems.push({ field: 'points', message: 'at most 50 points' });
      const rows = points.map((p, i) => ({ contactId: contact.id, stage, point: text(`points.${i}.point`, p.point, problems), addressed: p.addressed }));
      refuseIf('points raised', problems);
      await manager.delete(ResponsePoint, { contactId: contact.id, stage });
      if (rows.length) await manager.insert(ResponsePoint, rows);
      return manager.find(ResponsePoint, { where: { contactId: contact.id, stage }, order: { id: 'ASC' } });
    });
  }

  addRemedy(input: AddRemedyInput): Promise<Remedy> {
    return inTransaction(this.dataSource, async (manager) => {
      const contact = await contactOf(manager, input.contactId);
      const problems: FieldProblem[] = [];
      if (!(input.type in REMEDY_TYPES)) problems.push({ field: 'type', message: `unknown remedy type: ${input.type}` });
      const description = text('description', input.description, problems);
      const owner = text('owner', input.owner, problems, 200);
      const offered = checkStepDate('offeredDate', input.offeredDate, this.today(), problems, { notBefore: [[contact.receivedDate, 'received date']] });
      if (!/^\d{4}-\d{2}-\d{2}$/.test(input.dueDate)) problems.push({ field: 'dueDate', message: 'must be a date, YYYY-MM-DD' });
      else if (offered && input.dueDate < offered) problems.push({ field: 'dueDate', message: `${input.dueDate} is before it was offered (${offered})` });
      refuseIf('remedy', problems);
      const { identifiers } = await manager.insert(Remedy, {
        contactId: contact.id,
        stage: input.stage,
        type: input.type,
        description,
        owner,
        dueDate: input.dueDate,
        completedDate: null,
        completionEvidence: null,
        offeredDate: offered!,
        offeredFinancialYear: financialYearOf(offered!),
      });
      return manager.findOneByOrFail(Remedy, { id: identifiers[0].id as number });
    });
  }

  /** Done, with the evidence (§7.3) — or, when it could not be, why and what was offered instead (§7.4). */
  completeRemedy(id: string, completedDate: string, evidence: string): Promise<Remedy> {
    return inTransaction(this.dataSource, async (manager) => {
      const numeric = numericId(id);
      const remedy = numeric === null ? null : await manager.findOneBy(Remedy, { id: numeric });
      if (!remedy) throw notFound('remedy', id);
      const problems: FieldProblem[] = [];
      if (remedy.completedDate) problems.push({ field: 'id', message: `completed on ${remedy.completedDate}` });
      const date = checkStepDate('completedDate', completedDate, this.today(), problems, { notBefore: [[remedy.offeredDate, 'date it was offered']] });
      const completionEvidence = text('evidence', evidence, problems);
      refuseIf('remedy completion', problems);
      await manager.update(Remedy, { id: remedy.id, completedDate: IsNull() }, { completedDate: date!, completionEvidence });
      return manager.findOneByOrFail(Remedy, { id: remedy.id });
    });
  }

  addAdjustment(input: AddReasonableAdjustmentInput): Promise<ReasonableAdjustment> {
    return inTransaction(this.dataSource, async (manager) => {
      const contact = await contactOf(manager, input.contactId);
      const problems: FieldProblem[] = [];
      const adjustment = text('adjustment', input.adjustment, problems);
      const agreed = checkStepDate('agreedDate', input.agreedDate, this.today(), problems);
      if (input.reviewDate && !/^\d{4}-\d{2}-\d{2}$/.test(input.reviewDate)) problems.push({ field: 'reviewDate', message: 'must be a date, YYYY-MM-DD' });
      else if (input.reviewDate && agreed && input.reviewDate < agreed) problems.push({ field: 'reviewDate', message: `${input.reviewDate} is before it was agreed (${agreed})` });
      refuseIf('reasonable adjustment', problems);
      const { identifiers } = await manager.insert(ReasonableAdjustment, {
        contactId: contact.id,
        adjustment,
        agreedDate: agreed!,
        reviewDate: input.reviewDate ?? null,
        lastReviewedDate: null,
        endedDate: null,
      });
      return manager.findOneByOrFail(ReasonableAdjustment, { id: identifiers[0].id as number });
    });
  }

  /** A review (§5.6): the next review date, or the date it stopped applying. */
  reviewAdjustment(id: string, reviewedDate: string, nextReviewDate: string | null, ended: boolean): Promise<ReasonableAdjustment> {
    return inTransaction(this.dataSource, async (manager) => {
      const numeric = numericId(id);
      const row = numeric === null ? null : await manager.findOneBy(ReasonableAdjustment, { id: numeric });
      if (!row) throw notFound('reasonable adjustment', id);
      const problems: FieldProblem[] = [];
      if (row.endedDate) problems.push({ field: 'id', message: `ended on ${row.endedDate}` });
      const date = checkStepDate('reviewedDate', reviewedDate, this.today(), problems, { notBefore: [[row.agreedDate, 'date agreed']] });
      if (!ended && !nextReviewDate) problems.push({ field: 'nextReviewDate', message: 'give the next review date, or end the adjustment' });
      else if (nextReviewDate && date && nextReviewDate <= date) problems.push({ field: 'nextReviewDate', message: `must be after the review (${date})` });
      refuseIf('adjustment review', problems);
      await manager.update(ReasonableAdjustment, { id: row.id }, { lastReviewedDate: date!, reviewDate: ended ? null : nextReviewDate, endedDate: ended ? date! : null });
      return manager.findOneByOrFail(ReasonableAdjustment, { id: row.id });
    });
  }

  // ---- Children Act: Stage 2 clock from the agreed statement ------------------

  /** Records when the statement of complaint was agreed; with CHILDREN_ACT_STAGE2_CLOCK=AGREED_STATEMENT the Stage 2 clock starts then. */
  recordAgreedStatement(escalationId: string, agreedDate: string): Promise<Escalation> {
    return inTransaction(this.dataSource, async (manager) => {
      const numeric = numericId(escalationId);
      const escalation = numeric === null ? null : await manager.findOneBy(Escalation, { id: numeric });
      if (!escalation) throw notFound('escalation', escalationId);
      const problems: FieldProblem[] = [];
      if (escalation.stage !== 'STAGE_2') problems.push({ field: 'escalationId', message: 'only a Stage 2 investigation has a statement of complaint' });
      if (escalation.responseSentDate) problems.push({ field: 'escalationId', message: `Stage 2 was answered on ${escalation.responseSentDate}` });
      const date = checkStepDate('agreedDate', agreedDate, this.today(), problems, { notBefore: [[escalation.requestedDate, 'Stage 2 request date']] });
      refuseIf('agreed statement', problems);
      const changes: Partial<Escalation> = { agreedStatementDate: date! };
      if (childrenActStage2Clock() === 'AGREED_STATEMENT') {
        changes.responseDueDate = escalationDeadlines({ stage: 'STAGE_2', requestedDate: date!, extended: escalation.extended }).responseDueDate;
      }
      await manager.update(Escalation, { id: escalation.id }, changes);
      await refreshCaseState(manager, [escalation.contactId]);
      return manager.findOneByOrFail(Escalation, { id: escalation.id });
    });
  }
}
