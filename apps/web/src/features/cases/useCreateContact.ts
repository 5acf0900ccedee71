import { useMutation } from 'urql';
import { graphql } from '../../graphql';

const CreateContactDocument = graphql(`
  mutation CreateContact($input: CreateContactInput!) {
    createContact(input: $input) {
      id
      reference
    }
  }
`);

export function useCreateContact() {
  return useMutation(CreateContactDocument);
}
