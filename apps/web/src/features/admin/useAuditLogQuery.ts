import { useQuery } from 'urql';
import { graphql } from '../../graphql';
import type { AdminAuditFilter } from '../../graphql/graphql';

const AdminAuditLogDocument = graphql(`
  query AdminAuditLog($filter: AdminAuditFilter, $page: PageInput) {
    adminAuditLog(filter: $filter, page: $page) {
      entries {
        id
        at
        actorEmail
        action
        targetType
        targetKey
        targetLabel
        changes {
          field
          before
          after
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const AUDIT_PAGE_SIZE = 50;

/** One page of the audit log, newest first: the first when `after` is null. */
export function useAuditLogQuery(filter: AdminAuditFilter | null, after: string | null) {
  return useQuery({ query: AdminAuditLogDocument, variables: { filter, page: { first: AUDIT_PAGE_SIZE, after } } });
}
