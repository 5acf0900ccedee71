/** CSV rows (before toCsv's spreadsheet-safe escaping) for the Code report's tables and the self-assessment form. */
import type { CsvCell } from '../export/csv';
import type { SelfAssessment } from '../self-assessment/self-assessment.entity';
import type { SelfAssessmentRow } from '../self-assessment/self-assessment.types';
import type { CodeReportTable } from './code-report.types';

export function codeReportTableCsv(table: CodeReportTable, financialYear: string, disclosureNote: string): CsvCell[][] {
  return [
    [table.title],
    [`Financial year ${financialYear}`],
    [disclosureNote],
    [],
    ['', ...table.columns],
    ...table.rows.map((r) => [r.label, ...r.cells]),
    [],
    ...table.notes.map((n) => [n]),
  ];
}

/** The Housing Ombudsman form layout: provision | requirement | comply yes/no | evidence | commentary, then the actions. */
export function selfAssessmentCsv(assessment: SelfAssessment, rows: SelfAssessmentRow[], source: string): CsvCell[][] {
  const comply = (v: boolean | null) => (v === true ? 'Yes' : v === false ? 'No' : '');
  return [
    [`Self-assessment against the Complaint Handling Code, version ${assessment.version} (${assessment.status === 'APPROVED' ? `approved by ${assessment.approvedBy} on ${assessment.approvedOn}` : 'draft'})`],
    [source],
    [],
    ['Provision', 'Requirement', 'Comply: yes/no', 'Evidence', 'Commentary / explanation', 'Measured by Complaints Insight', 'Flagged'],
    ...rows.map((r) => [
      `${r.provision.code} ${r.provision.title}`,
      r.provision.requirement,
      comply(r.complies),
      r.evidence ?? '',
      r.commentary ?? '',
      r.measuredEvidence ?? '',
      r.flagged ? `Yes: ${r.flagReason ?? ''}` : '',
    ]),
    [],
    ['Provision', 'Action', 'Owner', 'Due date', 'Completed'],
    ...rows.flatMap((r) => r.actions.map((a) => [r.provision.code, a.description, a.owner, a.dueDate, a.completedOn ?? ''])),
  ];
}
