/**
 * Assembles the annual report for a financial year from one small module per
 * table. Every figure is counted in SQL (most through the trend engine); the
 * modules only fold aggregate rows into labelled table rows.
 */
import type { AggregateRun } from '../aggregates/aggregate-runner';
import { holdsDemoDataset } from '../demo-data/dataset-marker';
import { badUserInput } from '../graphql/errors';
import type { ReferenceCatalog } from '../reference/reference-catalog';
import { checkReportYear, type ReportYears } from './report-year';
import type { ReportScope } from './report-scope';
import type { AnnualReport, ReportTable } from './report.types';
import { buildChildrenAndYoungPeople } from './tables/children-and-young-people';
import { buildCompliments } from './tables/compliments';
import { buildDivisions } from './tables/divisions';
import { buildFeedback } from './tables/feedback';
import { buildLearningCaptured } from './tables/learning-captured';
import { buildLostInformation } from './tables/lost-information';
import { buildAppendix1 } from './tables/learning-actions';
import { buildOutcomes } from './tables/outcomes';
import { buildProgression } from './tables/progression';
import { buildTable1 } from './tables/table1-record-types';
import { buildTable2 } from './tables/table2-channels';
import { buildTable3 } from './tables/table3-monthly';
import { buildTable4 } from './tables/table4-service-areas';
import { buildTable5 } from './tables/table5-issues';
import { buildTable6 } from './tables/table6-social-care-activity';
import { buildTable7 } from './tables/table7-timescales';
import { buildTable8 } from './tables/table8-access-to-records';
import { buildTable9 } from './tables/table9-freedom-of-information';

type TableBuilder = (scope: ReportScope) => Promise<ReportTable>;

const NUMBERED_TABLES: ReadonlyArray<readonly [string, TableBuilder]> = [
  ['table1', buildTable1],
  ['table2', buildTable2],
  ['table3', buildTable3],
  ['table4', buildTable4],
  ['table5', buildTable5],
  ['table6', buildTable6],
  ['table7', buildTable7],
  ['table8', buildTable8],
  ['table9', buildTable9],
];

const SECTION_TABLES = {
  outcomes: buildOutcomes,
  progression: buildProgression,
  feedback: buildFeedback,
  compliments: buildCompliments,
  divisions: buildDivisions,
  'lost-information': buildLostInformation,
  'children-and-young-people': buildChildrenAndYoungPeople,
} satisfies Record<string, TableBuilder>;

const BUILDERS = new Map<string, TableBuilder>([...NUMBERED_TABLES, ...Object.entries(SECTION_TABLES)]);

/** Every table id, numbered tables first. */
export const REPORT_TABLE_IDS: readonly string[] = [...BUILDERS.keys()];

export function isReportTableId(id: string): boolean {
  return BUILDERS.has(id);
}

/** The two years a report covers, or BAD_USER_INPUT naming financialYear. */
export function reportYearsOrThrow(financialYear: string, today: string): ReportYears {
  const check = checkReportYear(financialYear, today);
  if (!check.ok) throw badUserInput('annualReport', [{ field: 'financialYear', message: check.message }]);
  return check.years;
}

async function scopeOf(run: AggregateRun, catalog: ReferenceCatalog, years: ReportYears, today: string): Promise<ReportScope> {
  return { dataSource: run.dataSource, aggregates: run, catalog, today, ...years, isDemoDataset: await holdsDemoDataset(run.dataSource) };
}

/** The whole report, its aggregates run through `run` (an admitted aggregate: see aggregates/). */
export async function buildAnnualReport(run: AggregateRun, catalog: ReferenceCatalog, financialYear: string, today: string): Promise<AnnualReport> {
  const years = reportYearsOrThrow(financialYear, today);
  const scope = await scopeOf(run, catalog, years, today);
  // Every table inside the one Promise.all: a table started outside it would reject unhandled when another fails first.
  const [tables, outcomes, progression, feedback, compliments, divisions, appendix1, learningCaptured, lostInformation, childrenAndYoungPeople] = await Promise.all([
    Promise.all(NUMBERED_TABLES.map(([, build]) => build(scope))),
    SECTION_TABLES.outcomes(scope),
    SECTION_TABLES.progression(scope),
    SECTION_TABLES.feedback(scope),
    SECTION_TABLES.compliments(scope),
    SECTION_TABLES.divisions(scope),
    buildAppendix1(run, catalog, years.current.financialYear),
    buildLearningCaptured(run, years.current.financialYear),
    SECTION_TABLES['lost-information'](scope),
    SECTION_TABLES['children-and-young-people'](scope),
  ]);
  return {
    financialYear: years.current.financialYear,
    previousFinancialYear: years.previous.financialYear,
    from: years.current.from,
    to: years.current.to,
    tables,
    outcomes,
    progression,
    feedback,
    compliments,
    divisions,
    learningActions: appendix1.actions,
    learningActionNotes: appendix1.notes,
    learningCaptured,
    lostInformation,
    childrenAndYoungPeople,
  };
}

/** One table of the report (for the CSV export); null for an unknown id. */
export async function buildReportTable(
  run: AggregateRun,
  catalog: ReferenceCatalog,
  financialYear: string,
  tableId: string,
  today: string,
): Promise<ReportTable | null> {
  const build = BUILDERS.get(tableId);
  if (!build) return null;
  return build(await scopeOf(run, catalog, reportYearsOrThrow(financialYear, today), today));
}
