import { useMemo } from 'react';
import { useQuery } from 'urql';
import { graphql } from '../../graphql';
import type { LearningActionFieldsFragment, LearningActionFilter } from '../../graphql/graphql';

/** Everything the tracker shows of an action; the list and every mutation ask for the same fields. */
export const LearningActionFields = graphql(`
  fragment LearningActionFields on LearningAction {
    id
    version
    financialYear
    issueIdentified
    issueCategory {
      code
      name
    }
    serviceArea {
      code
      name
    }
    count
    actionNeeded
    byWhom
    status
    furtherAction
    dueDate
    overdue
    createdAt
    updatedAt
    history {
      id
      version
      changedBy
      changedAt
      field
      oldValue
      newValue
    }
  }
`);

const LearningActionsDocument = graphql(`
  query LearningActions($filter: LearningActionFilter) {
    learningActions(filter: $filter) {
      ...LearningActionFields
    }
  }
`);

export type ActionRecord = LearningActionFieldsFragment;
export type HistoryEntry = ActionRecord['history'][number];

/**
 * The tracker's list, in the API's order (overdue first, then by due date).
 * `additionalTypenames` lets a created action refresh an empty list too: urql
 * refetches queries that hold a type a mutation returns, and an empty list holds none.
 */
export function useLearningActionsQuery(filter: LearningActionFilter | undefined) {
  const context = useMemo(() => ({ additionalTypenames: ['LearningAction'] }), []);
  return useQuery({ query: LearningActionsDocument, variables: { filter: filter ?? null }, context });
}
