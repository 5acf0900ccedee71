import { useQuery } from 'urql';
import { graphql } from '../../graphql';
import type { ActionOptionsQuery } from '../../graphql/graphql';

const ActionOptionsDocument = graphql(`
  query ActionOptions {
    serviceAreas {
      code
      name
    }
    issueCategories {
      code
      name
    }
  }
`);

export type ActionOptions = ActionOptionsQuery;

/** Service areas and issue categories: the filters, the form's choices and the names in the history. */
export function useActionOptionsQuery() {
  return useQuery({ query: ActionOptionsDocument });
}
