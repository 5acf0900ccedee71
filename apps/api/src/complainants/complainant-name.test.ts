import { displayName, nameKey, nameSearch } from './complainant-name';

describe("complainants' name keys", () => {
  it('keep letters and digits only, without accents, in upper case', () => {
    expect(nameKey("O'Brien")).toBe('OBRIEN');
    expect(nameKey('Zoë Smith-Jones')).toBe('ZOESMITHJONES');
    expect(nameKey('  van der Berg ')).toBe('VANDERBERG');
    expect(nameKey('Łukasz')).toBe('ŁUKASZ');
    expect(nameKey('%_')).toBe('');
  });

  it('read a search as a surname, or as given names then a surname', () => {
    expect(nameSearch('obri')).toEqual({ familyKey: 'OBRI', split: null });
    expect(nameSearch('Jane Smith')).toEqual({ familyKey: 'JANESMITH', split: { familyKey: 'SMITH', givenPrefix: 'Jane' } });
    expect(nameSearch('Smith, Jane')).toEqual({ familyKey: 'SMITHJANE', split: { familyKey: 'SMITH', givenPrefix: 'Jane' } });
    expect(nameSearch('van der Berg')?.familyKey).toBe('VANDERBERG');
    expect(nameSearch('Smith,')).toEqual({ familyKey: 'SMITH', split: null });
    expect(nameSearch(' %% ')).toBeNull();
  });

  it('show the given names first', () => {
    expect(displayName({ givenName: 'Jane', familyName: 'Smith' })).toBe('Jane Smith');
    expect(displayName({ givenName: null, familyName: 'Smith' })).toBe('Smith');
  });
});
