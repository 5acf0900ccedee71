/**
 * The Ombudsman's figures: its annual letter per year (entered), its per-council
 * statistics (imported in one transaction, a council's year replacing the one
 * held), and the comparators this council benchmarks against.
 */
import { isFinancialYear, isIsoDate } from '@complaints/domain';
import { In, type DataSource } from 'typeorm';
import { inTransaction } from '../db/transaction';
import { badUserInput, type FieldProblem } from '../graphql/errors';
import { OmbudsmanComparator } from './ombudsman-comparator.entity';
import { OmbudsmanLetter } from './ombudsman-letter.entity';
import { OmbudsmanStatistic } from './ombudsman-statistic.entity';
import type { OmbudsmanStatisticRow } from './ombudsman-statistics-import';
import type { OmbudsmanBenchmark, OmbudsmanLetterInput } from './ombudsman.types';

export async function saveOmbudsmanLetter(dataSource: DataSource, input: OmbudsmanLetterInput, today: string): Promise<OmbudsmanLetter> {
  const problems: FieldProblem[] = [];
  if (!isFinancialYear(input.financialYear)) problems.push({ field: 'financialYear', message: "must be a financial year such as '2025/26'" });
  if (input.letterDate != null && (!isIsoDate(input.letterDate) || input.letterDate > today)) problems.push({ field: 'letterDate', message: 'must be a date written YYYY-MM-DD, not in the future' });
  for (const field of ['complaintsReceived', 'decisionsMade', 'detailedInvestigations', 'upheld', 'satisfactoryRemedyBeforeOmbudsman'] as const) {
    if (!Number.isInteger(input[field]) || input[field] < 0) problems.push({ field, message: 'must be a whole number of 0 or more' });
  }
  if (input.upheld > input.detailedInvestigations) problems.push({ field: 'upheld', message: 'must not be more than the detailed investigations' });
  if (input.satisfactoryRemedyBeforeOmbudsman > input.upheld) problems.push({ field: 'satisfactoryRemedyBeforeOmbudsman', message: 'must not be more than upheld' });
  if (input.compliancePercent != null && (!Number.isInteger(input.compliancePercent) || input.compliancePercent < 0 || input.compliancePercent > 100)) {
    problems.push({ field: 'compliancePercent', message: 'must be a whole percentage from 0 to 100' });
  }
  if (!input.text?.trim()) problems.push({ field: 'text', message: "is required (the letter's text)" });
  else if (input.text.length > 50_000) problems.push({ field: 'text', message: 'must be at most 50,000 characters' });
  if (problems.length) throw badUserInput('Ombudsman letter', problems);
  return inTransaction(dataSource, (manager) =>
    manager.save(manager.create(OmbudsmanLetter, { ...input, letterDate: input.letterDate ?? null, compliancePercent: input.compliancePercent ?? null, text: input.text.trim() })),
  );
}

/** Saves every row in one transaction; a council's year already held is replaced. */
export async function saveOmbudsmanStatistics(dataSource: DataSource, rows: OmbudsmanStatisticRow[], invented = false): Promise<number> {
  return inTransaction(dataSource, async (manager) => {
    for (const row of rows) {
      await manager.delete(OmbudsmanStatistic, { councilName: row.councilName, financialYear: row.financialYear });
    }
    await manager.save(rows.map((row) => manager.create(OmbudsmanStatistic, { ...row, invented })), { chunk: 200 });
    return rows.length;
  });
}

export async function setOmbudsmanComparators(dataSource: DataSource, input: { selfCouncil: string; comparators: string[] }): Promise<void> {
  const names = [...new Set(input.comparators.map((c) => c.trim()).filter(Boolean))];
  const self = input.selfCouncil.trim();
  const problems: FieldProblem[] = [];
  if (!self) problems.push({ field: 'selfCouncil', message: 'is required' });
  if (names.length > 30) problems.push({ field: 'comparators', message: 'choose at most 30 comparators' });
  const known = new Set(
    (await dataSource.getRepository(OmbudsmanStatistic).find({ select: { councilName: true }, where: { councilName: In([self, ...names]) } })).map((r) => r.councilName),
  );
  const unknown = [self, ...names].filter((n) => n && !known.has(n));
  if (unknown.length) problems.push({ field: unknown.includes(self) ? 'selfCouncil' : 'comparators', message: `not in the imported statistics: ${unknown.join(', ')}` });
  if (problems.length) throw badUserInput('comparators', problems);
  await inTransaction(dataSource, async (manager) => {
    await manager.clear(OmbudsmanComparator);
    await manager.save([{ councilName: self, isSelf: true }, ...names.filter((n) => n !== self).map((councilName) => ({ councilName, isSelf: false }))].map((r) => manager.create(OmbudsmanComparator, r)));
  });
}

export async function ombudsmanBenchmark(dataSource: DataSource, financialYear: string | null): Promise<OmbudsmanBenchmark> {
  const stats = dataSource.getRepository(OmbudsmanStatistic);
  const [comparators, years, councils] = await Promise.all([
    dataSource.getRepository(OmbudsmanComparator).find(),
    stats.createQueryBuilder('s').select('s.financialYear', 'year').groupBy('s.financialYear').orderBy('s.financialYear', 'DESC').getRawMany<{ year: string }>(),
    stats.createQueryBuilder('s').select('s.councilName', 'council').groupBy('s.councilName').orderBy('s.councilName', 'ASC').getRawMany<{ council: string }>(),
  ]);
  const year = financialYear ?? years[0]?.year ?? '';
  if (financialYear !== null && !isFinancialYear(financialYear)) throw badUserInput('benchmark', [{ field: 'financialYear', message: "must be a financial year such as '2025/26'" }]);
  const self = comparators.find((c) => c.isSelf)?.councilName ?? null;
  const names = comparators.map((c) => c.councilName);
  const rows = names.length ? await stats.find({ where: { financialYear: year, councilName: In(names) }, order: { councilName: 'ASC' } }) : [];
  rows.sort((a, b) => Number(b.councilName === self) - Number(a.councilName === self) || a.councilName.localeCompare(b.councilName));
  const others = rows.filter((r) => r.councilName !== self && r.upheldPercent !== null);
  const average = others.length ? Math.round((others.reduce((sum, r) => sum + r.upheldPercent!, 0) / others.length) * 10) / 10 : null;
  const includesInventedSample = rows.some((r) => r.invented);
  return {
    financialYear: year,
    selfCouncil: self,
    rows,
    comparatorUpheldPercent: average,
    councils: councils.map((c) => c.council),
    years: years.map((y) => y.year),
    includesInventedSample,
    note: includesInventedSample
      ? 'INVENTED SAMPLE: these figures come from the sample file shipped with the demo data, not from the Ombudsman. Import the published statistics to replace them.'
      : "From the Ombudsman's published per-council complaint statistics, as imported.",
  };
}
