import { useQuery } from 'urql';
import { graphql } from '../../graphql';
import type { CaseOfficersQuery } from '../../graphql/graphql';

const CaseOfficersDocument = graphql(`
  query CaseOfficers($contactId: ID) {
    caseOfficers(contactId: $contactId) {
      id
      name
      roleName
    }
  }
`);

export type CaseOfficerOption = CaseOfficersQuery['caseOfficers'][number];

/** Who may handle cases (for one contact, those who may handle it), by name. */
export function useCaseOfficersQuery(contactId: string | null = null) {
  return useQuery({ query: CaseOfficersDocument, variables: { contactId } });
}
