import { isInUseOn, valuesInUseOn } from './retirement';

describe('retired reference values', () => {
  it('are in use up to the day before they retire', () => {
    expect(isInUseOn({ retiredFrom: null }, '2030-01-01')).toBe(true);
    expect(isInUseOn({}, '2030-01-01')).toBe(true);
    expect(isInUseOn({ retiredFrom: '2027-04-01' }, '2027-03-31')).toBe(true);
    expect(isInUseOn({ retiredFrom: '2027-04-01' }, '2027-04-01')).toBe(false);
    expect(isInUseOn({ retiredFrom: '2027-04-01' }, '2028-01-01')).toBe(false);
  });

  it('are not offered for new records after their date, unless already chosen', () => {
    const values = [
      { code: 'LETTER', retiredFrom: null },
      { code: 'FAX', retiredFrom: '2010-01-01' },
      { code: 'TELEX', retiredFrom: '2001-01-01' },
    ];
    expect(valuesInUseOn(values, '2009-12-31').map((v) => v.code)).toEqual(['LETTER', 'FAX']);
    expect(valuesInUseOn(values, '2026-11-27').map((v) => v.code)).toEqual(['LETTER']);
    expect(valuesInUseOn(values, '2026-11-27', ['TELEX']).map((v) => v.code)).toEqual(['LETTER', 'TELEX']);
  });
});
