/**
 * The one count of lost-information incidents (by format and ICO outcome,
 * and how many were reported within 72 hours) that both lostInformationSummary
 * and the annual report's table read: one GROUP BY over format for the year.
 *
 * "Within 72 hours": notified by icoDueAt when the decision was to notify, or
 * the decision not to notify made by then (the clock stops there; see
 * @complaints/domain ico-clock). Comparing two stored instants keeps the SQL
 * the same on both dialects.
 */
import { INCIDENT_FORMATS, isFinancialYear, type IncidentFormat } from '@complaints/domain';
import type { AggregateRun } from '../aggregates/aggregate-runner';
import { badUserInput } from '../graphql/errors';
import { countOf } from '../statistics/aggregate-count';
import { LostInformationIncident } from './lost-information-incident.entity';
import type { LostInformationFormatCount, LostInformationSummary } from './lost-information.types';

type RawRow = { format: string; incidents: unknown; notified: unknown; notNotified: unknown; within72Hours: unknown };

export async function countIncidentsByFormat(run: AggregateRun, financialYear: string): Promise<LostInformationFormatCount[]> {
  const query = run.dataSource
    .createQueryBuilder()
    .from(LostInformationIncident, 'i')
    .select('i.format', 'format')
    .addSelect('COUNT(*)', 'incidents')
    .addSelect("SUM(CASE WHEN i.icoDecision = 'NOTIFY' AND i.icoNotifiedAt IS NOT NULL THEN 1 ELSE 0 END)", 'notified')
    .addSelect("SUM(CASE WHEN i.icoDecision = 'DO_NOT_NOTIFY' THEN 1 ELSE 0 END)", 'notNotified')
    .addSelect(
      "SUM(CASE WHEN (i.icoDecision = 'NOTIFY' AND i.icoNotifiedAt <= i.icoDueAt) OR (i.icoDecision = 'DO_NOT_NOTIFY' AND i.icoDecidedAt <= i.icoDueAt) THEN 1 ELSE 0 END)",
      'within72Hours',
    )
    .where('i.discoveredFinancialYear = :year', { year: financialYear })
    .groupBy('i.format');
  const rows = await run.rawMany<RawRow>(query);
  const byFormat = new Map(rows.map((r) => [r.format, r]));
  return (Object.keys(INCIDENT_FORMATS) as IncidentFormat[]).flatMap((format) => {
    const row = byFormat.get(format);
    if (!row) return [];
    const incidents = countOf(row.incidents);
    const notified = countOf(row.notified);
    const notNotified = countOf(row.notNotified);
    return [{ format, incidents, notified, notNotified, awaiting: incidents - notified - notNotified, within72Hours: countOf(row.within72Hours) }];
  });
}

export async function summariseIncidents(run: AggregateRun, financialYear: string): Promise<LostInformationSummary> {
  if (!isFinancialYear(financialYear)) {
    throw badUserInput('lostInformationSummary', [{ field: 'financialYear', message: "must be a financial year such as '2026/27'" }]);
  }
  const byFormat = await countIncidentsByFormat(run, financialYear);
  const sum = (key: keyof Omit<LostInformationFormatCount, 'format'>) => byFormat.reduce((total, row) => total + row[key], 0);
  return {
    financialYear,
    incidents: sum('incidents'),
    notified: sum('notified'),
    notNotified: sum('notNotified'),
    awaiting: sum('awaiting'),
    within72Hours: sum('within72Hours'),
    byFormat,
  };
}
