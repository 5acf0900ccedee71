/**
 * The Code's annual complaints performance and service improvement report
 * (§8.1) for a financial year: the self-assessment, quantitative analysis with
 * both regimes side by side (and the annual report's statutory tables), the
 * types of complaint refused, findings of non-compliance, service improvements
 * (learning actions and remedies), the Ombudsman's letter and the governance
 * body's response (§8.2). Every figure goes through the configured disclosure
 * rule: the report is published, and the Member Responsible for Complaints
 * reads it. Each table is one GROUP BY.
 */
import { financialYearRange, OUTCOMES, REFUSAL_REASONS, REFUSAL_SUBJECTS, REMEDY_TYPES, type DisclosureRuleId } from '@complaints/domain';
import type { DataSource } from 'typeorm';
import type { AggregateRun } from '../aggregates/aggregate-runner';
import { badUserInput } from '../graphql/errors';
import { OmbudsmanLetter } from '../ombudsman/ombudsman-letter.entity';
import type { ReferenceCatalog } from '../reference/reference-catalog';
import { buildReportTable } from '../report/report.service';
import { checkReportYear } from '../report/report-year';
import { PROVISIONS_SOURCE } from '../self-assessment/code-provisions';
import { selfAssessmentRows } from '../self-assessment/self-assessment-rows';
import { SelfAssessment, SelfAssessmentStatus } from '../self-assessment/self-assessment.entity';
import { count, dialectSql, REPORT_REGIMES, type SqlReader } from './code-sql';
import type { CodeReportTable, ComplaintCodeReport } from './code-report.types';
import { disclosedAnnualTable, disclosedCountTable, disclosedShare } from './disclose-report-table';
import { GovernanceResponse } from './governance-response.entity';

const REGIME_CODES = REPORT_REGIMES.map((r) => r.code);
const REGIME_LABELS = REPORT_REGIMES.map((r) => r.label);
const label = (words: Record<string, string>, code: string) => words[code] ?? code;
/** Children Act tables of the annual report shown beside the Code's: timescales, Stage 1 outcomes, progression. */
const STATUTORY_TABLE_IDS = ['table7', 'outcomes', 'progression'];

function months(financialYear: string): string[] {
  const start = Number(financialYear.slice(0, 4));
  return Array.from({ length: 12 }, (_, i) => {
    const m = ((3 + i) % 12) + 1;
    return `${m >= 4 ? start : start + 1}-${String(m).padStart(2, '0')}`;
  });
}

/** rows keyed by `key`, one column per regime, from `SELECT key, regime, n`. */
function regimeGrid(rows: Array<Record<string, unknown>>, keys: string[], labels: (key: string) => string) {
  const cells = keys.map((k) => REGIME_CODES.map((r) => count(rows.find((row) => String(row.k) === k && row.regime === r)?.n)));
  return { rowLabels: keys.map(labels), columnLabels: REGIME_LABELS, cells };
}

