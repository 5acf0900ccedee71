import type { CreateLearningActionInput } from './learning-action.inputs';
import { applyChanges, closeValues, prepareNewAction, reopenValues, type KnownCodes } from './learning-action-validation';
import type { ActionValues } from './learning-action-values';

const known: KnownCodes = {
  issueCategories: { byCode: new Map([['COMMUNICATION', {}], ['STAFFING', {}]]) },
  serviceAreas: { byCode: new Map([['SOCIAL_CARE', {}], ['INCLUSION', {}]]) },
};

const input: CreateLearningActionInput = {
  issueIdentified: '  Late responses  ',
  issueCategory: 'COMMUNICATION',
  serviceArea: 'SOCIAL_CARE',
  actionNeeded: 'Weekly tracking of open complaints',
  byWhom: 'Service Managers',
};

const current: ActionValues = {
  issueIdentified: 'Late responses',
  issueCategory: 'COMMUNICATION',
  serviceArea: 'SOCIAL_CARE',
  count: 4,
  actionNeeded: 'Weekly tracking',
  byWhom: 'Service Managers',
  status: 'ONGOING',
  furtherAction: 'Report to DMT',
  dueDate: '2010-09-30',
};

function problemsOf(result: { ok: boolean; problems?: { field: string; message: string }[] }) {
  return result.ok ? [] : result.problems!;
}

describe('prepareNewAction', () => {
  it('trims text, defaults the year to the current one and the status to OPEN', () => {
    const result = prepareNewAction(input, known, '2010-05-04');
    expect(result).toEqual({
      ok: true,
      value: {
        financialYear: '2010/11',
        values: { ...input, issueIdentified: 'Late responses', count: null, status: 'OPEN', furtherAction: null, dueDate: null },
        closingNote: null,
      },
    });
  });

  it('records an action as already COMPLETED only with its closing note, trimmed', () => {
    const result = prepareNewAction({ ...input, status: 'COMPLETED', closingNote: '  Leaflet reprinted  ' }, known, '2010-05-04');
    expect(result.ok && result.value.closingNote).toBe('Leaflet reprinted');
  });

  it.each([
    ['unknown category', { issueCategory: 'WEATHER' }, 'issueCategory', "unknown issue category 'WEATHER'"],
    ['unknown service area', { serviceArea: 'PARKS' }, 'serviceArea', "unknown service area 'PARKS'"],
    ['blank text', { byWhom: '   ' }, 'byWhom', 'must not be empty'],
    ['over-long text', { issueIdentified: 'x'.repeat(501) }, 'issueIdentified', 'longer than 500'],
    ['a negative count', { count: -1 }, 'count', '0 or more'],
    ['a malformed year', { financialYear: '2009/11' }, 'financialYear', 'not a financial year'],
    ['an impossible date', { dueDate: '2010-02-30' }, 'dueDate', 'not a real date'],
    ['a due date before the year', { financialYear: '2010/11', dueDate: '2010-03-31' }, 'dueDate', 'before the start of 2010/11'],
    ['a completed action without a closing note', { status: 'COMPLETED' as const, closingNote: '  ' }, 'closingNote', 'must not be empty'],
    ['a closing note on an open action', { closingNote: 'Done' }, 'closingNote', 'is for an action recorded as COMPLETED'],
    ['a closing note over 2,000 characters', { status: 'COMPLETED' as const, closingNote: 'x'.repeat(2001) }, 'closingNote', 'longer than 2000'],
  ])('refuses %s, naming the field', (_case, change, field, message) => {
    const problems = problemsOf(prepareNewAction({ ...input, ...change }, known, '2010-05-04'));
    expect(problems).toHaveLength(1);
    expect(problems[0].field).toBe(field);
    expect(problems[0].message).toContain(message);
  });
});

describe('applyChanges', () => {
  it('changes only the fields given, and null clears optional ones', () => {
    const result = applyChanges(current, '2010/11', { byWhom: ' Head of Service ', furtherAction: null, count: null }, known);
    expect(result).toEqual({ ok: true, value: { ...current, byWhom: 'Head of Service', furtherAction: null, count: null } });
  });

  it('refuses an update that names no field', () => {
    expect(problemsOf(applyChanges(current, '2010/11', {}, known))).toEqual([{ field: 'input', message: expect.stringContaining('names no field') }]);
  });

  it('refuses an update that changes nothing, naming the field', () => {
    const problems = problemsOf(applyChanges(current, '2010/11', { status: 'ONGOING', byWhom: 'Service Managers ' }, known));
    expect(problems).toEqual([{ field: 'byWhom', message: 'changes nothing: byWhom, status already have that value' }]);
  });

  it.each([
    ['clearing required text', { actionNeeded: null }, 'actionNeeded'],
    ['an unknown code', { serviceArea: 'PARKS' }, 'serviceArea'],
    ['a negative count', { count: -3 }, 'count'],
    ['a due date before the action year', { dueDate: '2009-12-31' }, 'dueDate'],
    ['completing it by editing (closing needs a note)', { status: 'COMPLETED' as const }, 'status'],
  ])('refuses %s', (_case, change, field) => {
    expect(problemsOf(applyChanges(current, '2010/11', change, known)).map((p) => p.field)).toEqual([field]);
  });
});

describe('status changes by editing', () => {
  it('moves an action between OPEN and ONGOING, and never out of COMPLETED', () => {
    expect(applyChanges(current, '2010/11', { status: 'OPEN' }, known)).toEqual({ ok: true, value: { ...current, status: 'OPEN' } });
    const problems = problemsOf(applyChanges({ ...current, status: 'COMPLETED' }, '2010/11', { status: 'ONGOING' }, known));
    expect(problems).toEqual([{ field: 'status', message: expect.stringContaining('reopenLearningAction') }]);
  });
});

describe('closeValues and reopenValues', () => {
  it('closes an open action and reopens a completed one as ONGOING', () => {
    expect(closeValues(current)).toEqual({ ok: true, value: { ...current, status: 'COMPLETED' } });
    expect(reopenValues({ ...current, status: 'COMPLETED' })).toEqual({ ok: true, value: { ...current, status: 'ONGOING' } });
  });

  it('refuses to close a completed action or reopen one that is not completed', () => {
    expect(problemsOf(closeValues({ ...current, status: 'COMPLETED' }))[0].field).toBe('status');
    expect(problemsOf(reopenValues({ ...current, status: 'OPEN' }))[0].message).toContain('this one is OPEN');
  });
});
