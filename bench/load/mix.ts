/**
 * What the simulated analysts ask, in what proportions. The five trend
 * questions of issue 11's measurement, over bench:trends' dataset and councils,
 * plus annual-report reads and learning-action updates (built by the action
 * pool, since each carries the version it expects). Each question walks its
 * councils or years in turn, so the load covers many distinct answers rather
 * than one answer asked 50 times.
 *
 * Report reads are single tables as CSV (`/export/report/<year>/<table>.csv`),
 * not the whole `annualReport`: the dataset holds 150 councils' 1,260 service
 * areas and 580 divisions, and the tables that break figures down by service
 * area or division (1, 4, 3.2, 3.7) are refused there by the trend limit of
 * 250 series, as a whole report would be. The tables read are those a national
 * dataset can answer, Appendix 1 (the learning actions) among them.
 */
import { formatFinancialYear } from '../../apps/api/src/periods/financial-year';
import type { Council } from '../trends/councils';
import { FIRST_YEAR, FROM, TO, YEARS } from '../trends/dataset';
import { TREND_DOCUMENT } from '../trends/timing';

export type MixName = 'full' | 'trends';

export const TREND_KINDS = [
  'record-types-by-month-1y',
  'service-areas-by-month-council',
  'responded-in-time-by-area-council',
  'all-by-quarter-10y',
  'issue-categories-council',
] as const;
export const REPORT_KIND = 'report-table';
export const UPDATE_KIND = 'update-learning-action';
export type RequestKind = (typeof TREND_KINDS)[number] | typeof REPORT_KIND | typeof UPDATE_KIND;

/** In words, for the report. */
export const KIND_TITLES: Record<RequestKind, string> = {
  'record-types-by-month-1y': 'A year by record type by month (national; walks the 10 years)',
  'service-areas-by-month-council': "Service area × month, latest year, one council's divisions (walks the 150 councils)",
  'responded-in-time-by-area-council': "Responded-in-time % by service area by quarter, 10 years, one council's areas",
  'all-by-quarter-10y': 'All contacts, ten years by quarter (national)',
  'issue-categories-council': "Issue categories by financial year, 10 years, one council's divisions",
  'report-table': 'One annual-report table as CSV: tables 2, 3, 5, 7, 6.2, 6.3 and Appendix 1 in turn, walking the 10 years',
  'update-learning-action': 'A learning-action update by an officer, with the version it expects',
};

/** One cycle of the mix: every trend question twice per report read and per action update. */
const CYCLES: Record<MixName, readonly RequestKind[]> = {
  full: [...TREND_KINDS, ...TREND_KINDS, REPORT_KIND, UPDATE_KIND],
  trends: TREND_KINDS,
};

/** The report tables a dataset of many councils can answer (see above). */
export const REPORT_TABLES = ['table2', 'table3', 'table5', 'table7', 'outcomes', 'progression', 'appendix1'] as const;

/** What autocannon sends: a GraphQL POST or a GET of a report table. */
export interface ReadRequest {
  method: 'GET' | 'POST';
  path: string;
  body?: string;
}

const FINANCIAL_YEARS = Array.from({ length: YEARS }, (_, i) => formatFinancialYear(FIRST_YEAR + i));
export const LATEST_YEAR = FINANCIAL_YEARS[YEARS - 1];

const trend = (input: Record<string, unknown>): ReadRequest => ({ method: 'POST', path: '/graphql', body: JSON.stringify({ query: TREND_DOCUMENT, variables: { input } }) });
const reportTable = (financialYear: string, table: string): ReadRequest => ({ method: 'GET', path: `/export/report/${financialYear.replace('/', '-')}/${table}.csv` });

export type ReadKind = Exclude<RequestKind, typeof UPDATE_KIND>;

/** Every request each read kind rotates through. */
function readRequests(councils: readonly Council[]): Record<ReadKind, ReadRequest[]> {
  const divisions = (c: Council) => c.divisions.map((d) => d.code);
  const tenYears = { from: FROM, to: TO };
  return {
    'record-types-by-month-1y': FINANCIAL_YEARS.map((financialYear) => trend({ financialYear, granularity: 'MONTH', groupBy: 'RECORD_TYPE' })),
    'service-areas-by-month-council': councils.map((c) =>
      trend({ financialYear: LATEST_YEAR, granularity: 'MONTH', groupBy: 'SERVICE_AREA', filter: { divisions: divisions(c) } }),
    ),
    'responded-in-time-by-area-council': councils.map((c) =>
      trend({
        ...tenYears,
        granularity: 'QUARTER',
        groupBy: 'SERVICE_AREA',
        measure: 'RESPONDED_IN_TIME_PERCENT',
        filter: { serviceAreas: c.serviceAreas.map((a) => a.code) },
      }),
    ),
    'all-by-quarter-10y': [trend({ ...tenYears, granularity: 'QUARTER' })],
    'issue-categories-council': councils.map((c) => trend({ ...tenYears, granularity: 'FINANCIAL_YEAR', groupBy: 'ISSUE_CATEGORY', filter: { divisions: divisions(c) } })),
    // Every table of a year, then the next year: consecutive reads are different tables.
    'report-table': FINANCIAL_YEARS.flatMap((year) => REPORT_TABLES.map((table) => reportTable(year, table))),
  };
}

export class Mix {
  readonly cycle: readonly RequestKind[];
  private readonly requests: Record<ReadKind, ReadRequest[]>;
  private readonly turns = new Map<RequestKind, number>();
  private position = 0;

  constructor(councils: readonly Council[], name: MixName) {
    this.cycle = CYCLES[name];
    this.requests = readRequests(councils);
  }

  /** The kinds in this mix, each once, in cycle order. */
  get kinds(): RequestKind[] {
    return [...new Set(this.cycle)];
  }

  /** Share of all requests that are of `kind`. */
  share(kind: RequestKind): number {
    return this.cycle.filter((k) => k === kind).length / this.cycle.length;
  }

  /** The next kind to send, shared by all clients so the stream stays mixed whatever each client is waiting for. */
  nextKind(): RequestKind {
    const kind = this.cycle[this.position];
    this.position = (this.position + 1) % this.cycle.length;
    return kind;
  }

  /** The next request of a read kind: its councils, years or tables in turn. */
  nextRequest(kind: ReadKind): ReadRequest {
    const variants = this.requests[kind];
    const turn = this.turns.get(kind) ?? 0;
    this.turns.set(kind, turn + 1);
    return variants[turn % variants.length];
  }

  /** Every report table of the latest year: the check before the run asks each once. */
  reportChecks(): ReadRequest[] {
    return REPORT_TABLES.map((table) => reportTable(LATEST_YEAR, table));
  }
}
