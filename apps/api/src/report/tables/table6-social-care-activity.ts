/**
 * Table 6: complaints set against social care activity. Referrals, initial
 * assessments and looked-after children come from the year's service activity
 * figures (blank when none were entered); the rest are counted from the contacts.
 */
import { ServiceActivity } from '../../service-activity/service-activity.entity';
import { Dimension } from '../../trends/trend.enums';
import { recordTypesInGroup, trendOfYear, type ReportScope } from '../report-scope';
import type { ReportTable } from '../report.types';

export async function buildTable6(scope: ReportScope): Promise<ReportTable> {
  const year = scope.current.financialYear;
  const [activity, byType] = await Promise.all([
    scope.dataSource.getRepository(ServiceActivity).findOneBy({ financialYear: year }),
    trendOfYear(scope, { groupBy: Dimension.RECORD_TYPE, crossBy: Dimension.COMPLAINANT_TYPE }),
  ]);
  const formal = new Set(recordTypesInGroup(scope, 'FORMAL_COMPLAINT'));
  const count = (match: (recordType: string, complainantType: string | null) => boolean) =>
    byType.series.filter((s) => match(s.key, s.crossKey)).reduce((sum, s) => sum + (s.total ?? 0), 0);
  return {
    id: 'table6',
    title: `Table 6: Social care activity, ${year}`,
    columns: ['Number'],
    rows: [
      { label: 'Referrals', values: [activity?.referrals ?? null] },
      { label: 'Initial assessments', values: [activity?.initialAssessments ?? null] },
      { label: 'Looked after children', values: [activity?.lookedAfterChildren ?? null] },
      { label: 'Formal complaints', values: [count((type) => formal.has(type))] },
      { label: 'Representations', values: [count((type) => type === 'REPRESENTATION')] },
      { label: 'Complaints by children', values: [count((type, by) => formal.has(type) && by === 'CHILD_OR_YOUNG_PERSON')] },
    ],
    notes: [
      activity
        ? `Referrals, initial assessments and looked-after children are the children and families social care figures entered for ${year}.`
        : `No social care activity figures have been entered for ${year}, so referrals, initial assessments and looked-after children are blank.`,
      'Formal complaints are statutory, corporate, school and Ombudsman complaints received in the year; representations do not include comments; complaints by children are formal complaints made by a child or young person.',
    ],
  };
}
