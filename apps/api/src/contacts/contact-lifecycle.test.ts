import { acknowledge, extend, respond, withdraw } from './contact-lifecycle';
import { enquiry, problemsOf, statutory } from '../test-support/contact-lifecycle-fixtures';

const TODAY = '2009-11-20';

describe('acknowledge', () => {
  it('records the date', () => {
    expect(acknowledge(statutory(), '2009-11-04', TODAY)).toEqual({ ok: true, value: { acknowledgementSentDate: '2009-11-04' } });
  });

  it.each([
    ['a date before receipt', statutory(), '2009-11-01', 'sentDate: 2009-11-01 is before the received date 2009-11-02'],
    ['a date in the future', statutory(), '2009-11-21', 'sentDate: 2009-11-21 is in the future'],
    ['a date that is not real', statutory(), '2009-11-31', "sentDate: '2009-11-31' is not a real date in the form YYYY-MM-DD"],
    ['a second acknowledgement', statutory({ acknowledgementSentDate: '2009-11-03' }), '2009-11-04', 'id: was already acknowledged on 2009-11-03'],
    ['a date after the response', statutory({ responseSentDate: '2009-11-05' }), '2009-11-06', 'sentDate: 2009-11-06 is after the response sent on 2009-11-05'],
    ['a withdrawn complaint', statutory({ withdrawnDate: '2009-11-03', outcome: 'WITHDRAWN' }), '2009-11-04', 'id: the complaint was withdrawn on 2009-11-03'],
  ])('refuses %s', (_case, state, date, problem) => {
    expect(problemsOf(acknowledge(state, date, TODAY))).toEqual([problem]);
  });
});

describe('respond', () => {
  it("records a complaint's response, its outcome and the working days it took", () => {
    expect(respond(statutory({ acknowledgementSentDate: '2009-11-03' }), '2009-11-13', 'UPHELD', TODAY)).toEqual({
      ok: true,
      value: { responseSentDate: '2009-11-13', outcome: 'UPHELD', workingDaysToResponse: 9 },
    });
  });

  it('records an enquiry response without an outcome', () => {
    expect(respond(enquiry(), '2009-11-03', null, TODAY)).toMatchObject({ ok: true, value: { outcome: 'NOT_RECORDED', workingDaysToResponse: 1 } });
  });

  it.each([
    ['a complaint response with no outcome', statutory(), null, ["outcome: a complaint's response needs its outcome: UPHELD, PARTIALLY_UPHELD, NOT_UPHELD"]],
    ['a complaint response that is still ONGOING', statutory(), 'ONGOING', ["outcome: a complaint's response needs its outcome: UPHELD, PARTIALLY_UPHELD, NOT_UPHELD"]],
    ['an outcome on an enquiry', enquiry(), 'UPHELD', ['outcome: a MP/Cllr Enquiry is not a complaint and has no outcome']],
    ['a second response', statutory({ responseSentDate: '2009-11-10' }), 'UPHELD', ['id: the response was already sent on 2009-11-10']],
  ] as const)('refuses %s', (_case, state, outcome, problems) => {
    expect(problemsOf(respond(state, '2009-11-13', outcome, TODAY))).toEqual(problems);
  });

  it('refuses a response before the acknowledgement', () => {
    expect(problemsOf(respond(statutory({ acknowledgementSentDate: '2009-11-05' }), '2009-11-04', 'UPHELD', TODAY))).toEqual([
      'sentDate: 2009-11-04 is before the acknowledgement sent on 2009-11-05',
    ]);
  });
});

describe('extend', () => {
  it('recomputes the stage 1 response date with 20 working days, dated today', () => {
    expect(extend(statutory(), '2009-11-16')).toEqual({
      ok: true,
      value: { extended: true, extendedDate: '2009-11-16', responseDueDate: '2009-11-30', deadlineRuleId: 'statutory-complaint-stage-1-2006' },
    });
  });

  it.each([
    ['an enquiry', enquiry(), 'id: a MP/Cllr Enquiry is not a complaint and cannot be extended'],
    [
      'an LGO complaint, whose rule has no extension',
      { ...statutory({ stage: 'OMBUDSMAN', responseDueDate: '2009-11-30' }), recordType: { code: 'LGO_COMPLAINT' as const, name: 'LGO Complaint', group: 'FORMAL_COMPLAINT' as const } },
      "id: the timescale for a LGO Complaint cannot be extended (rule 'lgo-complaint-local-default')",
    ],
    ['a second extension', statutory({ extended: true, responseDueDate: '2009-11-30' }), 'id: the response timescale is already extended'],
    ['after the response', statutory({ responseSentDate: '2009-11-10' }), 'id: the response was already sent on 2009-11-10'],
    ['after the response was due', statutory({ responseDueDate: '2009-11-13' }), 'id: the response was due on 2009-11-13; an extension must be made by then'],
  ])('refuses %s', (_case, state, problem) => {
    expect(problemsOf(extend(state, '2009-11-16'))).toEqual([problem]);
  });
});

describe('withdraw', () => {
  it('before the stage 1 response: the outcome becomes WITHDRAWN', () => {
    expect(withdraw(statutory(), '2009-11-10', TODAY)).toEqual({
      ok: true,
      value: { contact: { withdrawnDate: '2009-11-10', outcome: 'WITHDRAWN' }, escalationId: null },
    });
  });

  it('during stage 2: the open escalation is withdrawn and the stage 1 outcome stands', () => {
    const state = statutory({ responseSentDate: '2009-11-13', outcome: 'NOT_UPHELD', stage: 'STAGE_2' }, [{ requestedDate: '2009-11-18' }]);
    expect(withdraw(state, '2009-11-19', TODAY)).toEqual({ ok: true, value: { contact: { withdrawnDate: '2009-11-19' }, escalationId: 1 } });
  });

  it.each([
    ['an enquiry', enquiry(), '2009-11-10', 'id: a MP/Cllr Enquiry is not a complaint and cannot be withdrawn'],
    ['an answered complaint', statutory({ responseSentDate: '2009-11-13', outcome: 'UPHELD' }), '2009-11-16', 'id: nothing is open to withdraw: the complaint was answered on 2009-11-13'],
    ['a complaint withdrawn before dates were kept', statutory({ outcome: 'WITHDRAWN' }), '2009-11-10', 'id: the complaint was withdrawn'],
    [
      'a date before the escalation',
      statutory({ responseSentDate: '2009-11-13', stage: 'STAGE_2' }, [{ requestedDate: '2009-11-18' }]),
      '2009-11-17',
      'date: 2009-11-17 is before the escalation requested on 2009-11-18',
    ],
  ])('refuses %s', (_case, state, date, problem) => {
    expect(problemsOf(withdraw(state, date, TODAY))).toEqual([problem]);
  });
});
