import { createContext, useContext } from 'react';
import { useQuery } from 'urql';
import { graphql } from '../../graphql';
import type { CurrentUserQuery } from '../../graphql/graphql';

export const CurrentUserDocument = graphql(`
  query CurrentUser {
    me {
      id
      email
      name
      role
      serviceAreas
      mustChangePassword
    }
  }
`);

export type CurrentUser = NonNullable<CurrentUserQuery['me']>;

/** Who is signed in: `data.me` is null when nobody is. */
export function useCurrentUserQuery() {
  return useQuery({ query: CurrentUserDocument });
}

export const SignedInUserContext = createContext<CurrentUser | null>(null);

/** The signed-in user, inside the route guard (RequireSignIn). */
export function useSignedInUser(): CurrentUser {
  const user = useContext(SignedInUserContext);
  if (!user) throw new Error('useSignedInUser is only available on pages behind RequireSignIn');
  return user;
}
