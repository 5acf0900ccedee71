import { asOfFromSearch, countLabel, dueText, splitQueue, stepText, validateAsOf } from './casework-queue';

describe('casework queue helpers', () => {
  it('reads the as-of date from the URL, ignoring a wrong one', () => {
    expect(asOfFromSearch('?asOf=2010-03-01')).toEqual({ asOf: '2010-03-01', problem: null });
    expect(asOfFromSearch('')).toEqual({ asOf: null, problem: null });
    expect(asOfFromSearch('?asOf=')).toEqual({ asOf: null, problem: null });
    expect(asOfFromSearch('?asOf=2010-02-30')).toEqual({
      asOf: null,
      problem: "'2010-02-30' is not a real date in the form YYYY-MM-DD, so today's queue is shown",
    });
  });

  it('checks the as-of date entered', () => {
    expect(validateAsOf('')).toBe('Enter the date to show the queue for');
    expect(validateAsOf('', true)).toBe('The date must be a real date');
    expect(validateAsOf('2010-03-01')).toBeNull();
  });

  it('says how overdue a step is, or how long is left, in words', () => {
    expect(dueText({ status: 'OVERDUE', workingDaysOverdue: 1, workingDaysRemaining: 0 })).toBe('1 working day overdue');
    expect(dueText({ status: 'OVERDUE', workingDaysOverdue: 4651, workingDaysRemaining: 0 })).toBe('4,651 working days overdue');
    expect(dueText({ status: 'DUE_THIS_WEEK', workingDaysOverdue: 0, workingDaysRemaining: 0 })).toBe('Due today');
    expect(dueText({ status: 'DUE_THIS_WEEK', workingDaysOverdue: 0, workingDaysRemaining: 5 })).toBe('Due in 5 working days');
  });

  it('names steps and counts', () => {
    expect(stepText({ step: 'STAGE_3_PANEL' })).toBe('Stage 3 review panel');
    expect(stepText({ step: 'CODE_STAGE_2_ACKNOWLEDGEMENT' })).toBe('Stage 2 acknowledgement (Complaint Handling Code)');
    expect(stepText({ step: 'CODE_STAGE_2_RESPONSE' })).toBe('Stage 2 response (Complaint Handling Code)');
    expect(countLabel(1, 'overdue')).toBe('step overdue');
    expect(countLabel(1200, 'due this week')).toBe('steps due this week');
  });

  it('splits the queue, keeping its order', () => {
    const items = [
      { id: 1, status: 'OVERDUE' as const },
      { id: 2, status: 'DUE_THIS_WEEK' as const },
      { id: 3, status: 'OVERDUE' as const },
    ];
    expect(splitQueue(items)).toEqual({ overdue: [items[0], items[2]], dueThisWeek: [items[1]] });
  });
});
