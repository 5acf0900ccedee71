import { auditChanges, displayValue, parseSnapshot } from './audit-changes';

describe('audit changes', () => {
  it('lists only the fields that differ, after-fields first', () => {
    expect(
      auditChanges(
        { email: 'a@x', name: 'Ann', role: 'ANALYST', serviceAreas: [], active: true },
        { email: 'a@x', name: 'Ann Lee', role: 'SERVICE_MANAGER', serviceAreas: ['SOCIAL_CARE', 'INCLUSION'], active: true },
      ),
    ).toEqual([
      { field: 'name', before: 'Ann', after: 'Ann Lee' },
      { field: 'role', before: 'ANALYST', after: 'SERVICE_MANAGER' },
      { field: 'serviceAreas', before: null, after: 'SOCIAL_CARE, INCLUSION' },
    ]);
  });

  it('shows every field of a created item, and flags in words', () => {
    expect(auditChanges(null, { code: 'FAX', retiredFrom: null, active: false })).toEqual([{ field: 'code', before: null, after: 'FAX' }, { field: 'active', before: null, after: 'no' }]);
  });

  it('reads only JSON objects as snapshots', () => {
    expect(parseSnapshot('{"a":1}')).toEqual({ a: 1 });
    expect(parseSnapshot(null)).toBeNull();
    expect(parseSnapshot('[1]')).toBeNull();
    expect(parseSnapshot('not json')).toBeNull();
    expect(displayValue({ a: 1 })).toBe('{"a":1}');
  });
});
