import { passwordLabels, readPasswordForm } from './change-password-form';

const email = 'jane.smith@council.example';

describe('the change-password form', () => {
  it('asks for each field', () => {
    expect(readPasswordForm({ currentPassword: '', newPassword: '', confirmPassword: '' }, email)).toEqual({
      ok: false,
      errors: { fields: { currentPassword: 'Enter your current password', newPassword: 'Enter a new password' }, form: [] },
    });
    expect(readPasswordForm({ currentPassword: '', newPassword: 'otter-lantern-quarry', confirmPassword: 'otter-lantern-quarry' }, email, passwordLabels(true))).toMatchObject({
      errors: { fields: { currentPassword: 'Enter your temporary password' } },
    });
  });

  it('applies the password policy the API applies', () => {
    const read = (newPassword: string) => readPasswordForm({ currentPassword: 'old-one', newPassword, confirmPassword: newPassword }, email);
    expect(read('short')).toMatchObject({ ok: false, errors: { fields: { newPassword: 'New password must be at least 12 characters' } } });
    expect(read('Password2024!')).toMatchObject({ ok: false, errors: { fields: { newPassword: 'New password is too common and easy to guess: try three random words' } } });
    expect(read('jane.smith-likes-tea')).toMatchObject({ ok: false, errors: { fields: { newPassword: 'New password must not be your email address or contain its name part' } } });
  });

  it('wants a different password, typed twice', () => {
    expect(readPasswordForm({ currentPassword: 'otter-lantern-quarry', newPassword: 'otter-lantern-quarry', confirmPassword: 'otter-lantern-quarry' }, email)).toMatchObject({
      ok: false,
      errors: { fields: { newPassword: 'New password must be different from your current password' } },
    });
    expect(readPasswordForm({ currentPassword: 'x', newPassword: 'otter-lantern-quarry', confirmPassword: 'otter-lantern-quary' }, email)).toMatchObject({
      ok: false,
      errors: { fields: { confirmPassword: 'Enter the same new password again' } },
    });
    expect(readPasswordForm({ currentPassword: 'x', newPassword: 'otter-lantern-quarry', confirmPassword: 'otter-lantern-quarry' }, email)).toEqual({
      ok: true,
      currentPassword: 'x',
      newPassword: 'otter-lantern-quarry',
    });
  });
});
