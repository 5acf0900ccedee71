/** Annual reports shaped like the API's, for tests (figures from the 2009/10 demo data, some tables shortened). */
import type { AnnualReportData, ReportTableData } from './useAnnualReportQuery';

type Values = Array<number | null>;

export function reportTable(id: string, title: string, columns: string[], rows: Array<[string, Values]>, notes: string[] = []): ReportTableData {
  return { id, title, columns, rows: rows.map(([label, values]) => ({ label, values })), notes };
}

const MONTHS_2009 = ['Apr 2009', 'May 2009', 'Jun 2009', 'Jul 2009', 'Aug 2009', 'Sep 2009', 'Oct 2009', 'Nov 2009', 'Dec 2009', 'Jan 2010', 'Feb 2010', 'Mar 2010'];

export function table3(): ReportTableData {
  return reportTable(
    'table3',
    'Table 3: Contacts received month by month, 2009/10',
    [...MONTHS_2009, 'Total'],
    [
      ['Compliment', [0, 1, 1, 3, 1, 4, 12, 6, 1, 2, 2, 2, 35]],
      ['Correspondence/Enquiry', [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]],
      ['MP/Cllr Enquiry', [14, 6, 4, 8, 2, 8, 7, 11, 8, 4, 7, 10, 89]],
      ['Statutory complaint', [6, 14, 12, 19, 13, 17, 22, 15, 6, 8, 21, 14, 167]],
      ['Total', [20, 21, 17, 30, 16, 29, 41, 32, 15, 14, 30, 26, 291]],
    ],
    ['Each contact counts once, in the month it was received and under its record type.'],
  );
}

export function table2(): ReportTableData {
  return reportTable(
    'table2',
    'Table 2: Contacts – how received, 2009/10',
    ['Number', '%'],
    [
      ['Email', [114, 25.9]],
      ['Letter', [165, 37.4]],
      ['Telephone', [136, 30.8]],
      ['Web application', [26, 5.9]],
      ['Total', [441, 100]],
    ],
    ['Percentages are of all 441 contacts received in the year, to one decimal place (halves rounded away from zero).'],
  );
}

export function outcomes(): ReportTableData {
  return reportTable(
    'outcomes',
    '6.2 Outcomes of Stage 1 complaints, 2009/10',
    ['Number', '%'],
    [
      ['Not upheld', [70, 38.7]],
      ['Upheld', [43, 23.8]],
      ['Partially upheld', [39, 21.5]],
      ['Ongoing', [14, 7.7]],
      ['Withdrawn', [2, 1.1]],
      ['Not recorded', [13, 7.2]],
      ['Stage 1 complaints', [181, 100]],
    ],
  );
}

export function report2009(): AnnualReportData {
  return {
    financialYear: '2009/10',
    previousFinancialYear: '2008/09',
    from: '2009-04-01',
    to: '2010-03-31',
    tables: [
      reportTable(
        'table1',
        'Table 1: Contacts received by record type, 2008/09 and 2009/10',
        ['2008/09', '2008/09 %', '2009/10', '2009/10 %', 'Change %'],
        [
          ['Stage 1 complaints', [118, 38.2, 181, 41, 53.4]],
          ['Stage 1 complaints (Schools/LA)', [3, 1, 2, 0.5, -33.3]],
          ['Other correspondence/enquiries', [0, 0, 0, 0, null]],
          ['Total', [1309, 100, 1441, 100, 10.1]],
        ],
        ['Change % = (this year − previous year) ÷ previous year × 100, to one decimal place; blank where the previous year had none.'],
      ),
      table2(),
      table3(),
      reportTable(
        'table5',
        'Table 5: Contacts and complaints by issue, 2009/10',
        ['Number'],
        [
          ['Communication', [123]],
          ['Staffing issues', [114]],
          ['Total', [237]],
        ],
      ),
      reportTable(
        'table6',
        'Table 6: Social care activity, 2009/10',
        ['Number'],
        [
          ['Referrals', [3204]],
          ['Initial assessments', [null]],
          ['Formal complaints', [181]],
        ],
      ),
    ],
    outcomes: outcomes(),
    progression: reportTable('progression', '6.3 Progression of complaints beyond Stage 1, 2009/10', ['Number'], [['Progressed to Stage 2', [12]]]),
    feedback: reportTable('feedback', '9.1 Customer feedback forms sent and returned, 2009/10', ['Number', '%'], [['Feedback forms returned', [40, 31.7]]]),
    compliments: reportTable('compliments', '3.7 Compliments by service area, 2009/10', ['Number'], [['Total', [35]]]),
    divisions: reportTable('divisions', '3.2 Contacts received by division, 2009/10', ['Number'], [['Schools', [60]], ['Total', [441]]]),
    lostInformation: reportTable('lost-information', '12.2 Lost information, 2009/10', ['Incidents', 'ICO notified', 'ICO not notified', 'Awaiting ICO decision', 'Reported within 72 hours'], [['Paper records', [1, 1, 0, 0, 1]], ['Total', [1, 1, 0, 0, 1]]]),
    learningActions: [
      {
        id: '1',
        issueIdentified: 'Alleged breach of confidentiality',
        count: 9,
        actionNeeded: 'Review of procedure/policy and further training for staff',
        byWhom: 'Service Managers',
        status: 'ONGOING',
        dueDate: '2010-10-31',
        furtherAction: null,
      },
    ],
    learningCaptured: {
      summary:
        'Learning captured: 22 of the 150 complaints responded to (14.7%) led to a learning action. Learning considered: what was learned was recorded for 51 (34.0%), "nothing to learn" included.',
    },
  };
}

/** A year with no contacts: the API still answers, with zeros and blanks. */
export function emptyReport(financialYear = '2012/13'): AnnualReportData {
  const start = Number(financialYear.slice(0, 4));
  const report = report2009();
  const zero = (table: ReportTableData): ReportTableData => ({
    ...table,
    title: table.title.replace('2009/10', financialYear),
    rows: table.rows.map((row) => ({ ...row, values: row.values.map((v) => (v === null ? null : 0)) })),
  });
  return {
    ...report,
    financialYear,
    previousFinancialYear: `${start - 1}/${String(start % 100).padStart(2, '0')}`,
    from: `${start}-04-01`,
    to: `${start + 1}-03-31`,
    tables: report.tables.map(zero),
    outcomes: zero(report.outcomes),
    progression: zero(report.progression),
    feedback: zero(report.feedback),
    compliments: zero(report.compliments),
    divisions: zero(report.divisions),
    lostInformation: { ...report.lostInformation, title: report.lostInformation.title.replace('2009/10', financialYear), rows: [{ label: 'No incidents recorded', values: [0, 0, 0, 0, 0] }] },
    learningActions: [],
    learningCaptured: { summary: 'Learning captured: no formal complaint received in the year has had its response sent yet.' },
  };
}
