/** The Code's process counted for one financial year: one GROUP BY per table, through the aggregate runner. */
import { CODE_STAGES, COMPLAINT_REGIMES, REFUSAL_REASONS, REMEDY_TYPES, type CodeStage, type ComplaintRegime, type RefusalReason, type RemedyType } from '@complaints/domain';
import type { AggregateRun } from '../aggregates/aggregate-runner';
import { Contact } from '../contacts/contact.entity';
import { RecordType } from '../reference/record-type.entity';
import { countOf } from '../statistics/aggregate-count';
import { ComplaintCodeStage } from './complaint-code-stage.entity';
import { ComplaintRefusal } from './complaint-refusal.entity';
import type { ComplaintCodeSummary } from './complaint-code.types';
import { Remedy } from './remedy.entity';
import { ServiceRequest } from './service-request.entity';

type Raw = Record<string, unknown>;

export async function summariseComplaintCode(run: AggregateRun, financialYear: string, asOf: string): Promise<ComplaintCodeSummary> {
  const ds = run.dataSource;
  const [regimes, requests, refusals, stages, remedies] = await Promise.all([
    run.rawMany<Raw>(
      ds.createQueryBuilder().from(Contact, 'c').innerJoin(RecordType, 'rt', 'rt.id = c.recordTypeId')
        .select('c.regime', 'regime').addSelect('COUNT(*)', 'n')
        .addSelect('SUM(CASE WHEN c.regimeOverrideReason IS NOT NULL THEN 1 ELSE 0 END)', 'overridden')
        .where('c.receivedFinancialYear = :fy', { fy: financialYear }).andWhere("rt.group = 'FORMAL_COMPLAINT'")
        .groupBy('c.regime'),
    ),
    run.rawMany<Raw>(
      ds.createQueryBuilder().from(ServiceRequest, 's').select('s.status', 'status').addSelect('COUNT(*)', 'n')
        .where('s.receivedFinancialYear = :fy', { fy: financialYear }).groupBy('s.status'),
    ),
    run.rawMany<Raw>(
      ds.createQueryBuilder().from(ComplaintRefusal, 'r').select('r.reason', 'reason').addSelect('r.subject', 'subject').addSelect('COUNT(*)', 'n')
        .where('r.refusedFinancialYear = :fy', { fy: financialYear }).groupBy('r.reason').addGroupBy('r.subject'),
    ),
    run.rawMany<Raw>(
      ds.createQueryBuilder().from(ComplaintCodeStage, 'g').select('g.stage', 'stage').addSelect('COUNT(*)', 'started')
        .addSelect('SUM(CASE WHEN g.acknowledgementSentDate <= g.acknowledgementDueDate THEN 1 ELSE 0 END)', 'ackInTime')
        .addSelect('SUM(CASE WHEN g.responseSentDate IS NOT NULL THEN 1 ELSE 0 END)', 'responded')
        .addSelect('SUM(CASE WHEN g.responseSentDate <= g.responseDueDate THEN 1 ELSE 0 END)', 'inTime')
        .addSelect('SUM(CASE WHEN g.responseSentDate <= g.originalResponseDueDate THEN 1 ELSE 0 END)', 'withinTimescale')
        .addSelect('SUM(CASE WHEN g.extensionWorkingDays IS NOT NULL THEN 1 ELSE 0 END)', 'extended')
        .where('g.startFinancialYear = :fy', { fy: financialYear }).groupBy('g.stage'),
    ),
    run.rawMany<Raw>(
      ds.createQueryBuilder().from(Remedy, 'm').select('m.type', 'type').addSelect('COUNT(*)', 'offered')
        .addSelect('SUM(CASE WHEN m.completedDate IS NOT NULL THEN 1 ELSE 0 END)', 'completed')
        .addSelect('SUM(CASE WHEN m.completedDate IS NULL AND m.dueDate < :asOf THEN 1 ELSE 0 END)', 'overdue')
        .where('m.offeredFinancialYear = :fy', { fy: financialYear }).setParameter('asOf', asOf).groupBy('m.type'),
    ),
  ]);
  const status = (s: string) => countOf(requests.find((r) => r.status === s)?.n);
  return {
    financialYear,
    regimes: (Object.keys(COMPLAINT_REGIMES) as ComplaintRegime[]).map((regime) => {
      const row = regimes.find((r) => r.regime === regime);
      return { regime, complaints: countOf(row?.n), overridden: countOf(row?.overridden) };
    }),
    serviceRequestsReceived: requests.reduce((sum, r) => sum + countOf(r.n), 0),
    serviceRequestsConverted: status('CONVERTED'),
    serviceRequestsOpen: status('OPEN'),
    refusals: (Object.keys(REFUSAL_REASONS) as RefusalReason[])
      .map((reason) => ({
        reason,
        complaints: countOf(refusals.find((r) => r.reason === reason && r.subject === 'COMPLAINT')?.n),
        escalations: countOf(refusals.find((r) => r.reason === reason && r.subject === 'ESCALATION')?.n),
      }))
      .filter((r) => r.complaints + r.escalations > 0),
    stages: (Object.keys(CODE_STAGES) as CodeStage[]).map((stage) => {
      const row = stages.find((r) => r.stage === stage);
      return {
        stage,
        started: countOf(row?.started),
        acknowledgedInTime: countOf(row?.ackInTime),
        responded: countOf(row?.responded),
        respondedInTime: countOf(row?.inTime),
        respondedWithinTimescale: countOf(row?.withinTimescale),
        extended: countOf(row?.extended),
      };
    }),
    remedies: (Object.keys(REMEDY_TYPES) as RemedyType[])
      .map((type) => {
        const row = remedies.find((r) => r.type === type);
        return { type, offered: countOf(row?.offered), completed: countOf(row?.completed), overdue: countOf(row?.overdue) };
      })
      .filter((r) => r.offered > 0),
  };
}
