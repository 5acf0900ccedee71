/** Learning actions shaped like the API's, for tests. */
import type { ConflictRecord } from './action-conflict';
import type { ActionRecord } from './useLearningActionsQuery';

export const OPTIONS = {
  serviceAreas: [
    { code: 'SOCIAL_CARE', name: 'Safeguarding: Social Care' },
    { code: 'INCLUSION', name: 'Safeguarding: Inclusion' },
  ],
  issueCategories: [
    { code: 'COMMUNICATION', name: 'Communication' },
    { code: 'STAFFING', name: 'Staffing' },
  ],
};

export function action(overrides: Partial<ActionRecord> = {}): ActionRecord {
  return {
    id: '4',
    version: 2,
    financialYear: '2009/10',
    issueIdentified: 'Generic issues',
    issueCategory: null,
    serviceArea: { code: 'SOCIAL_CARE', name: 'Safeguarding: Social Care' },
    count: null,
    actionNeeded: 'Service Manager met complainants to resolve issues before Stage 2',
    byWhom: 'Service Manager',
    status: 'ONGOING',
    furtherAction: null,
    dueDate: '2010-12-31',
    overdue: true,
    createdAt: '2011-03-31T09:00:00.000Z',
    updatedAt: '2025-06-12T08:15:00.000Z',
    history: [
      {
        id: '11',
        version: 2,
        changedBy: 'manager@demo.example',
        changedAt: '2025-06-12T08:15:00.000Z',
        field: 'status',
        oldValue: 'OPEN',
        newValue: 'ONGOING',
      },
    ],
    ...overrides,
  };
}

export function completedAction(overrides: Partial<ActionRecord> = {}): ActionRecord {
  return action({
    id: '2',
    version: 1,
    issueIdentified: 'Communication: unwanted (3), inaccurate (5), lack of (40)',
    issueCategory: { code: 'COMMUNICATION', name: 'Communication' },
    count: 48,
    actionNeeded: 'Supervision and review of procedures',
    byWhom: 'Service Managers',
    status: 'COMPLETED',
    dueDate: null,
    overdue: false,
    history: [],
    ...overrides,
  });
}

/** The record a CONFLICT carries: the action as stored now, without its history. */
export function conflictRecord(overrides: Partial<ConflictRecord> = {}): ConflictRecord {
  const { history: _history, ...stored } = action({ version: 3, updatedAt: '2025-06-12T13:32:00.000Z' });
  return { ...stored, ...overrides };
}

/** The extensions of the API's CONFLICT error: the officer changed "action needed" at version 3. */
export function conflictExtensions(current: ConflictRecord = conflictRecord({ actionNeeded: 'Officer’s wording' })) {
  return {
    code: 'CONFLICT',
    expectedVersion: 2,
    current,
    changedFields: ['actionNeeded'],
    changes: [
      {
        version: 3,
        changedBy: 'officer@demo.example',
        changedAt: '2025-06-12T13:32:00.000Z',
        field: 'actionNeeded',
        oldValue: 'Service Manager met complainants to resolve issues before Stage 2',
        newValue: current.actionNeeded,
      },
    ],
  };
}

export const CONFLICT_MESSAGE =
  'Learning action 4 has changed since version 2, which you loaded: changed by officer@demo.example at 2025-06-12T13:32:00.000Z (actionNeeded). It is now version 3: reload it and make your change again.';
