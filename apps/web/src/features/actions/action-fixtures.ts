/** Learning actions and version conflicts shaped like the API's (generated types), for tests. */
import type { ActionConflict } from './action-conflict';
import type { ActionRecord } from './useLearningActionsQuery';
import type { ReferenceOptions } from '../reference/useReferenceOptionsQuery';

/** What an analyst (or a manager of another area) may do: nothing. */
export const READ_ONLY: ActionRecord['viewerCan'] = { update: false, close: false, reopen: false, addProgress: false };

/** What a writer may do to an action with this status, as the API says it. */
export const writable = (status: ActionRecord['status']): ActionRecord['viewerCan'] => ({
  update: true,
  close: status !== 'COMPLETED',
  reopen: status === 'COMPLETED',
  addProgress: status !== 'COMPLETED',
});

/** The shared reference-data query's answer; the tracker reads only service areas and issue categories. */
export const OPTIONS: ReferenceOptions = {
  recordTypes: [],
  channels: [],
  divisions: [],
  serviceAreas: [
    { code: 'SOCIAL_CARE', name: 'Safeguarding: Social Care' },
    { code: 'INCLUSION', name: 'Safeguarding: Inclusion' },
  ],
  issueCategories: [
    {
      code: 'COMMUNICATION',
      name: 'Communication',
      issues: [
        { code: 'COMMUNICATION_UNWANTED', name: 'Communication: unwanted' },
        { code: 'COMMUNICATION_LACK_OF', name: 'Communication: lack of' },
      ],
    },
    { code: 'STAFFING', name: 'Staffing', issues: [{ code: 'STAFF_CONDUCT', name: 'Code of conduct or attitude of staff' }] },
  ],
};

export function action(overrides: Partial<ActionRecord> = {}): ActionRecord {
  const record: Omit<ActionRecord, 'viewerCan'> = {
    id: '4',
    version: 2,
    financialYear: '2009/10',
    issueIdentified: 'Generic issues',
    issueCategory: null,
    serviceArea: { code: 'SOCIAL_CARE', name: 'Safeguarding: Social Care' },
    issues: [],
    count: null,
    actionNeeded: 'Service Manager met complainants to resolve issues before Stage 2',
    byWhom: 'Service Manager',
    status: 'ONGOING',
    furtherAction: null,
    dueDate: '2010-12-31',
    overdue: true,
    createdAt: '2011-03-31T09:00:00.000Z',
    updatedAt: '2025-06-12T08:15:00.000Z',
    closingNote: null,
    linkedComplaints: 0,
    progress: [],
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
  return { ...record, viewerCan: overrides.viewerCan ?? writable(record.status) };
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

/** The action as stored after the officer changed "action needed" at version 3. */
export function theirAction(overrides: Partial<ActionRecord> = {}): ActionRecord {
  const base = action();
  return action({
    version: 3,
    updatedAt: '2025-06-12T13:32:00.000Z',
    actionNeeded: 'Officer’s wording',
    history: [
      ...base.history,
      {
        id: '12',
        version: 3,
        changedBy: 'officer@demo.example',
        changedAt: '2025-06-12T13:32:00.000Z',
        field: 'actionNeeded',
        oldValue: base.actionNeeded,
        newValue: overrides.actionNeeded ?? 'Officer’s wording',
      },
    ],
    ...overrides,
  });
}

/** The API's VersionConflict for a save based on version 2: they changed these fields since. */
export function versionConflict(current: ActionRecord = theirAction(), fields: ActionConflict['changes'][number]['field'][] = ['actionNeeded']): ActionConflict {
  return {
    expectedVersion: 2,
    current,
    changes: fields.map((field) => ({ field, theirValue: null, yourValue: null })),
  };
}
