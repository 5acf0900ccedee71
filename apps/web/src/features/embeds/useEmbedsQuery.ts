import { useQuery } from 'urql';
import { graphql } from '../../graphql';
import type { EmbedFieldsFragment } from '../../graphql/graphql';

/** An embed as the register and a chart's page show it; pause, resume and revoke answer with the same. */
export const EmbedFields = graphql(`
  fragment EmbedFields on Embed {
    id
    state
    note
    disclosureRule
    expiresAt
    createdAt
    lastUsedAt
    viewCount
    chart {
      id
      name
    }
    createdBy {
      id
      name
    }
    viewerCan {
      pause
      resume
      revoke
    }
  }
`);

const EmbedsDocument = graphql(`
  query Embeds {
    embeds {
      ...EmbedFields
    }
  }
`);

export type EmbedRecord = EmbedFieldsFragment;

/** The register: every embed for an administrator, the viewer's own for anyone else. */
export function useEmbedsQuery() {
  return useQuery({ query: EmbedsDocument });
}
