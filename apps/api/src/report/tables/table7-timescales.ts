/**
 * Table 7: acknowledgements and full responses made within timescales, for
 * Social Care and for Inclusion with School Standards, enquiries and formal
 * complaints, both years. The trend engine's ACKNOWLEDGED_IN_TIME_PERCENT and
 * RESPONDED_IN_TIME_PERCENT define "in time"; the percentages are re-rounded
 * from their counts so every table rounds the same way.
 */
import { TrendMeasure } from '../../trends/trend.enums';
import type { TrendFilter } from '../../trends/trend.inputs';
import { numeratorOf, percentOf } from '../../statistics/percent';
import { printedReportNotes } from '../printed-report';
import { percentNote } from '../report-rows';
import { FORMAL_COMPLAINTS, pointOf, trendOfBothYears, type ReportScope } from '../report-scope';
import type { ReportRow, ReportTable } from '../report.types';
import { previousYearMappingNotes } from '../report-taxonomy';
import { TaxonomyKind } from '../../reference/taxonomy/taxonomy.enums';

export const TIMESCALE_GROUPS = [
  { label: 'Safeguarding: Social Care', serviceAreas: ['SOCIAL_CARE'] },
  { label: 'Inclusion and School Standards', serviceAreas: ['INCLUSION', 'SCHOOL_STANDARDS'] },
] as const;

export const TIMESCALE_TYPES: ReadonlyArray<{ label: string; filter: TrendFilter }> = [
  { label: 'Cllr/MP enquiry', filter: { recordTypes: ['MP_CLLR_ENQUIRY'] } },
  { label: 'Formal Stage 1', filter: FORMAL_COMPLAINTS },
];

export function timescaleRowLabel(group: string, type: string): string {
  return `${group} – ${type}`;
}

interface InTime {
  inTime: number;
  of: number;
}

export async function buildTable7(scope: ReportScope): Promise<ReportTable> {
  const years = [scope.previous.financialYear, scope.current.financialYear];
  const measures = [TrendMeasure.ACKNOWLEDGED_IN_TIME_PERCENT, TrendMeasure.RESPONDED_IN_TIME_PERCENT];
  const cells = TIMESCALE_GROUPS.flatMap((group) => TIMESCALE_TYPES.map((type) => ({ group, type })));
  const results = await Promise.all(
    cells.flatMap(({ group, type }) =>
      measures.map((measure) => trendOfBothYears(scope, { measure, filter: { ...type.filter, serviceAreas: [...group.serviceAreas] } })),
    ),
  );

  const counted: string[] = [];
  const rows: ReportRow[] = cells.map(({ group, type }, i) => {
    const label = timescaleRowLabel(group.label, type.label);
    // Per measure, per year: the contacts in time and those counted.
    const inTime: InTime[][] = measures.map((_, m) =>
      years.map((year) => {
        const point = pointOf(results[i * measures.length + m].series[0], year);
        return { inTime: numeratorOf(point.value, point.count), of: point.count };
      }),
    );
    const [ack, full] = inTime.map((perYear) => perYear.map((c) => `${c.inTime} of ${c.of}`));
    counted.push(
      `${label}: acknowledged in time ${ack[0]} (${years[0]}) and ${ack[1]} (${years[1]}); responded to in time ${full[0]} (${years[0]}) and ${full[1]} (${years[1]}).`,
    );
    return { label, values: inTime.flatMap((perYear) => perYear.map((c) => percentOf(c.inTime, c.of))) };
  });

  return {
    id: 'table7',
    title: `Table 7: Responses made within timescales, ${years[0]} and ${years[1]}`,
    columns: years.map((y) => `Acknowledgement ${y} %`).concat(years.map((y) => `Full response ${y} %`)),
    rows,
    notes: [
      'Groups are by the primary service area: Safeguarding: Social Care, or Safeguarding: Inclusion with School Standards. Formal Stage 1 means statutory, corporate, school and Ombudsman complaints; school complaints have no council response timescale and so do not count in the full-response columns.',
      results[0].definition,
      results[1].definition,
      percentNote('the contacts counted in each cell (below), computed from the counts'),
      ...counted,
      ...previousYearMappingNotes(scope, [TaxonomyKind.SERVICE_AREA]),
      ...printedReportNotes(scope, () => [
        'The printed table gives some percentages to two decimal places and some to none; here all are to one decimal place. The printed acknowledgement figures for enquiries (95.00% and 97.00%) are marked as reflecting a delay in enquiries being sent to the team.',
      ]),
    ],
  };
}
