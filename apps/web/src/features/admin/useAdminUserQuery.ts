import { useQuery } from 'urql';
import { graphql } from '../../graphql';

const AdminUserDocument = graphql(`
  query AdminUser($id: ID!) {
    user(id: $id) {
      id
      email
      name
      role
      active
      mustChangePassword
      createdAt
      serviceAreas {
        code
        name
      }
    }
  }
`);

/** One account, for its page. */
export function useAdminUserQuery(id: string) {
  return useQuery({ query: AdminUserDocument, variables: { id } });
}
