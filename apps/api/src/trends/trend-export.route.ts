/** GET /export/trend.csv?…: any trend result as a spreadsheet-safe CSV file. */
import { parseTrendParams, todayIso } from '@complaints/domain';
import type { Request, Response } from 'express';
import { GraphQLError } from 'graphql';
import type { DataSource } from 'typeorm';
import { admitAggregate } from '../aggregates/aggregate-admission';
import { aggregateRefusalForHttp } from '../aggregates/aggregate-errors';
import { toCsv, type CsvCell } from '../export/csv';
import { badUserInput } from '../graphql/errors';
import { cachedReferenceCatalog } from '../reference/reference-catalog';
import { runTrend } from './trend.service';
import type { TrendResult } from './trend.types';

export function trendToCsvRows(result: TrendResult): CsvCell[][] {
  const crossed = result.crossBy !== null;
  const header: CsvCell[] = [result.groupBy ?? 'Series', ...(crossed ? [result.crossBy] : []), ...result.periods, 'Total'];
  const rows: CsvCell[][] = result.series.map((s) => [
    s.label,
    ...(crossed ? [s.crossLabel] : []),
    ...s.points.map((p) => p.value),
    s.total,
  ]);
  const overall: CsvCell[] = [
    result.countsContactsOncePerValue ? 'All contacts (each counted once)' : 'All contacts',
    ...(crossed ? [''] : []),
    ...result.periods.map(() => null),
    result.total,
  ];
  return [
    header,
    ...rows,
    overall,
    [],
    [`Measure: ${result.measure}. ${result.definition}`],
    [`Received ${result.from} to ${result.to}.`],
    ...(result.countsContactsOncePerValue ? [['A contact naming several values counts once under each, so rows can add up to more than the total.']] : []),
  ];
}

/** HTTP 400 with the body a GraphQL client would get for the same refusal. */
function refuse(res: Response, error: GraphQLError): void {
  res.status(400).json({ errors: [{ message: error.message, extensions: error.extensions }] });
}

export function trendCsvRoute(dataSource: DataSource) {
  return async (req: Request, res: Response) => {
    // The same parser as the web's URL, and the same refusal as GraphQL (BAD_USER_INPUT naming the field).
    const { input, problems } = parseTrendParams(req.query as Record<string, unknown>);
    if (problems.length) {
      refuse(res, badUserInput('trend', problems));
      return;
    }
    try {
      const result = await admitAggregate(dataSource, req.user, async (run) =>
        runTrend(run, await cachedReferenceCatalog(dataSource), input, todayIso()),
      );
      const name = `trend-${input.financialYear?.replace('/', '-') ?? `${result.from}-to-${result.to}`}-${(result.groupBy ?? 'all').toLowerCase()}.csv`;
      res
        .status(200)
        .type('text/csv; charset=utf-8')
        .set('Content-Disposition', `attachment; filename="${name}"`)
        .send(toCsv(trendToCsvRows(result)));
    } catch (error) {
      if (error instanceof GraphQLError && error.extensions.code === 'BAD_USER_INPUT') {
        refuse(res, error);
        return;
      }
      const refusal = aggregateRefusalForHttp(error);
      if (refusal) {
        res.status(refusal.status).type('text/plain; charset=utf-8').send(`${refusal.message}\n`);
        return;
      }
      throw error;
    }
  };
}
