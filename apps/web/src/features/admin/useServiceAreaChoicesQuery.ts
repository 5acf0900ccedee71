import { useQuery } from 'urql';
import { graphql } from '../../graphql';

const ServiceAreaChoicesDocument = graphql(`
  query ServiceAreaChoices {
    serviceAreas {
      code
      name
      retiredFrom
    }
  }
`);

/** The service areas a manager may be given (the page leaves out retired ones not already held). */
export function useServiceAreaChoicesQuery() {
  return useQuery({ query: ServiceAreaChoicesDocument });
}
