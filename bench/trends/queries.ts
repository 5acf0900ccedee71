/**
 * The representative trend questions: each as the GraphQL `trend` input the web
 * app would send and as the SQL an engineer would write by hand for the same
 * answer (ids resolved beforehand, `?` placeholders, portable to both dialects).
 * `fold` turns the raw rows into the same cells the GraphQL answer has, so the
 * runner can check that both paths agree before timing them.
 */
import { periodsBetween } from '../../apps/api/src/periods/period-series';
import { MEASURES } from '../../apps/api/src/trends/measures';
import { TrendMeasure } from '../../apps/api/src/trends/trend.enums';
import type { Council } from './councils';
import { FROM, TO, type ReferenceIds } from './dataset';

export interface RawStatement {
  sql: string;
  params: unknown[];
}

export interface BenchQuery {
  id: string;
  title: string;
  input: Record<string, unknown>;
  measure: TrendMeasure;
  /** Reported, but outside the target: a question the indexes are known not to cover. */
  stress?: string;
  raw: RawStatement[];
  /** Code of a raw group/cross value (ids become codes; labelled dimensions are already codes). */
  groupCode(raw: unknown): string;
  crossCode?(raw: unknown): string;
}

export interface QueryContext {
  ids: ReferenceIds;
  councils: Council[];
}

const placeholders = (values: unknown[]) => values.map(() => '?').join(', ');
const COLUMN = { MONTH: 'receivedMonth', QUARTER: 'receivedQuarter', FINANCIAL_YEAR: 'receivedFinancialYear' } as const;

/**
 * The range as the engine states it for whole periods (trend-plan.ts rangeCondition):
 * the periods listed on the period column grouped on. Written the same way here so
 * the ratio measures the API's own cost, not two different SQL shapes.
 */
function periods(from: string, to: string, granularity: keyof typeof COLUMN, alias = ''): RawStatement {
  const list = periodsBetween(from, to, granularity);
  return { sql: `${alias}${COLUMN[granularity]} IN (${placeholders(list)})`, params: list };
}
const FORMAL = ['STATUTORY_COMPLAINT', 'CORPORATE_COMPLAINT', 'SCHOOL_COMPLAINT', 'LGO_COMPLAINT'];

function byId(map: Map<string, number>): (raw: unknown) => string {
  const codes = new Map([...map].map(([code, id]) => [id, code]));
  return (raw) => codes.get(Number(raw)) ?? `?${String(raw)}`;
}

