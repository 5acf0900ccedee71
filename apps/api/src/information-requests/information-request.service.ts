/**
 * Recording information requests and each step taken on them. Each write
 * checks everything first and runs in one transaction, guarded in its WHERE
 * clause by the state it checked, so a refused or conflicting request changes
 * nothing; every step is written to the request's history with who recorded it.
 */
import { referenceKey } from '@complaints/domain';
import { DataSource, EntityManager, IsNull, type FindOptionsWhere } from 'typeorm';
import { inTransaction } from '../db/transaction';
import { badUserInput, notFound } from '../graphql/errors';
import { financialYearOf } from '../periods/financial-year';
import { todayIso } from '../periods/today';
import { canonicalReference } from '../reference-numbers/canonical-reference';
import { isUniqueViolation, referenceInUse } from '../reference-numbers/reference-in-use';
import { catalogForWrites } from '../data-versions/catalog-for-writes';
import type { DataVersions } from '../data-versions/data-versions';
import { clockHistoryOf } from './information-request-history';
import {
  acknowledgeRequest,
  completeRequest,
  extendRequest,
  pauseRequest,
  resumeRequest,
  withdrawRequest,
  type ClockHistory,
  type RequestDecision,
} from './information-request-lifecycle';
import { nextInformationRequestReference } from './information-request-reference';
import { prepareInformationRequest } from './information-request-validation';
import { InformationRequestEvent } from './information-request-event.entity';
import { InformationRequestEventKind, type ClockPauseReason } from './information-request.enums';
import { InformationRequest } from './information-request.entity';
import type { RecordInformationRequestInput } from './information-request.inputs';

/** Stands in for a reference still to be generated, so validation can check the rest. */
const PENDING_REFERENCE = 'PENDING';

/** Who recorded a step when no one signed in did (fixtures, scripts). */
export const RECORDED_BY_SYSTEM = 'Complaints Insight';

type NewEvent = Pick<InformationRequestEvent, 'kind' | 'date'> & Partial<Pick<InformationRequestEvent, 'reason' | 'note' | 'dueDate'>>;

/** A step: its decision from the request and its clock history, the state it must still be in, and what to write in the history. */
interface Step<T> {
  subject: string;
  decide(request: InformationRequest, clock: ClockHistory): RequestDecision<T>;
  guard(request: InformationRequest): FindOptionsWhere<InformationRequest>;
  event(changes: T, request: InformationRequest): NewEvent;
  columns(changes: T): Partial<InformationRequest>;
}

const OPEN = { completedDate: IsNull(), withdrawnDate: IsNull() } as const;

