import { useQuery } from 'urql';
import { graphql } from '../../graphql';
import type { SavedChartFieldsFragment } from '../../graphql/graphql';

/** What every view of a saved chart shows; mutations answer with the same, so the cache updates each view. */
export const SavedChartFields = graphql(`
  fragment SavedChartFields on SavedChart {
    id
    name
    description
    params
    chartType
    dataDownload
    owner {
      id
      name
    }
    createdAt
    updatedAt
    viewerCan {
      edit
      publish
      delete
    }
  }
`);

const SavedChartsDocument = graphql(`
  query SavedCharts {
    savedCharts {
      ...SavedChartFields
    }
  }
`);

export type SavedChartRecord = SavedChartFieldsFragment;

export function useSavedChartsQuery() {
  return useQuery({ query: SavedChartsDocument });
}
