import { Arg, Authorized, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { admitAggregate } from '../aggregates/aggregate-admission';
import { ACCESS } from '../auth/role';
import { embedSettings } from '../embeds/embed-settings';
import type { GraphQLContext } from '../graphql/context';
import { FIELD_COSTS, fixedCost } from '../graphql/query-limits';
import { todayIso } from '../periods/today';
import { ComplaintCodeReport } from './code-report.types';
import { buildCodeReport } from './code-report.service';
import { GovernanceResponse } from './governance-response.entity';
import { saveGovernanceResponse, GovernanceResponseInput } from './governance-response.service';

@Resolver()
export class CodeReportResolver {
  @Authorized(ACCESS.DISCLOSED_AGGREGATES)
  @Query(() => ComplaintCodeReport, {
    description: "The annual complaints performance and service improvement report (Complaint Handling Code §8.1) for a financial year such as '2026/27', every figure under the disclosure rule.",
    complexity: fixedCost(FIELD_COSTS.annualReport),
  })
  complaintCodeReport(@Arg('financialYear', () => String) financialYear: string, @Ctx() { dataSource, loaders, user }: GraphQLContext): Promise<ComplaintCodeReport> {
    return admitAggregate(dataSource, user, async (run) =>
      buildCodeReport(run, dataSource, await loaders.catalog(), financialYear, todayIso(), embedSettings(dataSource).disclosureRule),
    );
  }

  @Authorized(ACCESS.SELF_ASSESSMENT_WRITE)
  @Mutation(() => GovernanceResponse, { description: "Records (or replaces) the governance body's response to a year's report (§8.2)." })
  saveGovernanceResponse(@Arg('input', () => GovernanceResponseInput) input: GovernanceResponseInput, @Ctx() { dataSource }: GraphQLContext): Promise<GovernanceResponse> {
    return saveGovernanceResponse(dataSource, input, todayIso());
  }
}
