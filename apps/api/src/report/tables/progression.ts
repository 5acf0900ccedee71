/** 6.3 (with 6.4 and 6.5): how far the year's complaints went beyond Stage 1. */
import { countOf } from '../../statistics/aggregate-count';
import { Contact } from '../../contacts/contact.entity';
import { Escalation } from '../../contacts/escalation.entity';
import { Dimension } from '../../trends/trend.enums';
import { FORMAL_COMPLAINTS, totalsByKey, trendOfYear, type ReportScope } from '../report-scope';
import type { ReportTable } from '../report.types';

export async function buildProgression(scope: ReportScope): Promise<ReportTable> {
  const year = scope.current.financialYear;
  // Three statements, each reading only what it counts: the escalations from their own table (few, beside the
  // contacts), and the premature referrals in IDX_contact_premature_year, not every contact row of the year.
  const [byStage, escalated, premature] = await Promise.all([
    trendOfYear(scope, { groupBy: Dimension.STAGE, filter: FORMAL_COMPLAINTS }),
    scope.aggregates.rawOne<Record<'stage2' | 'reviews' | 'stage3', unknown>>(
      scope.dataSource
        .createQueryBuilder()
        .from(Escalation, 'e')
        .innerJoin(Contact, 'c', 'c.id = e.contactId')
        .where('c.receivedFinancialYear = :year', { year })
        .select("COUNT(DISTINCT CASE WHEN e.stage = 'STAGE_2' THEN c.id END)", 'stage2')
        .addSelect("COUNT(DISTINCT CASE WHEN e.stage = 'STAGE_2' AND e.managementReview = :yes THEN c.id END)", 'reviews')
        .addSelect("COUNT(DISTINCT CASE WHEN e.stage = 'STAGE_3' THEN c.id END)", 'stage3')
        .setParameter('yes', true),
    ),
    scope.aggregates.rawOne<{ n: unknown }>(
      scope.dataSource
        .createQueryBuilder()
        .from(Contact, 'c')
        .where('c.receivedFinancialYear = :year AND c.prematureOmbudsmanReferral = :yes', { year, yes: true })
        .select('COUNT(*)', 'n'),
    ),
  ]);
  const counts = { ...escalated, premature: premature?.n };
  const stages = totalsByKey(byStage);
  return {
    id: 'progression',
    title: `6.3 Progression of complaints beyond Stage 1, ${year}`,
    columns: ['Number'],
    rows: [
      { label: 'Stage 1 complaints', values: [byStage.totalCount] },
      { label: 'Progressed to Stage 2', values: [countOf(counts?.stage2)] },
      { label: 'Stage 2 complaints taken to a management review', values: [countOf(counts?.reviews)] },
      { label: 'Progressed to Stage 3', values: [countOf(counts?.stage3)] },
      { label: 'Investigated by the Local Government Ombudsman', values: [stages.get('OMBUDSMAN') ?? 0] },
      { label: 'Premature complaints passed back by the Ombudsman', values: [countOf(counts?.premature)] },
    ],
    notes: [
      'Counts complaints received in the year. Progressed to Stage 2 or 3: complaints with an escalation to that stage, whenever it was requested; a management review is a further investigation of a Stage 2 complaint.',
      "Investigated by the Ombudsman: Ombudsman (LGO) complaints, which are at the Ombudsman stage. Premature complaints are ones the Ombudsman passed back because the council had not yet investigated them; they were answered at Stage 1 (6.5).",
    ],
  };
}
