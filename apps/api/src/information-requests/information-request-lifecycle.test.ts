import { completeRequest, extendRequest } from './information-request-lifecycle';

const foi = { kind: 'FREEDOM_OF_INFORMATION' as const, receivedDate: '2009-11-02', dueDate: '2009-11-30', completedDate: null, extended: false };
const problems = (d: { ok: boolean; problems?: { field: string; message: string }[] }) => (d.ok ? [] : d.problems!.map((p) => `${p.field}: ${p.message}`));

describe('completeRequest', () => {
  it('records the completion date', () => {
    expect(completeRequest(foi, '2009-11-20', '2009-12-01')).toEqual({ ok: true, value: { completedDate: '2009-11-20' } });
  });

  it.each([
    ['a second completion', { ...foi, completedDate: '2009-11-10' }, '2009-11-20', 'id: was already completed on 2009-11-10'],
    ['a date before receipt', foi, '2009-11-01', 'completedDate: 2009-11-01 is before the received date 2009-11-02'],
    ['a date in the future', foi, '2009-12-02', 'completedDate: 2009-12-02 is in the future'],
    ['a date that is not real', foi, '2009-11-31', "completedDate: '2009-11-31' is not a real date in the form YYYY-MM-DD"],
  ])('refuses %s', (_case, request, date, problem) => {
    expect(problems(completeRequest(request, date, '2009-12-01'))).toEqual([problem]);
  });
});

describe('extendRequest', () => {
  it('gives an FOI request 40 working days (over Christmas and the Boxing Day substitute)', () => {
    expect(extendRequest(foi, '2009-11-20')).toEqual({ ok: true, value: { extended: true, dueDate: '2009-12-30', deadlineRuleId: 'foi-2005' } });
  });

  it('gives a UK GDPR subject access request three months, clamped to the end of a shorter month', () => {
    const sar = { ...foi, kind: 'ACCESS_TO_RECORDS' as const, receivedDate: '2026-08-31', dueDate: '2026-09-30' };
    expect(extendRequest(sar, '2026-09-01')).toEqual({ ok: true, value: { extended: true, dueDate: '2026-11-30', deadlineRuleId: 'access-to-records-uk-gdpr-2018' } });
  });

  it.each([
    [
      'a Data Protection Act 1998 request (no extension)',
      { ...foi, kind: 'ACCESS_TO_RECORDS' as const, dueDate: '2009-12-12' },
      "id: a access-to-records request received on 2009-11-02 cannot be extended (rule 'access-to-records-dpa-1998')",
    ],
    ['a second extension', { ...foi, extended: true }, 'id: is already extended'],
    ['a completed request', { ...foi, completedDate: '2009-11-10' }, 'id: was already completed on 2009-11-10'],
  ])('refuses %s', (_case, request, problem) => {
    expect(problems(extendRequest(request, '2009-11-20'))).toEqual([problem]);
  });

  it('refuses an extension after the due date', () => {
    expect(problems(extendRequest(foi, '2009-12-01'))).toEqual(['id: was due on 2009-11-30; an extension must be made by then']);
  });
});
