import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Link, useParams } from 'react-router';
import { ROLE_NAMES } from '../../app/access';
import { useDocumentTitle } from '../../app/useDocumentTitle';
import { ErrorSummary } from '../../components/ErrorSummary';
import { QueryState } from '../../components/QueryState';
import type { AdminUserQuery } from '../../graphql/graphql';
import { formatShortDateTime } from '../actions/action-format';
import { useSignedInUser } from '../auth/current-user';
import { errorsFromApi, hasErrors, noErrors, summaryItems, type FormErrors } from '../cases/form-errors';
import './admin.css';
import { TemporaryPasswordPanel } from './TemporaryPasswordPanel';
import { readUserChanges, USER_FIELDS, USER_LABELS, userFormValues, type UserField, type UserFormValues } from './user-form';
import { useResetUserPassword, useSetUserActive, useUpdateUser } from './user-mutations';
import { UserFields } from './UserFields';
import { useAdminUserQuery } from './useAdminUserQuery';
import { useServiceAreaChoicesQuery } from './useServiceAreaChoicesQuery';

type Account = AdminUserQuery['user'];

/** What happened last on this page, said once in a status message that takes focus. */
type Outcome = { kind: 'saved' | 'activity'; text: string } | { kind: 'password'; password: string } | null;

/**
 * /users/:id: one account. Change its name, role and service areas;
 * deactivate it (its sessions end at once) or reactivate it; give it a new
 * temporary password. The API refuses to leave no active administrator.
 */
export function UserPage() {
  const { id = '' } = useParams();
  const [result, reexecute] = useAdminUserQuery(id);
  const [areas] = useServiceAreaChoicesQuery();

  return (
    <>
      <p>
        <Link to="/users">Back to users</Link>
      </p>
      <QueryState result={result} label="account" onRetry={() => reexecute({ requestPolicy: 'network-only' })}>
        {(data) => <Account account={data.user} serviceAreas={areas.data?.serviceAreas ?? []} />}
      </QueryState>
    </>
  );
}

