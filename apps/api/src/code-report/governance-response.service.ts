import { isFinancialYear, isIsoDate } from '@complaints/domain';
import { Field, InputType } from 'type-graphql';
import type { DataSource } from 'typeorm';
import { inTransaction } from '../db/transaction';
import { badUserInput, type FieldProblem } from '../graphql/errors';
import { LocalDateScalar } from '../graphql/local-date.scalar';
import { GovernanceResponse } from './governance-response.entity';

@InputType()
export class GovernanceResponseInput {
  @Field(() => String)
  financialYear: string;

  @Field(() => String, { description: 'The governance body, e.g. "Audit and Governance Committee".' })
  body: string;

  @Field(() => LocalDateScalar, { nullable: true })
  consideredOn?: string | null;

  @Field(() => String)
  response: string;
}

export async function saveGovernanceResponse(dataSource: DataSource, input: GovernanceResponseInput, today: string): Promise<GovernanceResponse> {
  const problems: FieldProblem[] = [];
  if (!isFinancialYear(input.financialYear)) problems.push({ field: 'financialYear', message: "must be a financial year such as '2026/27'" });
  if (!input.body?.trim()) problems.push({ field: 'body', message: 'is required' });
  else if (input.body.length > 200) problems.push({ field: 'body', message: 'must be at most 200 characters' });
  if (input.consideredOn != null && (!isIsoDate(input.consideredOn) || input.consideredOn > today)) problems.push({ field: 'consideredOn', message: 'must be a date written YYYY-MM-DD, not in the future' });
  if (!input.response?.trim()) problems.push({ field: 'response', message: 'is required' });
  else if (input.response.length > 50_000) problems.push({ field: 'response', message: 'must be at most 50,000 characters' });
  if (problems.length) throw badUserInput('governance response', problems);
  return inTransaction(dataSource, (manager) =>
    manager.save(manager.create(GovernanceResponse, { financialYear: input.financialYear, body: input.body.trim(), consideredOn: input.consideredOn ?? null, response: input.response.trim() })),
  );
}
