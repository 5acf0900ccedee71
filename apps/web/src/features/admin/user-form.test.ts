import { readNewUserForm, readUserChanges, userFormValues } from './user-form';

describe('the user forms', () => {
  it('ask for a name, an email address and a role', () => {
    expect(readNewUserForm(userFormValues())).toEqual({
      ok: false,
      errors: { fields: { name: 'Enter their full name', email: 'Enter their email address', role: 'Choose a role' }, form: [] },
    });
  });

  it('send service areas for service managers only', () => {
    const values = { name: ' Sam Lee ', email: ' sam@council.example ', role: 'SERVICE_MANAGER' as const, serviceAreas: ['SOCIAL_CARE'] };
    expect(readNewUserForm(values)).toEqual({ ok: true, input: { name: 'Sam Lee', email: 'sam@council.example', role: 'SERVICE_MANAGER', serviceAreas: ['SOCIAL_CARE'] } });
    expect(readNewUserForm({ ...values, role: 'ANALYST' })).toEqual({ ok: true, input: { name: 'Sam Lee', email: 'sam@council.example', role: 'ANALYST', serviceAreas: [] } });
    expect(readUserChanges({ ...values, role: 'ANALYST' })).toEqual({ ok: true, input: { name: 'Sam Lee', role: 'ANALYST', serviceAreas: null } });
  });

  it('start from an account as it is', () => {
    expect(userFormValues({ name: 'A', email: 'a@x', role: 'SERVICE_MANAGER', serviceAreas: [{ code: 'INCLUSION' }] })).toEqual({
      name: 'A',
      email: 'a@x',
      role: 'SERVICE_MANAGER',
      serviceAreas: ['INCLUSION'],
    });
  });
});
