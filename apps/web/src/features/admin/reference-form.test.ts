import { codeFromName, readItemForm, readRetireForm } from './reference-form';

describe('reference item forms', () => {
  it('suggest a code from the name', () => {
    expect(codeFromName('Early Help & Prevention')).toBe('EARLY_HELP_PREVENTION');
    expect(codeFromName('  Café  ')).toBe('CAFE');
    expect(codeFromName('0-19 service')).toBe('X_0_19_SERVICE');
    expect(codeFromName('a'.repeat(80)).length).toBe(64);
  });

  it('ask for what each kind needs', () => {
    expect(readItemForm('ISSUE', { name: '', code: '', parent: '', group: '' }, true)).toEqual({
      ok: false,
      errors: { fields: { name: 'Enter a name', code: 'Enter a code', parent: 'Choose a category' }, form: [] },
    });
    expect(readItemForm('RECORD_TYPE', { name: 'Petition', code: 'PETITION', parent: '', group: '' }, true)).toEqual({
      ok: false,
      errors: { fields: { group: 'Choose a group' }, form: [] },
    });
  });

  it("send a parent only for service areas and issues, and a group only when adding a record type", () => {
    expect(readItemForm('SERVICE_AREA', { name: ' Early Help ', code: 'EARLY_HELP', parent: 'SCHOOLS', group: '' }, true)).toEqual({
      ok: true,
      input: { kind: 'SERVICE_AREA', code: 'EARLY_HELP', name: 'Early Help', parent: 'SCHOOLS' },
    });
    expect(readItemForm('RECORD_TYPE', { name: 'Comment', code: 'COMMENT', parent: '', group: 'ENQUIRY' }, false)).toEqual({
      ok: true,
      input: { kind: 'RECORD_TYPE', code: 'COMMENT', name: 'Comment' },
    });
  });

  it('read the date a value retires from', () => {
    expect(readRetireForm('CHANNEL', 'FAX', '2027-04-01')).toEqual({ ok: true, input: { kind: 'CHANNEL', code: 'FAX', retiredFrom: '2027-04-01' } });
    expect(readRetireForm('CHANNEL', 'FAX', '')).toEqual({ ok: false, error: 'Enter the date it is retired from' });
    expect(readRetireForm('CHANNEL', 'FAX', '', true)).toEqual({ ok: false, error: 'Enter a real date, such as 1 April 2027' });
  });
});
