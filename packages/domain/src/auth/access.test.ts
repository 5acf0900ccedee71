import { ACCESS, mayUse, ROLES } from './access';

describe('who may use what', () => {
  it('lets analysts see aggregates but never case records', () => {
    expect(mayUse('ANALYST', ACCESS.AGGREGATES)).toBe(true);
    expect(mayUse('ANALYST', ACCESS.CASES_READ)).toBe(false);
    expect(mayUse('ANALYST', ACCESS.ACTIONS_WRITE)).toBe(false);
    expect(mayUse('ANALYST', ACCESS.COMPLAINANTS_READ)).toBe(false);
  });
  it("shows complainants' details to those who read cases, and to no one else", () => {
    expect([...ACCESS.COMPLAINANTS_READ].sort()).toEqual([...ACCESS.CASES_READ].sort());
  });
  it('keeps administration to administrators, who see no cases', () => {
    expect(ACCESS.ADMINISTRATION).toEqual(['ADMIN']);
    expect(mayUse('ADMIN', ACCESS.CASES_READ)).toBe(false);
  });
  it('shows the Member Responsible for Complaints disclosed aggregates only, never a case', () => {
    expect(mayUse('MEMBER', ACCESS.DISCLOSED_AGGREGATES)).toBe(true);
    const allowed = Object.entries(ACCESS).filter(([, roles]) => (roles as readonly string[]).includes('MEMBER')).map(([name]) => name);
    expect(allowed.sort()).toEqual(['DISCLOSED_AGGREGATES', 'SIGNED_IN']);
  });
  it('counts every role as signed in', () => {
    expect([...ACCESS.SIGNED_IN].sort()).toEqual(Object.keys(ROLES).sort());
  });
});
