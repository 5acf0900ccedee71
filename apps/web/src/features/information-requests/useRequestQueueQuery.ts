import { useQuery } from 'urql';
import { graphql } from '../../graphql';
import type { RequestQueueQuery } from '../../graphql/graphql';

const RequestQueueDocument = graphql(`
  query RequestQueue {
    informationRequestQueue {
      asOf
      dueUntil
      overdueCount
      dueSoonCount
      pausedCount
      items {
        ...RequestRowFields
      }
    }
  }
`);

export type RequestQueueData = RequestQueueQuery['informationRequestQueue'];

/** Overdue and due-soon requests with their clock running, as of today. */
export function useRequestQueueQuery(pause = false) {
  return useQuery({ query: RequestQueueDocument, pause });
}
