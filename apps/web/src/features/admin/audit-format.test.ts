import { actorText, changeText, isAuditTargetType, targetText } from './audit-format';

describe('the audit log in words', () => {
  it('writes changes with their fields and values in words', () => {
    expect(changeText({ field: 'role', before: 'ANALYST', after: 'SERVICE_MANAGER' }, false)).toBe('Role: Analyst → Service manager');
    expect(changeText({ field: 'retiredFrom', before: null, after: '2011-04-01' }, false)).toBe('Retired from: none → 1 April 2011');
    expect(changeText({ field: 'serviceAreas', before: null, after: 'SOCIAL_CARE, INCLUSION' }, false)).toBe('Service areas: none → SOCIAL_CARE, INCLUSION');
    expect(changeText({ field: 'name', before: null, after: 'Fax' }, true)).toBe('Name: Fax');
    expect(changeText({ field: 'somethingNew', before: 'a', after: 'b' }, false)).toBe('somethingNew: a → b');
  });

  it('names who and what', () => {
    expect(actorText(null)).toBe('The create-admin command');
    expect(actorText('admin@demo.example')).toBe('admin@demo.example');
    expect(targetText('ISSUE', 'Disagreement with policy')).toBe('Issue: Disagreement with policy');
    expect(isAuditTargetType('USER')).toBe(true);
    expect(isAuditTargetType('NOPE')).toBe(false);
  });
});