export class InformationRequestService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly today: () => string = todayIso,
    /** The data versions read with the request's session (MySQL/MariaDB): a new request's service area is checked against them. */
    private readonly versions?: DataVersions,
  ) {}

  async record(input: RecordInformationRequestInput, recordedBy: string = RECORDED_BY_SYSTEM): Promise<InformationRequest> {
    const given = input.reference?.trim() || null;
    // The catalog kept under the reference data's version, read before the transaction, as a new contact's is.
    const catalog = await catalogForWrites(this.dataSource, this.versions);
    try {
      return await inTransaction(this.dataSource, async (manager) => {
        const result = prepareInformationRequest({ ...input, reference: given ?? PENDING_REFERENCE }, catalog, this.today());
        if (!result.ok) throw badUserInput('information request', result.problems);
        const row = result.row;
        if (given === null) {
          row.reference = await nextInformationRequestReference(manager, row.kind, financialYearOf(row.receivedDate));
          row.referenceKey = referenceKey(row.reference);
        } else {
          const clash = await manager.findOne(InformationRequest, { select: { reference: true }, where: [{ reference: row.reference }, { referenceKey: row.referenceKey }] });
          // FOI/1 and FOI-1 are one reference: web addresses write both as FOI-1.
          if (clash?.reference === row.reference) throw referenceInUse('information request', row.reference);
          if (clash) {
            throw badUserInput('information request', [{ field: 'reference', message: `'${row.reference}' is already in use, written '${clash.reference}'` }]);
          }
        }
        await manager.insert(InformationRequest, row);
        const saved = await manager.findOneByOrFail(InformationRequest, { reference: row.reference });
        const events: NewEvent[] = [{ kind: InformationRequestEventKind.RECEIVED, date: saved.receivedDate, dueDate: saved.dueDate }];
        if (saved.acknowledgedDate) events.push({ kind: InformationRequestEventKind.ACKNOWLEDGED, date: saved.acknowledgedDate });
        if (saved.extended) events.push({ kind: InformationRequestEventKind.EXTENDED, date: saved.receivedDate, note: saved.extensionReason, dueDate: saved.dueDate });
        if (saved.completedDate) events.push({ kind: InformationRequestEventKind.RESPONDED, date: saved.completedDate });
        await manager.insert(
          InformationRequestEvent,
          events.map((e) => ({ reason: null, note: null, dueDate: null, ...e, informationRequestId: saved.id, recordedBy })),
        );
        return saved;
      });
    } catch (error) {
      // Another save took the reference between our check and our insert.
      if (isUniqueViolation(error)) throw referenceInUse('information request', given && canonicalReference(given));
      throw error;
    }
  }

  acknowledge(id: string, acknowledgedDate: string, recordedBy: string): Promise<InformationRequest> {
    return this.step(id, recordedBy, {
      subject: 'acknowledgement',
      decide: (request) => acknowledgeRequest(request, acknowledgedDate, this.today()),
      guard: () => ({ ...OPEN, acknowledgedDate: IsNull() }),
      event: (changes) => ({ kind: InformationRequestEventKind.ACKNOWLEDGED, date: changes.acknowledgedDate! }),
      columns: (changes) => changes,
    });
  }

  complete(id: string, completedDate: string, recordedBy: string = RECORDED_BY_SYSTEM): Promise<InformationRequest> {
    return this.step(id, recordedBy, {
      subject: 'response',
      decide: (request, clock) => completeRequest(request, completedDate, this.today(), clock),
      guard: () => ({ ...OPEN, clockPausedOn: IsNull() }),
      event: (changes) => ({ kind: InformationRequestEventKind.RESPONDED, date: changes.completedDate! }),
      columns: (changes) => changes,
    });
  }

  extend(id: string, reason: string, recordedBy: string): Promise<InformationRequest> {
    const today = this.today();
    return this.step(id, recordedBy, {
      subject: 'extension',
      decide: (request, clock) => extendRequest(request, reason, today, clock),
      guard: (request) => ({ ...OPEN, clockPausedOn: IsNull(), extended: false, dueDate: request.dueDate }),
      event: (changes) => ({ kind: InformationRequestEventKind.EXTENDED, date: today, note: changes.extensionReason, dueDate: changes.dueDate }),
      columns: (changes) => changes,
    });
  }

  pause(id: string, reason: ClockPauseReason, pausedOn: string, recordedBy: string): Promise<InformationRequest> {
    return this.step(id, recordedBy, {
      subject: 'pause',
      decide: (request, clock) => pauseRequest(request, reason, pausedOn, this.today(), clock),
      guard: (request) => ({ ...OPEN, clockPausedOn: IsNull(), dueDate: request.dueDate }),
      event: (changes, request) => ({ kind: InformationRequestEventKind.CLOCK_PAUSED, date: changes.clockPausedOn!, reason: changes.clockPauseReason, dueDate: request.dueDate }),
      columns: (changes) => changes,
    });
  }

  resume(id: string, resumedOn: string, recordedBy: string): Promise<InformationRequest> {
    return this.step(id, recordedBy, {
      subject: 'resumption',
      decide: (request, clock) => resumeRequest(request, resumedOn, this.today(), clock),
      guard: (request) => ({ ...OPEN, clockPausedOn: request.clockPausedOn ?? IsNull() }),
      event: (changes) => ({ kind: InformationRequestEventKind.CLOCK_RESUMED, date: resumedOn, dueDate: changes.dueDate }),
      columns: (changes) => changes,
    });
  }

  withdraw(id: string, withdrawnDate: string, reason: string | null | undefined, recordedBy: string): Promise<InformationRequest> {
    return this.step(id, recordedBy, {
      subject: 'withdrawal',
      decide: (request, clock) => withdrawRequest(request, withdrawnDate, reason, this.today(), clock),
      guard: (request) => ({ ...OPEN, clockPausedOn: request.clockPausedOn ?? IsNull() }),
      event: (changes) => ({ kind: InformationRequestEventKind.WITHDRAWN, date: changes.withdrawnDate!, note: changes.reason }),
      columns: ({ reason: _reason, ...columns }) => columns,
    });
  }

  private step<T>(id: string, recordedBy: string, step: Step<T>): Promise<InformationRequest> {
    return inTransaction(this.dataSource, async (manager) => {
      const request = await this.find(manager, id);
      const events = await manager.find(InformationRequestEvent, { where: { informationRequestId: request.id } });
      const decision = step.decide(request, clockHistoryOf(events));
      if (!decision.ok) throw badUserInput(step.subject, decision.problems);
      const result = await manager.update(InformationRequest, { ...step.guard(request), id: request.id }, step.columns(decision.value));
      if (result.affected !== 1) {
        throw badUserInput('change', [{ field: 'id', message: 'was changed by someone else at the same time; reload it and try again' }]);
      }
      await manager.insert(InformationRequestEvent, {
        reason: null,
        note: null,
        dueDate: null,
        ...step.event(decision.value, request),
        informationRequestId: request.id,
        recordedBy,
      });
      return manager.findOneByOrFail(InformationRequest, { id: request.id });
    });
  }

  private async find(manager: EntityManager, id: string): Promise<InformationRequest> {
    const numeric = Number(id);
    const request = Number.isSafeInteger(numeric) && numeric > 0 ? await manager.findOneBy(InformationRequest, { id: numeric }) : null;
    if (!request) throw notFound('information request', id);
    return request;
  }
}
