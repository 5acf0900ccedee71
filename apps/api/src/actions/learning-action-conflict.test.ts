import { conflictChanges, fieldsSet } from './learning-action-conflict';
import type { ActionValues } from './learning-action-values';

const current: ActionValues = {
  issueIdentified: 'Generic issues',
  issueCategory: null,
  serviceArea: 'SOCIAL_CARE',
  count: 3,
  actionNeeded: 'Train staff',
  byWhom: 'Ann',
  status: 'COMPLETED',
  furtherAction: null,
  dueDate: '2010-10-31',
};

describe('conflictChanges', () => {
  it('lists the fields they changed, in display order, with theirs and yours', () => {
    const since = [
      { field: 'status', oldValue: 'ONGOING' },
      { field: 'byWhom', oldValue: 'Bob' },
      { field: 'byWhom', oldValue: 'Carol' },
      { field: 'created', oldValue: null },
    ];
    expect(conflictChanges(since, current, { byWhom: 'Dee', furtherAction: 'More' })).toEqual([
      { field: 'byWhom', theirValue: 'Ann', yourValue: 'Dee' },
      { field: 'status', theirValue: 'COMPLETED', yourValue: 'ONGOING' },
    ]);
  });

  it('writes numbers and nulls as the audit does', () => {
    expect(conflictChanges([{ field: 'count', oldValue: null }], current, { count: 7 })).toEqual([{ field: 'count', theirValue: '3', yourValue: '7' }]);
    expect(conflictChanges([{ field: 'count', oldValue: '1' }], current, { count: null })).toEqual([{ field: 'count', theirValue: '3', yourValue: null }]);
  });

  it('lists the issues after the values, written as their sorted codes', () => {
    const since = [{ field: 'issues', oldValue: 'A' }];
    expect(conflictChanges(since, { ...current, issues: ['C', 'B'] }, { issues: ['D'] })).toEqual([{ field: 'issues', theirValue: 'B,C', yourValue: 'D' }]);
    expect(conflictChanges(since, { ...current, issues: [] }, { count: 1 })).toEqual([{ field: 'issues', theirValue: null, yourValue: 'A' }]);
  });

  it('is empty when no audit entry accounts for the change', () => {
    expect(conflictChanges([], current, { byWhom: 'Dee' })).toEqual([]);
  });
});

describe('fieldsSet', () => {
  it('keeps the fields given, null included, and drops the rest', () => {
    expect(fieldsSet({ byWhom: 'Dee', dueDate: null, count: undefined })).toEqual({ byWhom: 'Dee', dueDate: null });
  });
});
