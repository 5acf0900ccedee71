import { useQuery } from 'urql';
import { graphql } from '../../graphql';
import type { ContactFilter, ContactSort, FoundContactsQuery } from '../../graphql/graphql';

/** Rows per page of the contacts list. */
export const FIND_PAGE_SIZE = 25;

const FoundContactsDocument = graphql(`
  query FoundContacts($filter: ContactFilter, $page: PageInput, $sort: ContactSort) {
    contacts(filter: $filter, page: $page, sort: $sort) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          reference
          receivedDate
          status
          stage
          nextDueDate
          recordType {
            code
            name
          }
          primaryServiceArea {
            code
            name
          }
          assignedOfficer {
            id
            name
          }
          complainant {
            givenName
            familyName
          }
        }
      }
    }
  }
`);

export type FoundContact = FoundContactsQuery['contacts']['edges'][number]['node'];

/** A page of contacts matching `filter`, in `sort` order, after the cursor `after`. */
export function useContactsQuery(filter: ContactFilter, sort: ContactSort, after: string | null) {
  return useQuery({ query: FoundContactsDocument, variables: { filter, sort, page: { first: FIND_PAGE_SIZE, after } } });
}
