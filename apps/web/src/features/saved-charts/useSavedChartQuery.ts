import { useQuery } from 'urql';
import { graphql } from '../../graphql';
import type { SavedChartQuery } from '../../graphql/graphql';

const SavedChartDocument = graphql(`
  query SavedChart($id: ID!) {
    savedChart(id: $id) {
      ...SavedChartFields
    }
  }
`);

export type SavedChartData = NonNullable<SavedChartQuery['savedChart']>;

export function useSavedChartQuery(id: string) {
  return useQuery({ query: SavedChartDocument, variables: { id } });
}
