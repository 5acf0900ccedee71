import { useMutation } from 'urql';
import { graphql } from '../../graphql';

// Answers with the signed-in user (same id as `me`), so the cache clears mustChangePassword everywhere at once.
const ChangeOwnPasswordDocument = graphql(`
  mutation ChangeOwnPassword($currentPassword: String!, $newPassword: String!) {
    changeOwnPassword(currentPassword: $currentPassword, newPassword: $newPassword) {
      id
      mustChangePassword
    }
  }
`);

export function useChangeOwnPassword() {
  return useMutation(ChangeOwnPasswordDocument);
}
