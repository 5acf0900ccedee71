/** The retention page's queries and mutations, one hook each (administrators only). */
import { useMutation, useQuery } from 'urql';
import { graphql } from '../../graphql';

const RetentionPeriodsDocument = graphql(`
  query RetentionPeriods {
    retentionPeriods {
      id
      recordKind
      code
      name
      years
      defaultYears
      basis
      retiredFrom
    }
  }
`);

const RecordsDueForDeletionDocument = graphql(`
  query RecordsDueForDeletion($asOf: LocalDate, $page: PageInput) {
    recordsDueForDeletion(asOf: $asOf, page: $page) {
      asOf
      totalCount
      records {
        id
        recordKind
        reference
        typeName
        closedOn
        retentionYears
        dueOn
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

const SetRetentionPeriodDocument = graphql(`
  mutation SetRetentionPeriod($input: SetRetentionPeriodInput!) {
    setRetentionPeriod(input: $input) {
      id
      years
    }
  }
`);

const AnonymiseRecordsDocument = graphql(`
  mutation AnonymiseRecords($ids: [ID!]!, $confirm: Boolean!) {
    anonymiseRecords(ids: $ids, confirm: $confirm) {
      anonymisedOn
      count
      references
    }
  }
`);

export const DUE_PAGE_SIZE = 50;

export function useRetentionPeriodsQuery() {
  return useQuery({ query: RetentionPeriodsDocument });
}

/** One page of the records due for deletion on `asOf`: the first when `after` is null. */
export function useRecordsDueQuery(asOf: string, after: string | null) {
  return useQuery({ query: RecordsDueForDeletionDocument, variables: { asOf, page: { first: DUE_PAGE_SIZE, after } } });
}

export function useSetRetentionPeriod() {
  return useMutation(SetRetentionPeriodDocument);
}

export function useAnonymiseRecords() {
  return useMutation(AnonymiseRecordsDocument);
}
