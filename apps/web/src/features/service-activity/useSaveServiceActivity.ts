import { useMutation } from 'urql';
import { graphql } from '../../graphql';

const SaveServiceActivityDocument = graphql(`
  mutation SaveServiceActivity($input: SaveServiceActivityInput!) {
    saveServiceActivity(input: $input) {
      id
      financialYear
      referrals
      initialAssessments
      lookedAfterChildren
    }
  }
`);

export function useSaveServiceActivity() {
  return useMutation(SaveServiceActivityDocument);
}
