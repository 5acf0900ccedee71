import { PASSWORD_HINT } from '@complaints/domain';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { useDocumentTitle } from '../../app/useDocumentTitle';
import { ErrorSummary } from '../../components/ErrorSummary';
import { TextField } from '../../components/TextField';
import { useSignedInUser } from '../auth/current-user';
import { errorsFromApi, hasErrors, noErrors, summaryItems, type FormErrors } from '../cases/form-errors';
import { emptyPasswordForm, PASSWORD_FIELDS, passwordLabels, readPasswordForm, type PasswordField, type PasswordFormValues } from './change-password-form';
import { useChangeOwnPassword } from './useChangeOwnPassword';

const AUTOCOMPLETE: Readonly<Record<PasswordField, string>> = {
  currentPassword: 'current-password',
  newPassword: 'new-password',
  confirmPassword: 'new-password',
};

/**
 * /account/password: everyone's own password change, under the account menu
 * in the header. Someone signed in with a temporary password is sent here and
 * can use nothing else until they have changed it.
 */
export function ChangePasswordPage() {
  const user = useSignedInUser();
  // Kept from the first render: the cache clears the flag as soon as the change is saved.
  const [forced] = useState(user.mustChangePassword);
  const labels = passwordLabels(forced);
  const [values, setValues] = useState<PasswordFormValues>(emptyPasswordForm);
  const [errors, setErrors] = useState<FormErrors<PasswordField>>(noErrors);
  const [attempt, setAttempt] = useState(0);
  const [changed, setChanged] = useState(false);
  const [{ fetching }, change] = useChangeOwnPassword();
  const doneRef = useRef<HTMLDivElement>(null);
  useDocumentTitle('Change your password', hasErrors(errors));

  useEffect(() => {
    if (changed) doneRef.current?.focus();
  }, [changed]);

  function fail(found: FormErrors<PasswordField>) {
    setErrors(found);
    setAttempt((n) => n + 1);
  }

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (fetching) return;
    const read = readPasswordForm(values, user.email, labels);
    if (!read.ok) return fail(read.errors);
    const result = await change({ currentPassword: read.currentPassword, newPassword: read.newPassword });
    if (result.error || !result.data) {
      return fail(
        result.error
          ? errorsFromApi(result.error, { fields: labels, subject: 'Your password', action: 'Your password was not changed' })
          : { fields: {}, form: ['Your password was not changed. Try again'] },
      );
    }
    setErrors(noErrors());
    setValues(emptyPasswordForm());
    setChanged(true);
  }

  if (changed) {
    return (
      <>
        <h1 className="heading-xl">Change your password</h1>
        <div className="notification" role="status" tabIndex={-1} ref={doneRef}>
          <p className="notification__text">Your password has been changed. You have been signed out everywhere else.</p>
        </div>
        <p>
          <Link to="/">{forced ? 'Continue to Complaints Insight' : 'Go to the home page'}</Link>
        </p>
      </>
    );
  }

  return (
    <>
      <ErrorSummary items={summaryItems(errors, PASSWORD_FIELDS)} focusKey={attempt} />
      <h1 className="heading-xl">Change your password</h1>
      {forced && (
        <div className="inset-text inset-text--warning">
          <p>You signed in with a temporary password. Choose a new password of your own before you continue.</p>
        </div>
      )}
      <form className="narrow" onSubmit={handleSubmit} noValidate aria-label="Change your password">
        {PASSWORD_FIELDS.map((field) => (
          <TextField
            key={field}
            id={field}
            name={field}
            type="password"
            autoComplete={AUTOCOMPLETE[field]}
            spellCheck={false}
            label={labels[field]}
            hint={field === 'newPassword' ? PASSWORD_HINT : undefined}
            error={errors.fields[field]}
            value={values[field]}
            onChange={(event) => setValues((current) => ({ ...current, [field]: event.target.value }))}
          />
        ))}
        <button type="submit" className="button">
          Change password
        </button>
        <p role="status" className="form-status">
          {fetching ? 'Changing your password…' : ''}
        </p>
      </form>
    </>
  );
}
