import { useQuery } from 'urql';
import { graphql } from '../../graphql';

const ServiceActivityDocument = graphql(`
  query ServiceActivity($financialYear: String!) {
    serviceActivity(financialYear: $financialYear) {
      id
      financialYear
      referrals
      initialAssessments
      lookedAfterChildren
    }
  }
`);

/** One financial year's social care activity figures (table 6): a list of none or one. */
export function useServiceActivityQuery(financialYear: string) {
  return useQuery({ query: ServiceActivityDocument, variables: { financialYear } });
}
