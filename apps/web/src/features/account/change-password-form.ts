/**
 * The change-password form: the same password policy the API enforces
 * (@complaints/domain), checked as people submit so they hear at once what to
 * fix; the API checks again, and alone knows whether the current one is right.
 */
import { passwordProblem } from '@complaints/domain';
import type { FormErrors } from '../cases/form-errors';

/** Where everyone changes their own password; where a temporary password sends people. */
export const CHANGE_PASSWORD_PATH = '/account/password';

export const PASSWORD_FIELDS = ['currentPassword', 'newPassword', 'confirmPassword'] as const;
export type PasswordField = (typeof PASSWORD_FIELDS)[number];

export const PASSWORD_LABELS: Readonly<Record<PasswordField, string>> = {
  currentPassword: 'Current password',
  newPassword: 'New password',
  confirmPassword: 'Confirm new password',
};

export type PasswordFormValues = Record<PasswordField, string>;

export function emptyPasswordForm(): PasswordFormValues {
  return { currentPassword: '', newPassword: '', confirmPassword: '' };
}

/** 'must be at least 12 characters' → 'New password must be at least 12 characters'. */
function sentence(label: string, problem: string): string {
  return `${label} ${problem}`;
}

export type ReadPasswordForm = { ok: true; currentPassword: string; newPassword: string } | { ok: false; errors: FormErrors<PasswordField> };

/** The words for each field; someone holding a temporary password is asked for it by that name. */
export function passwordLabels(temporary: boolean): Readonly<Record<PasswordField, string>> {
  return temporary ? { ...PASSWORD_LABELS, currentPassword: 'Temporary password' } : PASSWORD_LABELS;
}

export function readPasswordForm(values: PasswordFormValues, email: string, labels = PASSWORD_LABELS): ReadPasswordForm {
  const errors: FormErrors<PasswordField> = { fields: {}, form: [] };
  if (!values.currentPassword) errors.fields.currentPassword = `Enter your ${labels.currentPassword.toLowerCase()}`;
  if (!values.newPassword) errors.fields.newPassword = 'Enter a new password';
  else {
    const problem = passwordProblem(values.newPassword, { email });
    if (problem) errors.fields.newPassword = sentence(PASSWORD_LABELS.newPassword, problem);
    else if (values.newPassword === values.currentPassword) errors.fields.newPassword = 'New password must be different from your current password';
  }
  if (values.newPassword && values.confirmPassword !== values.newPassword) errors.fields.confirmPassword = 'Enter the same new password again';
  if (Object.keys(errors.fields).length) return { ok: false, errors };
  return { ok: true, currentPassword: values.currentPassword, newPassword: values.newPassword };
}
