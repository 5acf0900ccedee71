import { useQuery } from 'urql';
import { graphql } from '../../graphql';
import type { CaseworkQueueQuery } from '../../graphql/graphql';

const CaseworkQueueDocument = graphql(`
  query CaseworkQueue($asOf: LocalDate) {
    caseworkQueue(asOf: $asOf) {
      asOf
      dueUntil
      overdueCount
      dueThisWeekCount
      items {
        step
        status
        dueDate
        workingDaysOverdue
        workingDaysRemaining
        contact {
          id
          reference
          recordType {
            code
            name
          }
        }
        escalation {
          id
          stage
        }
      }
    }
  }
`);

export type CaseworkQueueData = CaseworkQueueQuery['caseworkQueue'];
export type CaseworkItemData = CaseworkQueueData['items'][number];

/** The steps overdue or due within 5 working days of `asOf` (today when it is left out). */
export function useCaseworkQueueQuery(asOf: string | null) {
  return useQuery({ query: CaseworkQueueDocument, variables: { asOf } });
}
