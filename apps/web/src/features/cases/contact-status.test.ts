import { contactFixture, escalationFixture } from './case-fixtures';
import { dueRows } from './contact-status';

const summary = (rows: ReturnType<typeof dueRows>) => rows.map((r) => [r.step, r.due, r.done, r.status]);

describe('due dates of a contact', () => {
  it('says which steps are overdue, waiting or done (on time or late), in words', () => {
    expect(summary(dueRows(contactFixture({ acknowledgementSentDate: '2010-01-15' }), '2010-01-20'))).toEqual([
      ['Acknowledgement', '2010-01-14', '2010-01-15', 'Done late'],
      ['Stage 1 response', '2010-01-25', null, 'Due by 25 January 2010'],
    ]);
    expect(summary(dueRows(contactFixture(), '2010-02-01'))).toEqual([
      ['Acknowledgement', '2010-01-14', null, 'Overdue'],
      ['Stage 1 response', '2010-01-25', null, 'Overdue'],
    ]);
  });

  it('no longer waits for an acknowledgement once the response has gone, nor for anything once withdrawn', () => {
    expect(summary(dueRows(contactFixture({ responseSentDate: '2010-01-20', outcome: 'UPHELD' }), '2010-02-01'))).toEqual([
      ['Acknowledgement', '2010-01-14', null, 'Not needed: the response was sent'],
      ['Stage 1 response', '2010-01-25', '2010-01-20', 'Done on time'],
    ]);
    expect(summary(dueRows(contactFixture({ withdrawnDate: '2010-01-12', outcome: 'WITHDRAWN' }), '2010-02-01'))).toEqual([
      ['Acknowledgement', '2010-01-14', null, 'Not needed: withdrawn'],
      ['Stage 1 response', '2010-01-25', null, 'Not needed: withdrawn'],
    ]);
  });

  it('lists escalations, their panels and extensions', () => {
    const contact = contactFixture({
      stage: 'STAGE_3',
      acknowledgementSentDate: '2010-01-12',
      responseSentDate: '2010-01-20',
      outcome: 'NOT_UPHELD',
      extended: true,
      escalations: [
        escalationFixture({ extended: true, responseSentDate: '2010-03-01', outcome: 'NOT_UPHELD' }),
        escalationFixture({ id: '8', stage: 'STAGE_3', requestedDate: '2010-03-10', panelDueDate: '2010-04-22', responseDueDate: '2010-05-20' }),
      ],
    });
    expect(summary(dueRows(contact, '2010-04-23')).slice(1)).toEqual([
      ['Stage 1 response (extended)', '2010-01-25', '2010-01-20', 'Done on time'],
      ['Stage 2 response (extended)', '2010-03-08', '2010-03-01', 'Done on time'],
      ['Stage 3 review panel', '2010-04-22', null, 'Overdue'],
      ['Stage 3 response', '2010-05-20', null, 'Due by 20 May 2010'],
    ]);
  });

  it('leaves out steps a contact has no due date for', () => {
    const compliment = contactFixture({
      recordType: { code: 'COMPLIMENT', name: 'Compliment', group: 'COMPLIMENT' },
      stage: null,
      acknowledgementDueDate: null,
      responseDueDate: null,
    });
    expect(dueRows(compliment, '2010-02-01')).toEqual([]);
  });
});
