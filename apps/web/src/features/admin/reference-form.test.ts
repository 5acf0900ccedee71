import { codeFromName, readItemForm, readRetireForm } from './reference-form';

describe('reference item forms', () => {
  it('suggest a code from the name', () => {
    expect(codeFromName('Early Help & Prevention')).toBe('EARLY_HELP_PREVENTION');
    expect(codeFromName('  Café  ')).toBe('CAFE');
    expect(codeFromName('0-19 service')).toBe('X_0_19_SERVICE');
    expect(codeFromName('a'.repeat(80)).length).toBe(64);
  });

  it('ask for what each kind needs', () => {
    expect(readItemForm('ISSUE', { name: '', code: '', parent: '', group: '', effectiveFrom: '' }, true)).toEqual({
      ok: false,
      errors: { fields: { name: 'Enter a name', code: 'Enter a code', parent: 'Choose a category' }, form: [] },
    });
    expect(readItemForm('RECORD_TYPE', { name: 'Petition', code: 'PETITION', parent: '', group: '', effectiveFrom: '' }, true)).toEqual({
      ok: false,
      errors: { fields: { group: 'Choose a group' }, form: [] },
    });
  });

  it("send a parent only for service areas and issues, and a group only when adding a record type", () => {
    expect(readItemForm('SERVICE_AREA', { name: ' Early Help ', code: 'EARLY_HELP', parent: 'SCHOOLS', group: '', effectiveFrom: '' }, true)).toEqual({
      ok: true,
      input: { kind: 'SERVICE_AREA', code: 'EARLY_HELP', name: 'Early Help', parent: 'SCHOOLS' },
    });
    expect(readItemForm('RECORD_TYPE', { name: 'Comment', code: 'COMMENT', parent: '', group: 'ENQUIRY', effectiveFrom: '' }, false)).toEqual({
      ok: true,
      input: { kind: 'RECORD_TYPE', code: 'COMMENT', name: 'Comment' },
    });
  });

  it('send the day a new value comes into force only when one is given, and only a real date', () => {
    const values = { name: 'Early Help', code: 'EARLY_HELP', parent: 'SCHOOLS', group: '' as const, effectiveFrom: '2027-04-01' };
    expect(readItemForm('SERVICE_AREA', values, true)).toEqual({
      ok: true,
      input: { kind: 'SERVICE_AREA', code: 'EARLY_HELP', name: 'Early Help', parent: 'SCHOOLS', effectiveFrom: '2027-04-01' },
    });
    // Renaming never sends it: it is set once, when the value is added.
    expect(readItemForm('SERVICE_AREA', values, false)).toEqual({ ok: true, input: { kind: 'SERVICE_AREA', code: 'EARLY_HELP', name: 'Early Help', parent: 'SCHOOLS' } });
    const refused = { ok: false, errors: { fields: { effectiveFrom: 'Enter a real date, such as 1 April 2027, or leave it empty if it is in force now' }, form: [] } };
    expect(readItemForm('SERVICE_AREA', { ...values, effectiveFrom: '2027-02-30' }, true)).toEqual(refused);
    expect(readItemForm('SERVICE_AREA', { ...values, effectiveFrom: '' }, true, true)).toEqual(refused);
  });

  it('read the date a value retires from', () => {
    expect(readRetireForm('CHANNEL', 'FAX', '2027-04-01')).toEqual({ ok: true, input: { kind: 'CHANNEL', code: 'FAX', retiredFrom: '2027-04-01' } });
    expect(readRetireForm('CHANNEL', 'FAX', '')).toEqual({ ok: false, error: 'Enter the date it is retired from' });
    expect(readRetireForm('CHANNEL', 'FAX', '', true)).toEqual({ ok: false, error: 'Enter a real date, such as 1 April 2027' });
  });
});
