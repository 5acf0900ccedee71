import { useQuery } from 'urql';
import { graphql } from '../../graphql';
import type { ReferenceOptionsQuery } from '../../graphql/graphql';

// One document for every page: the normalized cache answers the next page from what the first one loaded.
const ReferenceOptionsDocument = graphql(`
  query ReferenceOptions {
    recordTypes {
      code
      name
      group
    }
    channels {
      code
      name
    }
    divisions {
      code
      name
    }
    serviceAreas {
      code
      name
    }
    issueCategories {
      code
      name
      issues {
        code
        name
      }
    }
  }
`);

export type ReferenceOptions = ReferenceOptionsQuery;

/** The reference data that filters, forms and histories are built from. */
export function useReferenceOptionsQuery() {
  return useQuery({ query: ReferenceOptionsDocument });
}
