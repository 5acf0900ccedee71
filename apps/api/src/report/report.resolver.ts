import { Arg, Authorized, Ctx, Query, Resolver } from 'type-graphql';
import { admitAggregate } from '../aggregates/aggregate-admission';
import { ACCESS } from '../auth/role';
import type { GraphQLContext } from '../graphql/context';
import { FIELD_COSTS, fixedCost } from '../graphql/query-limits';
import { todayIso } from '../periods/today';
import { reportQuestion } from '../result-cache/report-question';
import { buildAnnualReport } from './report.service';
import { AnnualReport } from './report.types';

@Resolver()
export class ReportResolver {
  @Authorized(ACCESS.AGGREGATES)
  @Query(() => AnnualReport, {
    description: "The annual report on comments and complaints for a financial year such as '2009/10', generated from the records.",
    // Every table of two financial years: the most expensive field there is.
    complexity: fixedCost(FIELD_COSTS.annualReport),
  })
  async annualReport(@Arg('financialYear', () => String) financialYear: string, @Ctx() { dataSource, loaders, user, resultCache, dataVersions }: GraphQLContext): Promise<AnnualReport> {
    const today = todayIso();
    return resultCache.answer(
      dataSource,
      reportQuestion(financialYear, today),
      () => admitAggregate(dataSource, user, async (run) => buildAnnualReport(run, await loaders.catalog(), financialYear, today)),
      { versions: dataVersions },
    );
  }
}
