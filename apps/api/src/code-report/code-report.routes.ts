/**
 * REST routes for the Code's annual report and the self-assessment, guarded
 * like their queries (DISCLOSED_AGGREGATES: every figure under the disclosure rule):
 *   GET /code-report/:year                      the whole report as a printable HTML page
 *   GET /export/code-report/:year/:table.csv    one table as spreadsheet-safe CSV ('self-assessment' too)
 *   GET /self-assessment/:id                    one version (or 'latest') in the Housing Ombudsman form layout, printable HTML
 *   GET /export/self-assessment/:id.csv         the same as CSV
 * Years are written with a hyphen (2026-27). A bad year is a 400, an unknown table or version a 404.
 */
import type { Express, Request, Response } from 'express';
import { GraphQLError } from 'graphql';
import type { DataSource } from 'typeorm';
import { admitAggregate } from '../aggregates/aggregate-admission';
import { aggregateRefusalForHttp } from '../aggregates/aggregate-errors';
import { requireRole } from '../auth/http-auth';
import { ACCESS } from '../auth/role';
import { embedSettings } from '../embeds/embed-settings';
import { toCsv, type CsvCell } from '../export/csv';
import { todayIso } from '../periods/today';
import { cachedReferenceCatalog } from '../reference/reference-catalog';
import { yearForUrl, yearFromUrl } from '../report/report-year';
import { PROVISIONS_SOURCE } from '../self-assessment/code-provisions';
import { selfAssessmentRows } from '../self-assessment/self-assessment-rows';
import { SelfAssessment } from '../self-assessment/self-assessment.entity';
import { codeReportTableCsv, selfAssessmentCsv } from './code-report-csv';
import { renderCodeReportHtml, renderSelfAssessmentHtml } from './code-report-html';
import { buildCodeReport } from './code-report.service';
import { directReader } from './code-sql';

function refuse(res: Response, status: number, message: string): void {
  res.status(status).type('text/plain; charset=utf-8').set('X-Content-Type-Options', 'nosniff').send(`${message}\n`);
}

const CSP = "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

function sendHtml(res: Response, html: string): void {
  res.status(200).type('text/html; charset=utf-8').set('X-Content-Type-Options', 'nosniff').set('Content-Security-Policy', CSP).send(html);
}

function sendCsv(res: Response, filename: string, rows: CsvCell[][]): void {
  res.status(200).set('Content-Type', 'text/csv; charset=utf-8').set('Content-Disposition', `attachment; filename="${filename}"`).set('X-Content-Type-Options', 'nosniff').send(toCsv(rows));
}

async function reportOrRefuse(req: Request, res: Response, dataSource: DataSource) {
  const year = yearFromUrl(String(req.params.year));
  try {
    return await admitAggregate(dataSource, req.user, async (run) =>
      buildCodeReport(run, dataSource, await cachedReferenceCatalog(dataSource), year, todayIso(), embedSettings(dataSource).disclosureRule),
    );
  } catch (error) {
    const refusal = aggregateRefusalForHttp(error);
    if (refusal) {
      refuse(res, refusal.status, refusal.message);
      return null;
    }
    if (error instanceof GraphQLError && error.extensions.code === 'BAD_USER_INPUT') {
      refuse(res, 400, `Bad year in the address: write a financial year with a hyphen, such as 2026-27 (${error.message}).`);
      return null;
    }
    throw error;
  }
}

async function assessmentOrRefuse(req: Request, res: Response, dataSource: DataSource, raw: string) {
  const repo = dataSource.getRepository(SelfAssessment);
  const id = /^\d{1,9}$/.test(raw) ? Number(raw) : null;
  // 'latest' is the newest version, whatever its id (a link that stays right when a new version is made).
  const assessment = raw === 'latest' ? await repo.findOne({ where: {}, order: { version: 'DESC' } }) : id === null ? null : await repo.findOne({ where: { id } });
  if (!assessment) {
    refuse(res, 404, 'No such version of the self-assessment.');
    return null;
  }
  return { assessment, rows: await selfAssessmentRows(dataSource, directReader(dataSource), assessment, todayIso()) };
}

export function mountCodeReportRoutes(app: Express, dataSource: DataSource): void {
  const allowed = requireRole(ACCESS.DISCLOSED_AGGREGATES);
  app.get('/code-report/:year', allowed, async (req, res) => {
    const report = await reportOrRefuse(req, res, dataSource);
    if (report) sendHtml(res, renderCodeReportHtml(report));
  });
  app.get('/export/code-report/:year/:file', allowed, async (req, res) => {
    const file = String(req.params.file);
    const id = file.endsWith('.csv') ? file.slice(0, -4) : '';
    const report = await reportOrRefuse(req, res, dataSource);
    if (!report) return;
    const name = `code-report-${yearForUrl(report.financialYear)}-${id}.csv`;
    if (id === 'self-assessment' && report.selfAssessment) {
      sendCsv(res, name, selfAssessmentCsv(report.selfAssessment, report.selfAssessmentRows, report.provisionsSource));
      return;
    }
    const table = [...report.tables, ...report.statutoryTables].find((t) => t.id === id);
    if (!table) {
      refuse(res, 404, `No table '${file.slice(0, 40)}' in the report: ask for one of ${[...report.tables, ...report.statutoryTables].map((t) => t.id).join(', ')}, self-assessment, as <id>.csv.`);
      return;
    }
    sendCsv(res, name, codeReportTableCsv(table, report.financialYear, report.disclosureNote));
  });
  app.get('/self-assessment/:id', allowed, async (req, res) => {
    const found = await assessmentOrRefuse(req, res, dataSource, String(req.params.id));
    if (found) sendHtml(res, renderSelfAssessmentHtml(found.assessment, found.rows, PROVISIONS_SOURCE));
  });
  app.get('/export/self-assessment/:file', allowed, async (req, res) => {
    const file = String(req.params.file);
    const found = await assessmentOrRefuse(req, res, dataSource, file.endsWith('.csv') ? file.slice(0, -4) : '');
    if (found) sendCsv(res, `self-assessment-v${found.assessment.version}.csv`, selfAssessmentCsv(found.assessment, found.rows, PROVISIONS_SOURCE));
  });
}
