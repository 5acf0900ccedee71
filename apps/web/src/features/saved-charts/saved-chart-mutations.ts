import { useMutation } from 'urql';
import { graphql } from '../../graphql';

const SaveChartDocument = graphql(`
  mutation SaveChart($input: SaveChartInput!) {
    saveChart(input: $input) {
      ...SavedChartFields
    }
  }
`);

const UpdateSavedChartDocument = graphql(`
  mutation UpdateSavedChart($id: ID!, $input: UpdateSavedChartInput!) {
    updateSavedChart(id: $id, input: $input) {
      ...SavedChartFields
    }
  }
`);

const DeleteSavedChartDocument = graphql(`
  mutation DeleteSavedChart($id: ID!) {
    deleteSavedChart(id: $id)
  }
`);

export function useSaveChart() {
  return useMutation(SaveChartDocument);
}

export function useUpdateSavedChart() {
  return useMutation(UpdateSavedChartDocument);
}

export function useDeleteSavedChart() {
  return useMutation(DeleteSavedChartDocument);
}