export async function buildCodeReport(
  run: AggregateRun,
  dataSource: DataSource,
  catalog: ReferenceCatalog,
  financialYear: string,
  today: string,
  rule: DisclosureRuleId,
): Promise<ComplaintCodeReport> {
  const check = checkReportYear(financialYear, today);
  if (!check.ok) throw badUserInput('complaintCodeReport', [{ field: 'financialYear', message: check.message }]);
  const { from, to: yearEnd } = financialYearRange(financialYear);
  const read: SqlReader = (sql, params = []) => run.sql(dialectSql(dataSource, sql), params);
  const regimeIn = `(${REGIME_CODES.map(() => '?').join(', ')})`;

  const [volume, categories, outcomes, stage1Children, stage2Children, codeStages, refusals, remedies, learning] = await Promise.all([
    read(`SELECT c."receivedMonth" AS "k", c."regime" AS "regime", COUNT(*) AS "n" FROM "contact" c WHERE c."receivedFinancialYear" = ? AND c."regime" IN ${regimeIn} GROUP BY c."receivedMonth", c."regime"`, [financialYear, ...REGIME_CODES]),
    read(`SELECT c."primaryIssueCategoryId" AS "k", c."regime" AS "regime", COUNT(*) AS "n" FROM "contact" c WHERE c."receivedFinancialYear" = ? AND c."regime" IN ${regimeIn} GROUP BY c."primaryIssueCategoryId", c."regime"`, [financialYear, ...REGIME_CODES]),
    read(`SELECT c."outcome" AS "k", c."regime" AS "regime", COUNT(*) AS "n" FROM "contact" c WHERE c."receivedFinancialYear" = ? AND c."regime" IN ${regimeIn} GROUP BY c."outcome", c."regime"`, [financialYear, ...REGIME_CODES]),
    read(`SELECT SUM(CASE WHEN c."acknowledgementSentDate" IS NOT NULL THEN 1 ELSE 0 END) AS "acknowledged",
            SUM(CASE WHEN c."acknowledgementSentDate" IS NOT NULL AND c."acknowledgementSentDate" <= c."acknowledgementDueDate" THEN 1 ELSE 0 END) AS "acknowledgedInTime",
            SUM(CASE WHEN c."responseSentDate" IS NOT NULL THEN 1 ELSE 0 END) AS "responded",
            SUM(CASE WHEN c."responseSentDate" IS NOT NULL AND c."responseSentDate" <= c."responseDueDate" THEN 1 ELSE 0 END) AS "respondedInTime"
          FROM "contact" c WHERE c."receivedFinancialYear" = ? AND c."regime" = 'CHILDREN_ACT'`, [financialYear]),
    read(`SELECT SUM(CASE WHEN e."responseSentDate" IS NOT NULL THEN 1 ELSE 0 END) AS "responded",
            SUM(CASE WHEN e."responseSentDate" IS NOT NULL AND e."responseSentDate" <= e."responseDueDate" THEN 1 ELSE 0 END) AS "respondedInTime"
          FROM "escalation" e JOIN "contact" c ON c."id" = e."contactId" WHERE e."stage" = 'STAGE_2' AND c."regime" = 'CHILDREN_ACT' AND c."receivedFinancialYear" = ?`, [financialYear]),
    read(`SELECT s."stage" AS "stage",
            SUM(CASE WHEN s."acknowledgementSentDate" IS NOT NULL THEN 1 ELSE 0 END) AS "acknowledged",
            SUM(CASE WHEN s."acknowledgementSentDate" IS NOT NULL AND s."acknowledgementSentDate" <= s."acknowledgementDueDate" THEN 1 ELSE 0 END) AS "acknowledgedInTime",
            SUM(CASE WHEN s."responseSentDate" IS NOT NULL THEN 1 ELSE 0 END) AS "responded",
            SUM(CASE WHEN s."respondedInTime" = 1 THEN 1 ELSE 0 END) AS "respondedInTime"
          FROM "complaint_code_stage" s WHERE s."startFinancialYear" = ? GROUP BY s."stage"`, [financialYear]),
    read(`SELECT r."reason" AS "k", r."subject" AS "subject", COUNT(*) AS "n" FROM "complaint_refusal" r WHERE r."refusedFinancialYear" = ? GROUP BY r."reason", r."subject"`, [financialYear]),
    read(`SELECT m."type" AS "k", COUNT(*) AS "offered", SUM(CASE WHEN m."completedDate" IS NOT NULL THEN 1 ELSE 0 END) AS "completed",
            SUM(CASE WHEN m."completedDate" IS NULL AND m."dueDate" < ? THEN 1 ELSE 0 END) AS "overdue"
          FROM "remedy" m WHERE m."offeredFinancialYear" = ? GROUP BY m."type"`, [today, financialYear]),
    read(`SELECT l."status" AS "k", COUNT(*) AS "n" FROM "learning_action" l WHERE l."financialYear" = ? GROUP BY l."status"`, [financialYear]),
  ]);

  const tables: CodeReportTable[] = [];
  let suppressed = 0;
  const add = (built: { table: CodeReportTable; suppressed: number }) => {
    tables.push(built.table);
    suppressed += built.suppressed;
  };
  const quantitative = 'Quantitative analysis of complaint handling';
  const monthKeys = months(financialYear);
  const monthLabel = (k: string) => new Date(`${k}-01T00:00:00Z`).toLocaleDateString('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' });
  add(disclosedCountTable({ id: 'volume', section: quantitative, title: `Complaints received by month, ${financialYear}`, notes: ['By the procedure each complaint follows (its regime).'] }, regimeGrid(volume, monthKeys, monthLabel), rule));
  const categoryIds = [...new Set(categories.map((r) => String(r.k)))];
  const categoryName = (id: string) => catalog.issueCategories.byId.get(Number(id))?.name ?? `Category ${id}`;
  add(disclosedCountTable({ id: 'categories', section: quantitative, title: `Complaints by category, ${financialYear}`, notes: ['By the primary issue’s category.'] }, regimeGrid(categories, categoryIds, categoryName), rule));
  const outcomeKeys = [...new Set(outcomes.map((r) => String(r.k)))];
  add(disclosedCountTable({ id: 'outcomes', section: quantitative, title: `Outcomes at the latest stage, ${financialYear}`, notes: [] }, regimeGrid(outcomes, outcomeKeys, (k) => label(OUTCOMES as Record<string, string>, k)), rule));

  // Timeliness: in time of those sent, per regime, each a disclosed percentage with its base.
  const [ca1] = stage1Children;
  const [ca2] = stage2Children;
  const code1 = codeStages.find((r) => r.stage === 'STAGE_1');
  const code2 = codeStages.find((r) => r.stage === 'STAGE_2');
  const share = (row: Record<string, unknown> | undefined, met: string, of: string) => disclosedShare(count(row?.[met]), count(row?.[of]), rule);
  const timelinessRows: Array<[string, ReturnType<typeof share>, ReturnType<typeof share>]> = [
    ['Stage 1 acknowledged in time', share(ca1, 'acknowledgedInTime', 'acknowledged'), share(code1, 'acknowledgedInTime', 'acknowledged')],
    ['Stage 1 responded to in time', share(ca1, 'respondedInTime', 'responded'), share(code1, 'respondedInTime', 'responded')],
    ['Stage 2 responded to in time', share(ca2, 'respondedInTime', 'responded'), share(code2, 'respondedInTime', 'responded')],
  ];
  tables.push({
    id: 'timeliness',
    section: quantitative,
    title: `Responses within timescales, ${financialYear}`,
    columns: REGIME_LABELS.flatMap((l) => [`${l}: sent`, `${l}: in time %`]),
    rows: timelinessRows.map(([l, a, b]) => ({ label: l, cells: [a.count, a.percent, b.count, b.percent] })),
    notes: [
      'Children Act: Stage 1 within its statutory timescale (10 working days, extendable to 20); Stage 2 within 25 working days (65 with an extension). Code: Stage 1 within 10 working days of the acknowledgement, Stage 2 within 20, or the extension given (§6).',
      'A percentage is withheld where its base or count is under the disclosure rule.',
    ],
  });

  const reasonKeys = [...new Set(refusals.map((r) => String(r.k)))];
  const subjects = Object.keys(REFUSAL_SUBJECTS);
  add(
    disclosedCountTable(
      { id: 'refusals', section: 'Types of complaints refused', title: `Complaints and escalations refused, by reason, ${financialYear}`, notes: ['Refusals to accept a complaint (§2) or its escalation to Stage 2 (§5.7).'] },
      {
        rowLabels: reasonKeys.map((k) => label(REFUSAL_REASONS as Record<string, string>, k)),
        columnLabels: subjects.map((s) => label(REFUSAL_SUBJECTS as Record<string, string>, s)),
        cells: reasonKeys.map((k) => subjects.map((s) => count(refusals.find((r) => r.k === k && r.subject === s)?.n))),
      },
      rule,
    ),
  );
  const remedyKeys = remedies.map((r) => String(r.k));
  add(
    disclosedCountTable(
      { id: 'remedies', section: 'Service improvements made from learning', title: `Remedies by type, ${financialYear}`, notes: ['Offered in the year (§7.1); completed and overdue as of today. Offered counts each remedy once; completed and overdue are parts of it, so the total column is not a sum.'] },
      { rowLabels: remedyKeys.map((k) => label(REMEDY_TYPES as Record<string, string>, k)), columnLabels: ['Offered', 'Completed', 'Overdue'], cells: remedies.map((r) => [count(r.offered), count(r.completed), count(r.overdue)]) },
      rule,
      false,
    ),
  );
  const learningKeys = learning.map((r) => String(r.k));
  add(
    disclosedCountTable(
      { id: 'learning', section: 'Service improvements made from learning', title: `Learning actions from complaints, ${financialYear}`, notes: ['The action tracker (Appendix 1 of the annual report lists each action).'] },
      { rowLabels: learningKeys.map((k) => k.charAt(0) + k.slice(1).toLowerCase()), columnLabels: ['Actions'], cells: learning.map((r) => [count(r.n)]) },
      rule,
    ),
  );

  const statutory = await Promise.all(STATUTORY_TABLE_IDS.map((id) => buildReportTable(run, catalog, financialYear, id, today)));
  const statutoryTables = statutory.filter((t) => t !== null).map((t) => {
    const built = disclosedAnnualTable(t!, rule);
    suppressed += built.suppressed;
    return built.table;
  });

  const assessments = await dataSource.getRepository(SelfAssessment).find({ where: { financialYear }, order: { version: 'DESC' } });
  const selfAssessment = assessments.find((a) => a.status === SelfAssessmentStatus.APPROVED) ?? assessments[0] ?? null;
  const rows = selfAssessment ? await selfAssessmentRows(dataSource, read, selfAssessment, today) : [];
  const [ombudsmanLetter, governanceResponse] = await Promise.all([
    dataSource.getRepository(OmbudsmanLetter).findOne({ where: { financialYear } }),
    dataSource.getRepository(GovernanceResponse).findOne({ where: { financialYear } }),
  ]);
  return {
    financialYear,
    from,
    to: today < yearEnd ? today : yearEnd,
    disclosureRule: rule,
    disclosureNote: suppressed
      ? `Figures are published under the ${rule} disclosure rule: ${suppressed} small or protecting figures are suppressed.`
      : `Figures are published under the ${rule} disclosure rule; nothing needed to be suppressed.`,
    selfAssessment,
    selfAssessmentRows: rows,
    nonCompliance: rows.filter((r) => r.complies === false || r.flagged),
    tables,
    statutoryTables,
    ombudsmanLetter,
    governanceResponse,
    provisionsSource: PROVISIONS_SOURCE,
  };
}
