import type { ComplaintCodeReportQuery, OmbudsmanBenchmarkQuery, SelfAssessmentsQuery } from '../../graphql/graphql';

export const REPORT: ComplaintCodeReportQuery = {
  complaintCodeReport: {
    financialYear: '2026/27',
    from: '2026-04-01',
    to: '2026-11-26',
    disclosureRule: 'UNDER_5',
    disclosureNote: 'Figures are published under the UNDER_5 disclosure rule: 4 small or protecting figures are suppressed.',
    provisionsSource: 'Paraphrased by Complaints Insight from the Code.',
    selfAssessment: { id: '1', version: 1, status: 'APPROVED' as never, approvedBy: 'Audit and Governance Committee', approvedOn: '2026-10-15' },
    nonCompliance: [
      { entryId: '13', complies: false, flagged: true, flagReason: 'Below 95 % in the year.', provision: { code: '6.3', title: 'Stage 1 response' }, actions: [{ id: '1', description: 'Weekly review', owner: 'Head of Customer Care', dueDate: '2027-03-31' }] },
    ],
    tables: [
      {
        id: 'volume',
        section: 'Quantitative analysis of complaint handling',
        title: 'Complaints received by month, 2026/27',
        columns: ['Children Act (statutory)', 'Complaint Handling Code', 'Total'],
        rows: [
          { label: 'April 2026', cells: ['12', '<5', 'c'] },
          { label: 'Total', cells: ['12', '<5', 'c'] },
        ],
        notes: ['By the procedure each complaint follows (its regime).'],
      },
      { id: 'refusals', section: 'Types of complaints refused', title: 'Complaints and escalations refused, by reason, 2026/27', columns: ['Accepting the complaint', 'Total'], rows: [], notes: [] },
    ],
    statutoryTables: [{ id: 'statutory-table7', title: 'Table 7: Responses made within timescales', columns: ['Acknowledgement 2026/27 %'], rows: [{ label: 'Social care', cells: ['95.0%'] }], notes: [] }],
    ombudsmanLetter: null,
    governanceResponse: { financialYear: '2026/27', body: 'Audit and Governance Committee', consideredOn: '2026-11-20', response: 'The committee notes the report.' },
  },
};

const row = (code: string, extra: Partial<SelfAssessmentsQuery['selfAssessments'][number]['rows'][number]> = {}): SelfAssessmentsQuery['selfAssessments'][number]['rows'][number] => ({
  entryId: code,
  complies: null,
  evidence: null,
  commentary: null,
  measuredEvidence: null,
  flagged: false,
  flagReason: null,
  provision: { code, section: '6 Complaint stages', title: `Provision ${code}`, requirement: `What ${code} asks.` },
  actions: [],
  ...extra,
});

export function assessments(status: 'DRAFT' | 'APPROVED'): SelfAssessmentsQuery {
  return {
    selfAssessments: [
      {
        id: '7',
        version: 2,
        status: status as never,
        financialYear: '2026/27',
        reason: 'After the restructure',
        approvedBy: status === 'APPROVED' ? 'Audit and Governance Committee' : null,
        approvedOn: status === 'APPROVED' ? '2026-11-20' : null,
        provisionsSource: 'Paraphrased by Complaints Insight from the Code.',
        rows: [
          row('6.2', { complies: true, measuredEvidence: 'Stage 1 acknowledgements within 5 working days: 100 % of 3' }),
          row('6.3', { complies: false, measuredEvidence: 'Stage 1 responses within 10 working days (or the extension given): 67 % of 3', flagged: true, flagReason: 'Below 95 % in the year.' }),
        ],
      },
    ],
  };
}

export const BENCHMARK: OmbudsmanBenchmarkQuery = {
  ombudsmanBenchmark: {
    financialYear: '2025/26',
    selfCouncil: 'Demo City Council',
    comparatorUpheldPercent: 70.1,
    councils: ['Demo City Council', 'Eastport Borough Council (invented)'],
    years: ['2025/26', '2024/25'],
    includesInventedSample: true,
    note: 'INVENTED SAMPLE: these figures come from the sample file shipped with the demo data.',
    rows: [
      { id: '1', councilName: 'Demo City Council', financialYear: '2025/26', complaintsReceived: 66, decided: 63, upheld: 16, upheldPercent: 72.7, compliancePercent: 100, satisfactoryRemedy: 3, invented: true },
      { id: '2', councilName: 'Eastport Borough Council (invented)', financialYear: '2025/26', complaintsReceived: 52, decided: 50, upheld: 12, upheldPercent: 66.7, compliancePercent: 100, satisfactoryRemedy: 1, invented: true },
    ],
  },
};
