import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { useDocumentTitle } from '../../app/useDocumentTitle';
import { ErrorSummary } from '../../components/ErrorSummary';
import { QueryState } from '../../components/QueryState';
import { errorsFromApi, hasErrors, noErrors, summaryItems, type FormErrors } from '../cases/form-errors';
import './admin.css';
import { TemporaryPasswordPanel } from './TemporaryPasswordPanel';
import { readNewUserForm, USER_FIELDS, USER_LABELS, userFormValues, type UserField, type UserFormValues } from './user-form';
import { useCreateUser } from './user-mutations';
import { UserFields } from './UserFields';
import { useServiceAreaChoicesQuery } from './useServiceAreaChoicesQuery';

interface Created {
  id: string;
  name: string;
  temporaryPassword: string;
}

/**
 * /users/new: adds an account. The API makes its temporary password, shown
 * here once; its holder must change it at first sign-in.
 */
export function NewUserPage() {
  const [areas, reexecute] = useServiceAreaChoicesQuery();
  const [values, setValues] = useState<UserFormValues>(() => userFormValues());
  const [errors, setErrors] = useState<FormErrors<UserField>>(noErrors);
  const [attempt, setAttempt] = useState(0);
  const [created, setCreated] = useState<Created | null>(null);
  const [{ fetching }, create] = useCreateUser();
  useDocumentTitle(created ? 'User added' : 'Add a user', hasErrors(errors));

  function fail(found: FormErrors<UserField>) {
    setErrors(found);
    setAttempt((n) => n + 1);
  }

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (fetching) return;
    const read = readNewUserForm(values);
    if (!read.ok) return fail(read.errors);
    const result = await create({ input: read.input });
    const answer = result.data?.createUser;
    if (result.error || !answer) {
      return fail(
        result.error
          ? errorsFromApi(result.error, { fields: USER_LABELS, subject: 'The account', action: 'The account was not added' })
          : { fields: {}, form: ['The account was not added. Try again'] },
      );
    }
    setErrors(noErrors());
    setCreated({ id: answer.user.id, name: answer.user.name, temporaryPassword: answer.temporaryPassword });
  }

  if (created) {
    return (
      <>
        <h1 className="heading-xl">User added</h1>
        <TemporaryPasswordPanel name={created.name} password={created.temporaryPassword} heading={`${created.name} can now sign in`} />
        <ul className="list">
          <li>
            <Link to={`/users/${created.id}`}>Manage {created.name}&rsquo;s account</Link>
          </li>
          <li>
            <button
              type="button"
              className="button-link"
              onClick={() => {
                setCreated(null);
                setValues(userFormValues());
              }}
            >
              Add another user
            </button>
          </li>
          <li>
            <Link to="/users">Back to users</Link>
          </li>
        </ul>
      </>
    );
  }

  return (
    <>
      <ErrorSummary items={summaryItems(errors, USER_FIELDS)} focusKey={attempt} />
      <p>
        <Link to="/users">Back to users</Link>
      </p>
      <h1 className="heading-xl">Add a user</h1>
      <p className="lead">They get a temporary password, which they must change the first time they sign in.</p>
      <QueryState result={areas} label="service areas" onRetry={() => reexecute({ requestPolicy: 'network-only' })}>
        {(data) => (
          <form className="narrow" onSubmit={handleSubmit} noValidate aria-label="Add a user">
            <UserFields values={values} onChange={setValues} errors={errors} withEmail serviceAreas={data.serviceAreas} />
            <button type="submit" className="button">
              Add user
            </button>
            <p role="status" className="form-status">
              {fetching ? 'Adding the user…' : ''}
            </p>
          </form>
        )}
      </QueryState>
    </>
  );
}
