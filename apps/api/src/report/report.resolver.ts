import { Arg, Authorized, Ctx, Query, Resolver } from 'type-graphql';
import { ACCESS } from '../auth/role';
import type { GraphQLContext } from '../graphql/context';
import { todayIso } from '../periods/today';
import { buildAnnualReport } from './report.service';
import { AnnualReport } from './report.types';

@Resolver()
export class ReportResolver {
  @Authorized(ACCESS.AGGREGATES)
  @Query(() => AnnualReport, { description: "The annual report on comments and complaints for a financial year such as '2009/10', generated from the records." })
  async annualReport(@Arg('financialYear', () => String) financialYear: string, @Ctx() { dataSource, loaders }: GraphQLContext): Promise<AnnualReport> {
    return buildAnnualReport(dataSource, await loaders.catalog(), financialYear, todayIso());
  }
}
