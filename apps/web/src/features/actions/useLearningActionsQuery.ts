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
    issues {
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
    closingNote
    linkedComplaints
    viewerCan {
      update
      close
      reopen
      addProgress
    }
    progress {
      id
      kind
      authorName
      at
      text
    }
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
export type ProgressEntry = ActionRecord['progress'][number];

/**
 * The tracker's list, in the API's order (overdue first, then by due date).
 * The normalized cache keeps it current: a saved action updates in place, and
 * a created or changed one makes the list ask again (app/graphql-client.ts).
 */
export function useLearningActionsQuery(filter: LearningActionFilter | undefined) {
  return useQuery({ query: LearningActionsDocument, variables: { filter: filter ?? null } });
}