export function benchQueries({ ids, councils }: QueryContext): BenchQuery[] {
  const largest = [...councils].sort((a, b) => b.weight - a.weight)[0];
  const region = 'NW';
  const regionDivisions = councils.filter((c) => c.region === region).flatMap((c) => c.divisions.map((d) => d.code));
  const formalIds = FORMAL.map((code) => ids.recordTypes.get(code)!);
  const areaCodes = largest.serviceAreas.map((a) => a.code);
  const areaIds = areaCodes.map((code) => ids.serviceAreas.get(code)!);
  const divisionCodes = largest.divisions.map((d) => d.code);
  const divisionIds = divisionCodes.map((code) => ids.divisions.get(code)!);
  const regionDivisionIds = regionDivisions.map((code) => ids.divisions.get(code)!);
  const schoolTransport = ids.issues.get('SCHOOL_TRANSPORT')!;
  const tenYears = { from: FROM, to: TO };
  const identity = (raw: unknown) => String(raw);

  const byMonth = periods(FROM, TO, 'MONTH');
  const byQuarter = periods(FROM, TO, 'QUARTER');
  const byYear = periods(FROM, TO, 'FINANCIAL_YEAR', 'c.');
  const lastYearByQuarter = periods('2024-04-01', '2025-03-31', 'QUARTER');
  const twoYearsByQuarter = periods('2023-04-01', '2025-03-31', 'QUARTER');
  const anyIssue = (range: RawStatement, column: string): RawStatement => ({
    sql:
      `SELECT ${column} AS period, c.outcome AS g, COUNT(*) AS n FROM contact c ` +
      `WHERE ${range.sql} AND c.recordTypeId IN (${placeholders(formalIds)}) ` +
      'AND EXISTS (SELECT 1 FROM contact_issue i WHERE i.contactId = c.id AND i.issueId IN (?)) ' +
      `GROUP BY ${column}, c.outcome`,
    params: [...range.params, ...formalIds, schoolTransport],
  });

  return [
    {
      id: 'all-by-month-10y',
      title: 'All contacts by month, 10 years (120 periods)',
      input: { ...tenYears, granularity: 'MONTH' },
      measure: TrendMeasure.CONTACTS,
      raw: [{ sql: `SELECT receivedMonth AS period, COUNT(*) AS n FROM contact WHERE ${byMonth.sql} GROUP BY receivedMonth`, params: byMonth.params }],
      groupCode: () => 'ALL',
    },
    {
      id: 'record-type-by-quarter-1y',
      title: 'By record type by quarter, 2024/25',
      input: { financialYear: '2024/25', granularity: 'QUARTER', groupBy: 'RECORD_TYPE' },
      measure: TrendMeasure.CONTACTS,
      raw: [
        {
          sql: `SELECT receivedQuarter AS period, recordTypeId AS g, COUNT(*) AS n FROM contact WHERE ${lastYearByQuarter.sql} GROUP BY receivedQuarter, recordTypeId`,
          params: lastYearByQuarter.params,
        },
      ],
      groupCode: byId(ids.recordTypes),
    },
    {
      id: 'formal-by-division-by-year-region',
      title: `Formal complaints by division by financial year, 10 years, one region (${regionDivisions.length} divisions)`,
      input: { ...tenYears, granularity: 'FINANCIAL_YEAR', groupBy: 'DIVISION', filter: { recordTypeGroups: ['FORMAL_COMPLAINT'], divisions: regionDivisions } },
      measure: TrendMeasure.CONTACTS,
      raw: [
        {
          sql:
            'SELECT c.receivedFinancialYear AS period, c.divisionId AS g, COUNT(*) AS n FROM contact c ' +
            `WHERE ${byYear.sql} AND c.divisionId IN (${placeholders(regionDivisionIds)}) AND c.recordTypeId IN (${placeholders(formalIds)}) ` +
            'GROUP BY c.receivedFinancialYear, c.divisionId',
          params: [...byYear.params, ...regionDivisionIds, ...formalIds],
        },
      ],
      groupCode: byId(ids.divisions),
    },
    {
      id: 'responded-in-time-by-area-council',
      title: `Responded-in-time % by service area by quarter, 10 years, the largest council (${areaCodes.length} areas)`,
      input: { ...tenYears, granularity: 'QUARTER', groupBy: 'SERVICE_AREA', measure: 'RESPONDED_IN_TIME_PERCENT', filter: { serviceAreas: areaCodes } },
      measure: TrendMeasure.RESPONDED_IN_TIME_PERCENT,
      raw: [
        {
          sql:
            'SELECT receivedQuarter AS period, primaryServiceAreaId AS g, COUNT(*) AS n, ' +
            'SUM(CASE WHEN responseSentDate <= responseDueDate THEN 1 ELSE 0 END) AS inTime FROM contact ' +
            `WHERE ${byQuarter.sql} AND primaryServiceAreaId IN (${placeholders(areaIds)}) ` +
            'AND responseDueDate IS NOT NULL AND responseSentDate IS NOT NULL GROUP BY receivedQuarter, primaryServiceAreaId',
          params: [...byQuarter.params, ...areaIds],
        },
      ],
      groupCode: byId(ids.serviceAreas),
    },
    {
      id: 'median-days-by-issue-category',
      title: 'Median working days to response by issue category by financial year, formal complaints, 10 years',
      input: {
        ...tenYears,
        granularity: 'FINANCIAL_YEAR',
        groupBy: 'ISSUE_CATEGORY',
        measure: 'MEDIAN_WORKING_DAYS_TO_RESPONSE',
        filter: { recordTypeGroups: ['FORMAL_COMPLAINT'] },
      },
      measure: TrendMeasure.MEDIAN_WORKING_DAYS_TO_RESPONSE,
      raw: [
        {
          sql:
            'SELECT c.receivedFinancialYear AS period, c.primaryIssueCategoryId AS g, c.workingDaysToResponse AS bucket, COUNT(*) AS n FROM contact c ' +
            `WHERE ${byYear.sql} AND c.recordTypeId IN (${placeholders(formalIds)}) AND c.workingDaysToResponse IS NOT NULL ` +
            'GROUP BY c.receivedFinancialYear, c.primaryIssueCategoryId, c.workingDaysToResponse',
          params: [...byYear.params, ...formalIds],
        },
      ],
      groupCode: byId(ids.issueCategories),
    },
    {
      id: 'all-service-areas-council',
      title: `Every service area named (ALL_SERVICE_AREAS) by financial year, 10 years, the largest council's divisions`,
      input: { ...tenYears, granularity: 'FINANCIAL_YEAR', groupBy: 'ALL_SERVICE_AREAS', filter: { divisions: divisionCodes } },
      measure: TrendMeasure.CONTACTS,
      raw: [
        {
          sql:
            'SELECT c.receivedFinancialYear AS period, g.serviceAreaId AS g, COUNT(*) AS n FROM contact c ' +
            'INNER JOIN contact_service_area g ON g.contactId = c.id ' +
            `WHERE ${byYear.sql} AND c.divisionId IN (${placeholders(divisionIds)}) ` +
            'GROUP BY c.receivedFinancialYear, g.serviceAreaId',
          params: [...byYear.params, ...divisionIds],
        },
        {
          sql: `SELECT COUNT(*) AS n FROM contact c WHERE ${byYear.sql} AND c.divisionId IN (${placeholders(divisionIds)})`,
          params: [...byYear.params, ...divisionIds],
        },
      ],
      groupCode: byId(ids.serviceAreas),
    },
    {
      id: 'cross-tab-category-x-channel',
      title: 'Cross-tab: issue category x channel by quarter, 2023/24-2024/25 (70 series)',
      input: { from: '2023-04-01', to: '2025-03-31', granularity: 'QUARTER', groupBy: 'ISSUE_CATEGORY', crossBy: 'CHANNEL' },
      measure: TrendMeasure.CONTACTS,
      raw: [
        {
          sql:
            'SELECT receivedQuarter AS period, primaryIssueCategoryId AS g, channelId AS x, COUNT(*) AS n FROM contact ' +
            `WHERE ${twoYearsByQuarter.sql} GROUP BY receivedQuarter, primaryIssueCategoryId, channelId`,
          params: twoYearsByQuarter.params,
        },
      ],
      groupCode: byId(ids.issueCategories),
      crossCode: byId(ids.channels),
    },
    {
      id: 'any-issue-by-outcome-1y',
      title: 'Formal complaints raising school transport (any issue, EXISTS) by outcome by quarter, 2024/25',
      input: { financialYear: '2024/25', granularity: 'QUARTER', groupBy: 'OUTCOME', filter: { recordTypeGroups: ['FORMAL_COMPLAINT'], anyIssues: ['SCHOOL_TRANSPORT'] } },
      measure: TrendMeasure.CONTACTS,
      raw: [anyIssue(periods('2024-04-01', '2025-03-31', 'QUARTER', 'c.'), 'c.receivedQuarter')],
      groupCode: identity,
    },
    {
      id: 'any-issue-by-outcome-10y',
      title: 'The same over 10 years by financial year',
      stress: 'the EXISTS filter and the outcome column reach every matching contact row',
      input: { ...tenYears, granularity: 'FINANCIAL_YEAR', groupBy: 'OUTCOME', filter: { recordTypeGroups: ['FORMAL_COMPLAINT'], anyIssues: ['SCHOOL_TRANSPORT'] } },
      measure: TrendMeasure.CONTACTS,
      raw: [anyIssue(byYear, 'c.receivedFinancialYear')],
      groupCode: identity,
    },
    {
      id: 'complainant-type-by-year-10y',
      title: 'All contacts by complainant type by financial year, 10 years',
      stress: 'complainant type is in no covering index',
      input: { ...tenYears, granularity: 'FINANCIAL_YEAR', groupBy: 'COMPLAINANT_TYPE' },
      measure: TrendMeasure.CONTACTS,
      raw: [
        {
          sql: `SELECT c.receivedFinancialYear AS period, c.complainantType AS g, COUNT(*) AS n FROM contact c WHERE ${byYear.sql} GROUP BY c.receivedFinancialYear, c.complainantType`,
          params: byYear.params,
        },
      ],
      groupCode: identity,
    },
  ];
}

