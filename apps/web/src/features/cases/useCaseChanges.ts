import { useMutation } from 'urql';
import { graphql } from '../../graphql';

// Both answer with everything the contact page shows, so it updates from the answer itself.
const AssignContactDocument = graphql(`
  mutation AssignContact($id: ID!, $stage: Stage!, $officerId: ID) {
    assignContact(id: $id, stage: $stage, officerId: $officerId) {
      ...CaseContactFields
    }
  }
`);

const SaveComplainantDocument = graphql(`
  mutation SaveComplainant($contactId: ID!, $input: ComplainantInput!) {
    saveComplainant(contactId: $contactId, input: $input) {
      ...CaseContactFields
    }
  }
`);

export function useAssignContact() {
  return useMutation(AssignContactDocument);
}

export function useSaveComplainant() {
  return useMutation(SaveComplainantDocument);
}
