import { useQuery } from 'urql';
import { graphql } from '../../graphql';

const AdminUsersDocument = graphql(`
  query AdminUsers {
    users {
      id
      email
      name
      role
      active
      mustChangePassword
      serviceAreas {
        code
        name
      }
    }
  }
`);

/** Every account, for the users page. */
export function useAdminUsersQuery() {
  return useQuery({ query: AdminUsersDocument });
}
