/**
 * REST routes for the annual report, guarded like the annualReport query:
 *   GET /report/:year                      the whole report as a printable HTML page
 *   GET /export/report/:year/:tableId.csv  one table as spreadsheet-safe CSV
 * Years are written with a hyphen (2009-10). A bad year is a 400 and an
 * unknown table a 404, each with a one-line plain-text message. Both answer
 * from the result cache when they can (the page shares the annualReport
 * query's entry; each table has its own, keyed on only the kinds of data it
 * reads), and otherwise run as admitted aggregates: too many at once is a 429,
 * over the time limit a 503. The cache is read before admission, so a hit
 * takes no aggregate slot.
 */
import type { Express, Request, Response } from 'express';
import { GraphQLError } from 'graphql';
import type { DataSource } from 'typeorm';
import { admitAggregate } from '../aggregates/aggregate-admission';
import { aggregateRefusalForHttp } from '../aggregates/aggregate-errors';
import type { AggregateRun } from '../aggregates/aggregate-runner';
import { requireRole } from '../auth/http-auth';
import { ACCESS } from '../auth/role';
import { toCsv, type CsvCell } from '../export/csv';
import { todayIso } from '../periods/today';
import { cachedReferenceCatalog } from '../reference/reference-catalog';
import { NO_RESULT_CACHE, type ResultCache } from '../result-cache/result-cache';
import { reportQuestion, reportTableQuestion } from '../result-cache/report-question';
import type { CacheQuestion } from '../result-cache/result-key';
import { learningActionsCsvRows, reportTableCsvRows } from './report-csv';
import { APPENDIX_ID, renderReportHtml } from './report-html';
import { checkReportYear, yearForUrl, yearFromUrl } from './report-year';
import { buildAnnualReport, buildReportTable, REPORT_TABLE_IDS } from './report.service';
import { buildAppendix1 } from './tables/learning-actions';

/** A path segment quoted safely in a one-line message. */
function quoted(segment: string): string {
  const clean = segment.replace(/\p{Cc}/gu, '?');
  return `'${clean.length > 40 ? `${clean.slice(0, 40)}…` : clean}'`;
}

function refuse(res: Response, status: 400 | 404 | 429 | 499 | 503, message: string): void {
  res.status(status).type('text/plain; charset=utf-8').set('X-Content-Type-Options', 'nosniff').send(`${message}\n`);
}

/** The financial year in the address, or null once a 400 has been sent. */
function yearOf(req: Request, res: Response, today: string): string | null {
  const segment = String(req.params.year);
  const check = checkReportYear(yearFromUrl(segment), today);
  if (check.ok) return check.years.current.financialYear;
  const why =
    check.reason === 'malformed'
      ? 'write a financial year with a hyphen, such as 2009-10 for April 2009 to March 2010'
      : `it is outside the years reported on (${yearForUrl(check.earliest)} to ${yearForUrl(check.latest)})`;
  refuse(res, 400, `Bad year ${quoted(segment)} in the address: ${why}.`);
  return null;
}

/**
 * The cached answer to `question`, or `work` run as an admitted aggregate for the signed-in user
 * (admitted only on a miss); null once a 400, 429 or 503 has been sent. Refusals are never cached.
 */
async function answerOrRefuse<T>(
  req: Request,
  res: Response,
  dataSource: DataSource,
  cache: ResultCache,
  question: CacheQuestion,
  work: (run: AggregateRun) => Promise<T>,
): Promise<{ value: T } | null> {
  try {
    return { value: await cache.answer(dataSource, question, () => admitAggregate(dataSource, req.user, work), { versions: req.dataVersions }) };
  } catch (error) {
    const refusal = aggregateRefusalForHttp(error);
    if (refusal) {
      refuse(res, refusal.status, refusal.message);
      return null;
    }
    // A limit the question runs into (e.g. more series than a trend may have) is the caller's to change, not a fault.
    if (error instanceof GraphQLError && error.extensions.code === 'BAD_USER_INPUT') {
      refuse(res, 400, error.message);
      return null;
    }
    throw error;
  }
}

function sendCsv(res: Response, filename: string, rows: CsvCell[][]): void {
  res
    .status(200)
    .set('Content-Type', 'text/csv; charset=utf-8')
    .set('Content-Disposition', `attachment; filename="${filename}"`)
    .set('X-Content-Type-Options', 'nosniff')
    .send(toCsv(rows));
}

export function reportCsvRoute(dataSource: DataSource, cache: ResultCache = NO_RESULT_CACHE) {
  return async (req: Request, res: Response) => {
    const today = todayIso();
    const year = yearOf(req, res, today);
    if (!year) return;
    const file = String(req.params.file);
    const tableId = file.endsWith('.csv') ? file.slice(0, -'.csv'.length) : null;
    if (tableId === null || !(tableId === APPENDIX_ID || REPORT_TABLE_IDS.includes(tableId))) {
      const known = [...REPORT_TABLE_IDS, APPENDIX_ID].join(', ');
      refuse(res, 404, `No table ${quoted(file)} in the annual report: ask for one of ${known}, as <id>.csv.`);
      return;
    }
    const filename = `annual-report-${yearForUrl(year)}-${tableId}.csv`;
    const question = reportTableQuestion(year, tableId, today);
    if (tableId === APPENDIX_ID) {
      const appendix = await answerOrRefuse(req, res, dataSource, cache, question, async (run) => buildAppendix1(run, await cachedReferenceCatalog(dataSource), year));
      if (appendix) sendCsv(res, filename, learningActionsCsvRows(appendix.value.actions, year, appendix.value.notes));
      return;
    }
    const table = await answerOrRefuse(req, res, dataSource, cache, question, async (run) =>
      buildReportTable(run, await cachedReferenceCatalog(dataSource), year, tableId, today),
    );
    if (table) sendCsv(res, filename, reportTableCsvRows(table.value!));
  };
}

export function reportHtmlRoute(dataSource: DataSource, cache: ResultCache = NO_RESULT_CACHE) {
  return async (req: Request, res: Response) => {
    const today = todayIso();
    const year = yearOf(req, res, today);
    if (!year) return;
    // The annualReport query's question for the same year: one entry serves both.
    const report = await answerOrRefuse(req, res, dataSource, cache, reportQuestion(year, today), async (run) =>
      buildAnnualReport(run, await cachedReferenceCatalog(dataSource), year, today),
    );
    if (!report) return;
    res
      .status(200)
      .type('text/html; charset=utf-8')
      .set('X-Content-Type-Options', 'nosniff')
      // Nothing to run: no scripts, the one inline stylesheet, no frames, no forms.
      .set('Content-Security-Policy', "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'")
      .send(renderReportHtml(report.value, today));
  };
}

/** Mounts both routes behind the AGGREGATES roles (after the app's authenticate middleware), answering from `cache`. */
export function mountReportRoutes(app: Express, dataSource: DataSource, cache: ResultCache = NO_RESULT_CACHE): void {
  app.get('/report/:year', requireRole(ACCESS.AGGREGATES), reportHtmlRoute(dataSource, cache));
  app.get('/export/report/:year/:file', requireRole(ACCESS.AGGREGATES), reportCsvRoute(dataSource, cache));
}
