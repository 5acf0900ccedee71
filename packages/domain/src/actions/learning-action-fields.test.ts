import { ACTION_FIELDS, ACTION_FIELD_LABELS, AUDITED_FIELDS, isActionField, isOverdue, issuesAuditValue, learningActionValues, sameIssues } from './learning-action-fields';

describe('learning-action fields', () => {
  it('labels every field', () => {
    expect(Object.keys(ACTION_FIELD_LABELS)).toEqual([...ACTION_FIELDS]);
  });

  it('writes a set of issues as its sorted codes, null for none, after the values', () => {
    expect(issuesAuditValue(['STAFF_CONDUCT', 'COMMUNICATION_LACK_OF'])).toBe('COMMUNICATION_LACK_OF,STAFF_CONDUCT');
    expect(issuesAuditValue([])).toBeNull();
    expect(sameIssues(['B', 'A'], ['A', 'B'])).toBe(true);
    expect(sameIssues(['A'], ['A', 'B'])).toBe(false);
    expect(AUDITED_FIELDS.at(-1)).toBe('issues');
  });

  it('knows its fields', () => {
    expect(isActionField('dueDate')).toBe(true);
    expect(isActionField('financialYear')).toBe(false);
  });

  it('is overdue when due before today and not completed', () => {
    expect(isOverdue({ dueDate: '2010-03-30', status: 'OPEN' }, '2010-03-31')).toBe(true);
    expect(isOverdue({ dueDate: '2010-03-31', status: 'OPEN' }, '2010-03-31')).toBe(false);
    expect(isOverdue({ dueDate: '2010-03-30', status: 'COMPLETED' }, '2010-03-31')).toBe(false);
    expect(isOverdue({ dueDate: null, status: 'ONGOING' }, '2010-03-31')).toBe(false);
  });

  it('takes the editable values of a record, with its codes given', () => {
    const record = {
      id: 4,
      issueIdentified: 'Generic issues',
      count: 3,
      actionNeeded: 'Meet complainants',
      byWhom: 'Service Managers',
      status: 'OPEN' as const,
      furtherAction: null,
      dueDate: '2010-06-30',
    };
    const values = learningActionValues(record, { issueCategory: 'STAFFING', serviceArea: null });
    expect(values).toEqual({ ...record, id: undefined, issueCategory: 'STAFFING', serviceArea: null });
    expect(Object.keys(values).sort()).toEqual([...ACTION_FIELDS].sort());
  });
});
