import { displayName, roleAt } from './case-people';

describe('people on a case', () => {
  it('are named given names first', () => {
    expect(displayName({ givenName: 'Jane', familyName: 'Smith' })).toBe('Jane Smith');
    expect(displayName({ givenName: null, familyName: 'Smith' })).toBe('Smith');
  });

  it('have a role per stage, or are the handler of a contact that is not a complaint', () => {
    expect(roleAt('STAGE_2', 'STAGE_2')).toBe('Stage 2 investigator');
    expect(roleAt('STAGE_1', null)).toBe('Handler');
  });
});