function Account({ account, serviceAreas }: { account: Account; serviceAreas: ReadonlyArray<{ code: string; name: string; retiredFrom?: string | null }> }) {
  const me = useSignedInUser();
  const [values, setValues] = useState<UserFormValues>(() => userFormValues(account));
  const [errors, setErrors] = useState<FormErrors<UserField>>(noErrors);
  const [attempt, setAttempt] = useState(0);
  const [outcome, setOutcome] = useState<Outcome>(null);
  const [{ fetching: saving }, update] = useUpdateUser();
  const [{ fetching: switching }, setActive] = useSetUserActive();
  const [{ fetching: resetting }, reset] = useResetUserPassword();
  const outcomeRef = useRef<HTMLDivElement>(null);
  useDocumentTitle(`${account.name} – Users`, hasErrors(errors));

  useEffect(() => {
    if (outcome && outcome.kind !== 'password') outcomeRef.current?.focus();
  }, [outcome]);

  function fail(found: FormErrors<UserField>) {
    setOutcome(null);
    setErrors(found);
    setAttempt((n) => n + 1);
  }

  const apiErrors = (error: Parameters<typeof errorsFromApi>[0], action: string) =>
    errorsFromApi(error, { fields: USER_LABELS, subject: 'This account', action });

  async function handleSave(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (saving) return;
    const read = readUserChanges(values);
    if (!read.ok) return fail(read.errors);
    const answer = await update({ id: account.id, input: read.input });
    if (answer.error || !answer.data) return fail(answer.error ? apiErrors(answer.error, 'The changes were not saved') : { fields: {}, form: ['The changes were not saved. Try again'] });
    setErrors(noErrors());
    setValues(userFormValues({ ...answer.data.updateUser, email: account.email }));
    setOutcome({ kind: 'saved', text: `Saved the changes to ${answer.data.updateUser.name}’s account.` });
  }

  async function toggleActive() {
    if (switching) return;
    const active = !account.active;
    const answer = await setActive({ id: account.id, active });
    const verb = active ? 'reactivated' : 'deactivated';
    if (answer.error || !answer.data) return fail(answer.error ? apiErrors(answer.error, `The account was not ${verb}`) : { fields: {}, form: [`The account was not ${verb}. Try again`] });
    setErrors(noErrors());
    setOutcome({
      kind: 'activity',
      text: active ? `${account.name}’s account is active again. They can sign in.` : `${account.name}’s account is deactivated. They have been signed out and cannot sign in.`,
    });
  }

  async function resetPassword() {
    if (resetting) return;
    const answer = await reset({ id: account.id });
    if (answer.error || !answer.data) return fail(answer.error ? apiErrors(answer.error, 'The password was not reset') : { fields: {}, form: ['The password was not reset. Try again'] });
    setErrors(noErrors());
    setOutcome({ kind: 'password', password: answer.data.resetUserPassword.temporaryPassword });
  }

  return (
    <>
      <ErrorSummary items={summaryItems(errors, USER_FIELDS)} focusKey={attempt} />
      <h1 className="heading-xl">
        {account.name}
        {account.id === me.id && ' (you)'}
      </h1>
      {outcome?.kind === 'password' ? (
        <TemporaryPasswordPanel name={account.name} password={outcome.password} heading="Password reset" />
      ) : (
        outcome && (
          <div className="notification" role="status" tabIndex={-1} ref={outcomeRef}>
            <p className="notification__text">{outcome.text}</p>
          </div>
        )
      )}
      <dl className="summary-list">
        <SummaryRow label="Email address" value={account.email} />
        <SummaryRow label="Role" value={ROLE_NAMES[account.role]} />
        {account.role === 'SERVICE_MANAGER' && <SummaryRow label="Service areas" value={account.serviceAreas.map((area) => area.name).join(', ')} />}
        <SummaryRow label="Status" value={account.active ? (account.mustChangePassword ? 'Active: temporary password not yet changed' : 'Active') : 'Deactivated: cannot sign in'} />
        <SummaryRow label="Added" value={formatShortDateTime(account.createdAt)} />
      </dl>
      <p>
        <Link to={`/audit-log?targetType=USER&targetKey=${encodeURIComponent(account.id)}`}>Changes to this account in the audit log</Link>
      </p>

      <h2 className="heading-l">Change name, role or service areas</h2>
      <form className="narrow" onSubmit={handleSave} noValidate aria-label="Change name, role or service areas">
        <UserFields values={values} onChange={setValues} errors={errors} withEmail={false} serviceAreas={serviceAreas} />
        <button type="submit" className="button">
          Save changes
        </button>
        <p role="status" className="form-status">
          {saving ? 'Saving the changes…' : ''}
        </p>
      </form>

      <h2 className="heading-l">Access</h2>
      <p>
        {account.active
          ? 'Deactivating the account signs them out everywhere at once and stops them signing in. Their name stays on what they recorded.'
          : 'Reactivating the account lets them sign in again with their password.'}
      </p>
      <div className="admin-actions">
        <button type="button" className="button button--secondary" onClick={toggleActive} disabled={switching}>
          {account.active ? 'Deactivate account' : 'Reactivate account'}
        </button>
      </div>
      <h2 className="heading-l">Password</h2>
      <p>A new temporary password signs them out everywhere. They must choose their own password when they next sign in.</p>
      <div className="admin-actions">
        <button type="button" className="button button--secondary" onClick={resetPassword} disabled={resetting}>
          Reset password
        </button>
      </div>
    </>
  );
}

function SummaryRow({ label, value }: { label: string; value: string }) {
  return (
    <div className="summary-list__row">
      <dt className="summary-list__key">{label}</dt>
      <dd className="summary-list__value">{value}</dd>
    </div>
  );
}
