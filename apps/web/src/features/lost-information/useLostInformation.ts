import { useMutation, useQuery } from 'urql';
import { graphql } from '../../graphql';
import type { LostInformationFilter, LostInformationIncidentFieldsFragment } from '../../graphql/graphql';

graphql(`
  fragment LostInformationIncidentFields on LostInformationIncident {
    id
    reference
    occurredAt
    discoveredAt
    icoDueAt
    format
    dataDescription
    peopleAffected
    encrypted
    reportedBy
    serviceArea {
      code
      name
    }
    likelihood
    severity
    riskLevel
    icoDecision
    icoDecisionReason
    icoDecidedAt
    icoNotifiedAt
    subjectsDecision
    subjectsDecisionReason
    subjectsToldOn
    lessonsLearned
    closedOn
    status
    reportedWithin72Hours
    actions {
      id
      kind
      description
      takenOn
    }
    learningActions {
      id
      issueIdentified
      financialYear
    }
  }
`);

const LostInformationIncidentsDocument = graphql(`
  query LostInformationIncidents($filter: LostInformationFilter) {
    lostInformationIncidents(filter: $filter) {
      ...LostInformationIncidentFields
    }
  }
`);

const LostInformationIncidentDocument = graphql(`
  query LostInformationIncident($id: ID!) {
    lostInformationIncident(id: $id) {
      ...LostInformationIncidentFields
    }
  }
`);

const RecordLostInformationIncidentDocument = graphql(`
  mutation RecordLostInformationIncident($input: LostInformationIncidentInput!) {
    recordLostInformationIncident(input: $input) {
      ...LostInformationIncidentFields
    }
  }
`);

const UpdateLostInformationIncidentDocument = graphql(`
  mutation UpdateLostInformationIncident($id: ID!, $input: LostInformationIncidentInput!) {
    updateLostInformationIncident(id: $id, input: $input) {
      ...LostInformationIncidentFields
    }
  }
`);

export type IncidentData = LostInformationIncidentFieldsFragment;

export function useLostInformationIncidents(filter: LostInformationFilter = {}) {
  return useQuery({ query: LostInformationIncidentsDocument, variables: { filter } });
}

export function useLostInformationIncident(id: string) {
  return useQuery({ query: LostInformationIncidentDocument, variables: { id } });
}

export function useRecordLostInformationIncident() {
  return useMutation(RecordLostInformationIncidentDocument);
}

export function useUpdateLostInformationIncident() {
  return useMutation(UpdateLostInformationIncidentDocument);
}
