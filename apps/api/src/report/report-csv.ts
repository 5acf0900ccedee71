/** Report tables as CSV rows for export/csv.ts: a header row (blank corner cell), the rows, a blank line, the notes. */
import type { LearningAction } from '../actions/learning-action.entity';
import type { CsvCell } from '../export/csv';
import { LEARNING_ACTION_STATUSES } from '../reference/reference-data';
import type { ReportTable } from './report.types';

export function reportTableCsvRows(table: ReportTable): CsvCell[][] {
  return [['', ...table.columns], ...table.rows.map((row) => [row.label, ...row.values]), [], ...table.notes.map((note) => [note])];
}

export const LEARNING_ACTION_COLUMNS = ['Issue identified', 'Complaints', 'Action needed', 'By whom', 'Status', 'Review date', 'Further action'];

export function learningActionCells(action: LearningAction): CsvCell[] {
  return [
    action.issueIdentified,
    action.count,
    action.actionNeeded,
    action.byWhom,
    LEARNING_ACTION_STATUSES[action.status],
    action.dueDate,
    action.furtherAction,
  ];
}

export function learningActionsCsvRows(actions: LearningAction[], financialYear: string, notes: string[] = []): CsvCell[][] {
  return [
    LEARNING_ACTION_COLUMNS,
    ...actions.map(learningActionCells),
    [],
    [`Appendix 1: the learning-from-complaints actions recorded for ${financialYear}.`],
    ...notes.map((note) => [note]),
  ];
}
