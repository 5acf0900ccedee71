import { useMutation } from 'urql';
import { graphql } from '../../graphql';

const CreateEmbedDocument = graphql(`
  mutation CreateEmbed($chartId: ID!, $input: CreateEmbedInput!) {
    createEmbed(chartId: $chartId, input: $input) {
      url
      snippet
      embed {
        ...EmbedFields
      }
    }
  }
`);

const PauseEmbedDocument = graphql(`
  mutation PauseEmbed($id: ID!) {
    pauseEmbed(id: $id) {
      ...EmbedFields
    }
  }
`);

const ResumeEmbedDocument = graphql(`
  mutation ResumeEmbed($id: ID!) {
    resumeEmbed(id: $id) {
      ...EmbedFields
    }
  }
`);

const RevokeEmbedDocument = graphql(`
  mutation RevokeEmbed($id: ID!) {
    revokeEmbed(id: $id) {
      ...EmbedFields
    }
  }
`);

export function useCreateEmbed() {
  return useMutation(CreateEmbedDocument);
}

export function usePauseEmbed() {
  return useMutation(PauseEmbedDocument);
}

export function useResumeEmbed() {
  return useMutation(ResumeEmbedDocument);
}

export function useRevokeEmbed() {
  return useMutation(RevokeEmbedDocument);
}