export interface Cell {
  value: number | null;
  count: number;
}

/** The raw rows of a query's first statement as `group|cross|period` cells, folded as the measure defines. */
export function foldRaw(query: BenchQuery, rows: Array<Record<string, unknown>>): Map<string, Cell> {
  const accumulators = new Map<string, ReturnType<(typeof MEASURES)[TrendMeasure]['accumulator']>>();
  for (const row of rows) {
    const key = `${query.groupCode(row.g)}|${query.crossCode ? query.crossCode(row.x) : ''}|${String(row.period)}`;
    let acc = accumulators.get(key);
    if (!acc) accumulators.set(key, (acc = MEASURES[query.measure].accumulator()));
    acc.add(row);
  }
  return new Map([...accumulators].map(([key, acc]) => [key, { value: acc.value(), count: acc.count() }]));
}

interface GraphqlSeries {
  key: string;
  crossKey: string | null;
  points: Array<{ period: string; value: number | null; count: number }>;
}

/** The non-empty cells of a GraphQL answer, keyed as foldRaw keys them. */
export function graphqlCells(series: GraphqlSeries[]): Map<string, Cell> {
  const cells = new Map<string, Cell>();
  for (const s of series) {
    for (const p of s.points) if (p.count > 0) cells.set(`${s.key}|${s.crossKey ?? ''}|${p.period}`, { value: p.value, count: p.count });
  }
  return cells;
}

/** Differences between the two answers (at most a few, for the message). */
export function differences(graphql: Map<string, Cell>, raw: Map<string, Cell>): string[] {
  const problems: string[] = [];
  for (const key of new Set([...graphql.keys(), ...raw.keys()])) {
    const a = graphql.get(key);
    const b = raw.get(key);
    const same = a && b && a.count === b.count && (a.value === b.value || Math.abs((a.value ?? NaN) - (b.value ?? NaN)) < 1e-9);
    if (!same) problems.push(`${key}: graphql ${JSON.stringify(a)} raw ${JSON.stringify(b)}`);
    if (problems.length >= 5) break;
  }
  return problems;
}
