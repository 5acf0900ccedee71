/** The reference data mutations, one hook each. Each answers true; the cache asks for the lists again (graphql-client.ts). */
import { useMutation } from 'urql';
import { graphql } from '../../graphql';

const SaveReferenceItemDocument = graphql(`
  mutation SaveReferenceItem($input: SaveReferenceItemInput!) {
    saveReferenceItem(input: $input)
  }
`);

const RetireReferenceItemDocument = graphql(`
  mutation RetireReferenceItem($input: RetireReferenceItemInput!) {
    retireReferenceItem(input: $input)
  }
`);

const ReinstateReferenceItemDocument = graphql(`
  mutation ReinstateReferenceItem($kind: ReferenceKind!, $code: String!) {
    reinstateReferenceItem(kind: $kind, code: $code)
  }
`);

export function useSaveReferenceItem() {
  return useMutation(SaveReferenceItemDocument);
}

export function useRetireReferenceItem() {
  return useMutation(RetireReferenceItemDocument);
}

export function useReinstateReferenceItem() {
  return useMutation(ReinstateReferenceItemDocument);
}
