import { useQuery } from 'urql';
import { graphql } from '../../graphql';
import type { CaseworkQueueFilter, CaseworkQueueQuery, CaseworkSort } from '../../graphql/graphql';

const CaseworkQueueDocument = graphql(`
  query CaseworkQueue($asOf: LocalDate, $filter: CaseworkQueueFilter, $sort: CaseworkSort) {
    caseworkQueue(asOf: $asOf, filter: $filter, sort: $sort) {
      asOf
      dueUntil
      overdueCount
      dueThisWeekCount
      lostInformation {
        incident {
          id
          reference
          format
          discoveredAt
          icoDecision
          icoDecidedAt
          icoNotifiedAt
        }
      }
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
        officer {
          id
          name
        }
      }
    }
  }
`);

export type CaseworkQueueData = CaseworkQueueQuery['caseworkQueue'];
export type CaseworkItemData = CaseworkQueueData['items'][number];

/** The steps overdue or due within 5 working days of `asOf` (today when it is left out), filtered and ordered. */
export function useCaseworkQueueQuery(asOf: string | null, filter: CaseworkQueueFilter = {}, sort: CaseworkSort = 'DUE_DATE') {
  return useQuery({ query: CaseworkQueueDocument, variables: { asOf, filter, sort } });
}
