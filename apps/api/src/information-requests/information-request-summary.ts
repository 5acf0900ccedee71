/**
 * Sections 10 and 11 for a financial year, from the one information-request
 * aggregate the report's tables 8 and 9 also read (information-request-summary-aggregate.ts).
 */
import type { AggregateRun } from '../aggregates/aggregate-runner';
import { badUserInput } from '../graphql/errors';
import { isFinancialYear, previousFinancialYear } from '../periods/financial-year';
import { INFORMATION_REQUEST_KINDS, type InformationRequestKind } from '../reference/reference-data';
import { percentChange } from '../statistics/percent';
import { completedInTimePercent, countInformationRequests, countsFor, type RequestCountsByKindAndYear } from './information-request-summary-aggregate';
import type { InformationRequestKindSummary, InformationRequestSummary } from './information-request.types';

/** Both kinds, always (a kind with no requests gives zeros). */
export function summarise(counts: RequestCountsByKindAndYear, financialYear: string, previous: string): InformationRequestKindSummary[] {
  return (Object.keys(INFORMATION_REQUEST_KINDS) as InformationRequestKind[]).map((kind) => {
    const current = countsFor(counts, kind, financialYear);
    const receivedPreviousYear = countsFor(counts, kind, previous).received;
    return {
      kind,
      received: current.received,
      receivedPreviousYear,
      changePercent: percentChange(current.received, receivedPreviousYear),
      fromPolice: current.fromPolice,
      jointWithAnotherDirectorate: current.joint,
      completed: current.completed,
      completedWithinDeadline: current.inTime,
      completedWithinDeadlinePercent: completedInTimePercent(current),
      stillOpen: current.open,
      overdue: current.overdue,
      withdrawn: current.withdrawn,
    };
  });
}

export async function summariseInformationRequests(run: AggregateRun, financialYear: string, asOf: string): Promise<InformationRequestSummary> {
  if (!isFinancialYear(financialYear)) {
    throw badUserInput('summary', [{ field: 'financialYear', message: `'${financialYear}' is not a financial year such as 2009/10` }]);
  }
  const previous = previousFinancialYear(financialYear);
  const counts = await countInformationRequests(run, [financialYear, previous], asOf);
  return { financialYear, previousFinancialYear: previous, asOf, kinds: summarise(counts, financialYear, previous) };
}
