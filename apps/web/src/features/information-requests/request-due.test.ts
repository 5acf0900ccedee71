import { dueSentence, dueText, statusText } from './request-due';

describe('dueText', () => {
  it('says how late, how long is left, or why the clock stopped', () => {
    expect(dueText({ status: 'OVERDUE', dueDate: '2009-11-30', workingDaysOverdue: 1 })).toBe('1 working day overdue');
    expect(dueText({ status: 'OPEN', dueDate: '2009-11-30', workingDaysRemaining: 0 })).toBe('Due today');
    expect(dueText({ status: 'OPEN', dueDate: '2009-11-30', workingDaysRemaining: 12 })).toBe('Due in 12 working days');
    expect(dueText({ status: 'PAUSED', dueDate: '2009-11-30', clockPauseReason: 'AWAITING_ID' })).toBe('Awaiting proof of identity');
    expect(dueText({ status: 'COMPLETED', dueDate: '2009-11-30' })).toBe('Responded');
  });
});

describe('dueSentence', () => {
  it('puts the dates as people read them', () => {
    expect(dueSentence({ status: 'OVERDUE', dueDate: '2009-11-30', workingDaysOverdue: 4651 })).toBe('It was due on 30 November 2009 and is 4,651 working days overdue.');
    expect(dueSentence({ status: 'PAUSED', dueDate: '2009-11-30', clockPausedOn: '2009-11-05', clockPauseReason: 'AWAITING_CLARIFICATION' })).toBe(
      'The clock is paused since 5 November 2009, awaiting clarification. It was due on 30 November 2009; the due date moves when the clock restarts.',
    );
    expect(dueSentence({ status: 'COMPLETED', dueDate: '2009-11-30', completedDate: '2009-12-01', completedWithinDeadline: false })).toBe(
      'The response was sent on 1 December 2009, after the due date, 30 November 2009.',
    );
    expect(dueSentence({ status: 'WITHDRAWN', dueDate: '2009-11-30', withdrawnDate: '2009-11-10' })).toBe('It was withdrawn on 10 November 2009.');
  });
});

describe('statusText', () => {
  it('says the status and how far in one phrase', () => {
    expect(statusText({ status: 'OVERDUE', dueDate: '2009-11-30', workingDaysOverdue: 3 })).toBe('Overdue by 3 working days');
    expect(statusText({ status: 'PAUSED', dueDate: '2009-11-30', clockPauseReason: 'AWAITING_FEE' })).toBe('Clock paused: awaiting the fee');
    expect(statusText({ status: 'OPEN', dueDate: '2009-11-30', workingDaysRemaining: 2 })).toBe('Due in 2 working days');
    expect(statusText({ status: 'WITHDRAWN', dueDate: '2009-11-30' })).toBe('Withdrawn');
  });
});
