import { useQuery } from 'urql';
import { graphql } from '../../graphql';

// Every kind at once (a few hundred rows at most): the pages switch kinds without asking again.
const AdminReferenceDataDocument = graphql(`
  query AdminReferenceData {
    recordTypes {
      code
      name
      group
      effectiveFrom
      retiredFrom
    }
    channels {
      code
      name
      effectiveFrom
      retiredFrom
    }
    divisions {
      code
      name
      effectiveFrom
      retiredFrom
    }
    serviceAreas {
      code
      name
      effectiveFrom
      retiredFrom
      division {
        code
        name
      }
    }
    issueCategories {
      code
      name
      effectiveFrom
      retiredFrom
      issues {
        code
        name
        effectiveFrom
        retiredFrom
      }
    }
  }
`);

/** All reference data, retired values included, for the administration pages. */
export function useReferenceDataQuery() {
  return useQuery({ query: AdminReferenceDataDocument });
}
