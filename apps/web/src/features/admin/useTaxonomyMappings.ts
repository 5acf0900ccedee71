import { useMutation, useQuery } from 'urql';
import { graphql } from '../../graphql';

const TaxonomyMappingsDocument = graphql(`
  query TaxonomyMappings {
    taxonomyMappings {
      id
      kind
      fromCode
      toCode
      effectiveFrom
      mappingKind
      designated
      rule
    }
  }
`);

const AddTaxonomyMappingDocument = graphql(`
  mutation AddTaxonomyMapping($input: AddTaxonomyMappingInput!) {
    addTaxonomyMapping(input: $input) {
      id
      fromCode
      toCode
    }
  }
`);

/** Every reorganisation mapping (a few dozen at most). */
export function useTaxonomyMappingsQuery() {
  return useQuery({ query: TaxonomyMappingsDocument });
}

export function useAddTaxonomyMapping() {
  return useMutation(AddTaxonomyMappingDocument);
}
