/**
 * Table 1: contacts by record type, both years, with percentages of each
 * year's contacts and the change. Stage 1 (formal) complaints are split by
 * their primary service area as the report does: Social Care, schools under
 * the school's own procedure, schools under the corporate procedure, and the rest.
 */
import { Dimension } from '../../trends/trend.enums';
import { cellOf, comparisonColumns, comparisonRow, CHANGE_NOTE, percentNote, type YearPair } from '../report-rows';
import { countsInYear, FORMAL_COMPLAINTS, recordTypesInGroup, sumOf, trendOfBothYears, type ReportScope } from '../report-scope';
import { printedReportNotes } from '../printed-report';
import type { ReportRow, ReportTable } from '../report.types';
import { previousYearMappingNotes } from '../report-taxonomy';
import { TaxonomyKind } from '../../reference/taxonomy/taxonomy.enums';

const FORMAL = 'FORMAL_COMPLAINT';

/** Stage 1 complaint rows: primary service areas named, then every other area. */
const COMPLAINT_ROWS = [
  { label: 'Stage 1 complaints (Social Care)', serviceAreas: ['SOCIAL_CARE'] },
  { label: 'Stage 1 complaints (Inclusion + other)', serviceAreas: null },
  { label: 'Stage 1 complaints (Schools)', serviceAreas: ['SCHOOLS_OWN_PROCEDURE'] },
  { label: 'Stage 1 complaints (Schools/LA)', serviceAreas: ['SCHOOLS_CORPORATE'] },
] as const;

export async function buildTable1(scope: ReportScope): Promise<ReportTable> {
  const [byRecordType, complaintsByArea] = await Promise.all([
    trendOfBothYears(scope, { groupBy: Dimension.RECORD_TYPE }),
    trendOfBothYears(scope, { groupBy: Dimension.SERVICE_AREA, filter: FORMAL_COMPLAINTS }),
  ]);
  const years = [scope.previous.financialYear, scope.current.financialYear] as const;
  const types = years.map((y) => countsInYear(byRecordType, y));
  const areas = years.map((y) => countsInYear(complaintsByArea, y));
  const pair = (count: (i: number) => number): YearPair => ({ previous: count(0), current: count(1) });

  const named = new Set<string>(COMPLAINT_ROWS.flatMap((r) => r.serviceAreas ?? []));
  const otherAreas = scope.catalog.serviceAreas.list.map((a) => a.code).filter((code) => !named.has(code));
  const group = (code: string) => recordTypesInGroup(scope, code);
  const otherEnquiries = group('ENQUIRY').filter((code) => code !== 'MP_CLLR_ENQUIRY');

  const totals = pair((i) => sumOf(types[i], types[i].keys()));
  const row = (label: string, count: (i: number) => number): ReportRow => comparisonRow(label, pair(count), totals);
  const rows = [
    row('Stage 1 complaints', (i) => sumOf(types[i], group(FORMAL))),
    ...COMPLAINT_ROWS.map((r) => row(r.label, (i) => sumOf(areas[i], r.serviceAreas ?? otherAreas))),
    row('Referrals', (i) => sumOf(types[i], group('REFERRAL'))),
    row('Representations/comments', (i) => sumOf(types[i], group('REPRESENTATION_OR_COMMENT'))),
    row('MP/Cllr enquiries', (i) => sumOf(types[i], ['MP_CLLR_ENQUIRY'])),
    row('Other correspondence/enquiries', (i) => sumOf(types[i], otherEnquiries)),
    row('Compliments', (i) => sumOf(types[i], group('COMPLIMENT'))),
    row('Total', (i) => sumOf(types[i], types[i].keys())),
  ];

  const [previous, current] = years;
  const countOfRecords = (label: string) => cellOf(rows, label, 2);
  return {
    id: 'table1',
    title: `Table 1: Contacts received by record type, ${previous} and ${current}`,
    columns: comparisonColumns(scope),
    rows,
    notes: [
      `'Stage 1 complaints' are all formal complaints (statutory, corporate, school and Ombudsman complaints) and add up the four rows below it, which split them by the complaint's primary service area: ` +
        "Safeguarding: Social Care; schools under the school's own procedure; schools under the corporate procedure (answered by the local authority); and every other service area.",
      'Representations/comments counts representations and comments together; MP/Cllr enquiries and other correspondence/enquiries together make up the enquiries.',
      percentNote(`all contacts received in that year (${totals.previous} in ${previous}, ${totals.current} in ${current})`),
      CHANGE_NOTE,
      ...previousYearMappingNotes(scope, [TaxonomyKind.SERVICE_AREA]),
      ...printedReportNotes(scope, () => [
        `The printed table shows 127 representations/comments, so its rows add to 440, not 441; the records hold ${cellOf(rows, 'Representations/comments', 2)} (representations and comments, as in table 3), so here the rows add to the total.`,
        `The printed 2008/09 percentages divide by contacts less compliments (261) and the 2009/10 ones by all contacts; here both years divide by all contacts. The printed 42.72% rise in contacts is ${cellOf(rows, 'Total', 4)}% here.`,
        `Several printed 2009/10 percentages do not follow from the printed counts (MP/Cllr enquiries printed as 20.32%, compliments as 7.80%); here every percentage is computed from the counts shown: ${countOfRecords('MP/Cllr enquiries')} MP/Cllr enquiries of ${totals.current} contacts is ${cellOf(rows, 'MP/Cllr enquiries', 3)}%, ${countOfRecords('Compliments')} compliments is ${cellOf(rows, 'Compliments', 3)}%.`,
        "The printed 2008/09 column has one row, 'Complaints (All other)', for what is Inclusion + other and Schools/LA here; both years are split the same way here.",
      ]),
    ],
  };
}
