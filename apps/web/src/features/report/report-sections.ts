/**
 * The report page's layout: the sections the API's printable page uses too
 * (@complaints/domain), with a heading for each table's rows.
 */
import { APPENDIX_ID, REPORT_SECTIONS, type ReportSectionLayout } from '@complaints/domain';
import type { AnnualReportData, ReportTableData } from './useAnnualReportQuery';

export { APPENDIX_ID, REPORT_SECTIONS, type ReportSectionLayout };

/** Where tables the layout does not know yet go, so a new table from the API is never dropped. */
export const OTHER_TABLES_SECTION = { id: 'section-other', heading: 'Other tables' } as const;

/** What each table's rows are, as the heading of its first column. */
const ROW_HEADERS: Readonly<Record<string, string>> = {
  divisions: 'Division',
  table1: 'Record type',
  table2: 'How received',
  table3: 'Record type',
  compliments: 'Service area',
  table4: 'Service area',
  table5: 'Issue category',
  table6: 'Activity or contacts',
  table7: 'Service area and contact type',
  outcomes: 'Outcome',
  progression: 'Complaints',
  feedback: 'Complaints and forms',
  table8: 'Access to records requests',
  table9: 'Freedom of Information requests',
  'lost-information': 'Format',
};

/** The heading of a table's row labels; undefined for a table the layout does not know. */
export function rowHeaderOf(tableId: string): string | undefined {
  return ROW_HEADERS[tableId];
}

export interface ReportSection {
  id: string;
  heading: string;
  tables: ReportTableData[];
}

/** Every table of the report, by id. */
export function reportTables(report: AnnualReportData): ReportTableData[] {
  const { tables, divisions, compliments, outcomes, progression, feedback, lostInformation } = report;
  return [...tables, divisions, compliments, outcomes, progression, feedback, ...(lostInformation ? [lostInformation] : [])];
}

/**
 * The report's sections with their tables, in the printed report's order;
 * sections with none of their tables are left out, and any table not placed
 * goes in a last "Other tables" section.
 */
export function reportSections(report: AnnualReportData): ReportSection[] {
  const byId = new Map(reportTables(report).map((table) => [table.id, table]));
  const placed = new Set<string>();
  const sections: ReportSection[] = [];
  for (const layout of REPORT_SECTIONS) {
    const tables = layout.tableIds.flatMap((id) => {
      const table = byId.get(id);
      if (!table || placed.has(id)) return [];
      placed.add(id);
      return [table];
    });
    if (tables.length) sections.push({ id: layout.id, heading: layout.heading, tables });
  }
  const others = [...byId.values()].filter((table) => !placed.has(table.id));
  if (others.length) sections.push({ ...OTHER_TABLES_SECTION, tables: others });
  return sections;
}

/**
 * Contacts received in the report's year: table 3's grand total (the last
 * cell of its Total row). Null when table 3 is missing or has no such cell.
 */
export function contactsInYear(report: AnnualReportData): number | null {
  const table3 = report.tables.find((table) => table.id === 'table3');
  const total = table3?.rows.find((row) => /^total$/i.test(row.label.trim()));
  const value = total?.values[total.values.length - 1];
  return typeof value === 'number' ? value : null;
}
