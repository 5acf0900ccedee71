import { useMutation, useQuery } from 'urql';
import { graphql } from '../../graphql';
import type { ServiceRequestsQuery } from '../../graphql/graphql';

const ServiceRequestsDocument = graphql(`
  query ServiceRequests($status: ServiceRequestStatus) {
    serviceRequests(status: $status) {
      id
      receivedDate
      summary
      status
      reviewedDate
      reviewNote
      resolvedDate
      convertedDate
      convertedContactReference
      serviceArea {
        code
        name
      }
    }
  }
`);

const ServiceRequestFormOptionsDocument = graphql(`
  query ServiceRequestFormOptions {
    serviceAreas {
      code
      name
      retiredFrom
    }
    channels {
      code
      name
      retiredFrom
    }
    issueCategories {
      code
      name
      issues {
        code
        name
        retiredFrom
      }
    }
  }
`);

const RecordServiceRequestDocument = graphql(`
  mutation RecordServiceRequest($input: RecordServiceRequestInput!) {
    recordServiceRequest(input: $input) {
      id
    }
  }
`);
const ReviewServiceRequestDocument = graphql(`
  mutation ReviewServiceRequest($id: ID!, $reviewedDate: LocalDate!, $note: String!, $resolved: Boolean!) {
    reviewServiceRequest(id: $id, reviewedDate: $reviewedDate, note: $note, resolved: $resolved) {
      id
      status
      reviewedDate
      reviewNote
      resolvedDate
    }
  }
`);
const ConvertServiceRequestDocument = graphql(`
  mutation ConvertServiceRequest($id: ID!, $input: ConvertServiceRequestInput!) {
    convertServiceRequest(id: $id, input: $input) {
      serviceRequest {
        id
        status
        convertedDate
        convertedContactReference
      }
      contact {
        id
        reference
      }
    }
  }
`);

export type ServiceRequestRow = ServiceRequestsQuery['serviceRequests'][number];

export const useServiceRequestsQuery = (status: string) =>
  useQuery({ query: ServiceRequestsDocument, variables: { status: (status || null) as ServiceRequestsQuery['serviceRequests'][number]['status'] | null } });
export const useServiceRequestFormOptions = () => useQuery({ query: ServiceRequestFormOptionsDocument });
export const useRecordServiceRequest = () => useMutation(RecordServiceRequestDocument);
export const useReviewServiceRequest = () => useMutation(ReviewServiceRequestDocument);
export const useConvertServiceRequest = () => useMutation(ConvertServiceRequestDocument);
