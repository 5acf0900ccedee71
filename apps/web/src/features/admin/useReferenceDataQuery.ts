import { useQuery } from 'urql';
import { graphql } from '../../graphql';

// Every kind at once (a few hundred rows at most): the pages switch kinds without asking again.
const AdminReferenceDataDocument = graphql(`
  query AdminReferenceData {
    recordTypes {
      code
      name
      group
      retiredFrom
    }
    channels {
      code
      name
      retiredFrom
    }
    divisions {
      code
      name
      retiredFrom
    }
    serviceAreas {
      code
      name
      retiredFrom
      division {
        code
        name
      }
    }
    issueCategories {
      code
      name
      retiredFrom
      issues {
        code
        name
        retiredFrom
      }
    }
  }
`);

/** All reference data, retired values included, for the administration pages. */
export function useReferenceDataQuery() {
  return useQuery({ query: AdminReferenceDataDocument });
}
