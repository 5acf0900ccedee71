import { useQuery } from 'urql';
import { graphql } from '../../graphql';
import type { InformationRequestFilter, InformationRequestSort, InformationRequestsQuery } from '../../graphql/graphql';

/** The columns of the register and of the queue. */
export const RequestRowFieldsFragmentDoc = graphql(`
  fragment RequestRowFields on InformationRequest {
    id
    reference
    kind
    status
    requesterName
    receivedDate
    dueDate
    clockPauseReason
    workingDaysOverdue
    workingDaysRemaining
  }
`);

const InformationRequestsDocument = graphql(`
  query InformationRequests($filter: InformationRequestFilter, $page: PageInput, $sort: InformationRequestSort) {
    informationRequests(filter: $filter, page: $page, sort: $sort) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          ...RequestRowFields
        }
      }
    }
  }
`);

export type RegisterPage = InformationRequestsQuery['informationRequests'];
export type RequestRow = RegisterPage['edges'][number]['node'];

export const REGISTER_PAGE_SIZE = 25;

/** One page of the register. `pause` while the signed-in role may not read it (analysts see the summary only). */
export function useInformationRequestsQuery(filter: InformationRequestFilter, sort: InformationRequestSort, after: string | null, pause = false) {
  return useQuery({ query: InformationRequestsDocument, variables: { filter, sort, page: { first: REGISTER_PAGE_SIZE, after } }, pause });
}
