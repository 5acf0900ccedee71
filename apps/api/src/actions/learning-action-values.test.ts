import type { LearningAction } from './learning-action.entity';
import { createdSnapshot, diffActionValues, isOverdue, trackerOrder, valuesOf, type ActionValues } from './learning-action-values';

const base: ActionValues = {
  issueIdentified: 'Alleged breach of confidentiality',
  issueCategory: 'BREACH_OF_CONFIDENTIALITY',
  serviceArea: 'SOCIAL_CARE',
  count: 9,
  actionNeeded: 'Review of procedure/policy and further training for staff',
  byWhom: 'Service Managers',
  status: 'ONGOING',
  furtherAction: null,
  dueDate: '2010-10-31',
};

describe('diffActionValues', () => {
  it('finds nothing between equal values', () => {
    expect(diffActionValues(base, { ...base })).toEqual([]);
  });

  it('lists each changed field in display order, values as text and null kept as null', () => {
    const after: ActionValues = { ...base, status: 'COMPLETED', count: 10, dueDate: null, furtherAction: 'Audit in 2011' };
    expect(diffActionValues(base, after)).toEqual([
      { field: 'count', oldValue: '9', newValue: '10' },
      { field: 'status', oldValue: 'ONGOING', newValue: 'COMPLETED' },
      { field: 'furtherAction', oldValue: null, newValue: 'Audit in 2011' },
      { field: 'dueDate', oldValue: '2010-10-31', newValue: null },
    ]);
  });

  it('tells a count of 0 from no count', () => {
    expect(diffActionValues({ ...base, count: null }, { ...base, count: 0 })).toEqual([{ field: 'count', oldValue: null, newValue: '0' }]);
  });

  it('compares reference data by code', () => {
    expect(diffActionValues(base, { ...base, serviceArea: 'INCLUSION', issueCategory: null })).toEqual([
      { field: 'issueCategory', oldValue: 'BREACH_OF_CONFIDENTIALITY', newValue: null },
      { field: 'serviceArea', oldValue: 'SOCIAL_CARE', newValue: 'INCLUSION' },
    ]);
  });
});

describe('createdSnapshot', () => {
  it('records the year and every starting value', () => {
    expect(JSON.parse(createdSnapshot('2009/10', base))).toEqual({ financialYear: '2009/10', ...base, issues: [] });
    expect(JSON.parse(createdSnapshot('2009/10', base, ['STAFF_CONDUCT'])).issues).toEqual(['STAFF_CONDUCT']);
  });
});

describe('valuesOf', () => {
  it('turns reference ids into codes', () => {
    const row = { ...base, id: 1, financialYear: '2009/10', issueCategoryId: 4, serviceAreaId: 7 } as unknown as LearningAction;
    const codes = { issueCategories: { byId: new Map([[4, { code: 'BREACH_OF_CONFIDENTIALITY' }]]) }, serviceAreas: { byId: new Map([[7, { code: 'SOCIAL_CARE' }]]) } };
    expect(valuesOf(row, codes)).toEqual(base);
    expect(valuesOf({ ...row, issueCategoryId: null } as LearningAction, codes).issueCategory).toBeNull();
  });
});

describe('isOverdue and trackerOrder', () => {
  const today = '2010-11-15';

  it('is overdue only when due before today and not completed', () => {
    expect(isOverdue({ dueDate: '2010-11-14', status: 'ONGOING' }, today)).toBe(true);
    expect(isOverdue({ dueDate: '2010-11-15', status: 'OPEN' }, today)).toBe(false);
    expect(isOverdue({ dueDate: '2010-01-01', status: 'COMPLETED' }, today)).toBe(false);
    expect(isOverdue({ dueDate: null, status: 'OPEN' }, today)).toBe(false);
  });

  it('puts overdue first (longest overdue first), then open ones by due date, undated after dated, then completed', () => {
    const actions = [
      { id: 1, dueDate: null, status: 'COMPLETED' },
      { id: 2, dueDate: '2010-12-31', status: 'OPEN' },
      { id: 3, dueDate: null, status: 'ONGOING' },
      { id: 4, dueDate: '2010-11-01', status: 'ONGOING' },
      { id: 5, dueDate: '2010-06-30', status: 'OPEN' },
      { id: 6, dueDate: '2010-11-20', status: 'ONGOING' },
      { id: 7, dueDate: '2010-03-01', status: 'COMPLETED' },
      { id: 8, dueDate: '2010-11-20', status: 'OPEN' },
    ] as const;
    expect([...actions].sort(trackerOrder(today)).map((a) => a.id)).toEqual([5, 4, 6, 8, 2, 3, 7, 1]);
  });
});
