/** The user administration mutations, one hook each. */
import { useMutation } from 'urql';
import { graphql } from '../../graphql';

const CreateUserDocument = graphql(`
  mutation CreateUser($input: CreateUserInput!) {
    createUser(input: $input) {
      user {
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
      temporaryPassword
    }
  }
`);

const UpdateUserDocument = graphql(`
  mutation UpdateUser($id: ID!, $input: UpdateUserInput!) {
    updateUser(id: $id, input: $input) {
      id
      name
      role
      serviceAreas {
        code
        name
      }
    }
  }
`);

const SetUserActiveDocument = graphql(`
  mutation SetUserActive($id: ID!, $active: Boolean!) {
    setUserActive(id: $id, active: $active) {
      id
      active
    }
  }
`);

const ResetUserPasswordDocument = graphql(`
  mutation ResetUserPassword($id: ID!) {
    resetUserPassword(id: $id) {
      user {
        id
        mustChangePassword
      }
      temporaryPassword
    }
  }
`);

export function useCreateUser() {
  return useMutation(CreateUserDocument);
}

export function useUpdateUser() {
  return useMutation(UpdateUserDocument);
}

export function useSetUserActive() {
  return useMutation(SetUserActiveDocument);
}

export function useResetUserPassword() {
  return useMutation(ResetUserPasswordDocument);
}
