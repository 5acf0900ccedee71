import { useQuery } from 'urql';
import { graphql } from '../../graphql';
import type { TrendOptionsQuery } from '../../graphql/graphql';

const TrendOptionsDocument = graphql(`
  query TrendOptions {
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

export type TrendOptions = TrendOptionsQuery;

/** The reference data the explorer's filters are built from. */
export function useTrendOptionsQuery() {
  return useQuery({ query: TrendOptionsDocument });
}
