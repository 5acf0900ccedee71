import { useState, type FormEvent } from 'react';
import { Link, Navigate, useLocation, useNavigate, useSearchParams } from 'react-router';
import { useMutation } from 'urql';
import { useResetGraphqlClient } from '../../app/GraphqlProvider';
import { useDocumentTitle } from '../../app/useDocumentTitle';
import { ErrorSummary, type ErrorSummaryItem } from '../../components/ErrorSummary';
import { TextField } from '../../components/TextField';
import { graphql } from '../../graphql';
import { useCurrentUserQuery } from './current-user';
import { safeNextPath } from './sign-in-redirect';
import { hasErrors, signInErrorsFromApi, validateSignIn, type SignInErrors, type SignInValues } from './sign-in-form';

const SignInDocument = graphql(`
  mutation SignIn($email: String!, $password: String!) {
    login(email: $email, password: $password) {
      user {
        id
        role
      }
    }
  }
`);

export function SignInPage() {
  const [searchParams] = useSearchParams();
  const next = safeNextPath(searchParams.get('next'));
  const location = useLocation();
  const signedOut = (location.state as { signedOut?: boolean } | null)?.signedOut === true;
  const navigate = useNavigate();
  const resetClient = useResetGraphqlClient();
  const [me] = useCurrentUserQuery();
  const [{ fetching: signingIn }, signIn] = useMutation(SignInDocument);

  const [values, setValues] = useState<SignInValues>({ email: '', password: '' });
  const [errors, setErrors] = useState<SignInErrors>({});
  const [attempt, setAttempt] = useState(0);
  const showErrors = hasErrors(errors);
  useDocumentTitle('Sign in', showErrors);

  if (me.data?.me) return <Navigate to={next} replace />;

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (signingIn) return;
    const found = validateSignIn(values);
    setAttempt((n) => n + 1);
    if (hasErrors(found)) {
      setErrors(found);
      return;
    }
    setErrors({});
    const result = await signIn({ email: values.email.trim(), password: values.password });
    if (result.error) {
      setErrors(signInErrorsFromApi(result.error));
      setAttempt((n) => n + 1);
      return;
    }
    // A fresh client: nothing cached while signed out (or as someone else) survives.
    resetClient();
    navigate(next, { replace: true });
  }

  const summary: ErrorSummaryItem[] = [
    ...(errors.form ? [{ message: errors.form }] : []),
    ...(errors.email ? [{ fieldId: 'email', message: errors.email }] : []),
    ...(errors.password ? [{ fieldId: 'password', message: errors.password }] : []),
  ];

  return (
    <div className="narrow">
      <ErrorSummary items={summary} focusKey={attempt} />

      {signedOut && !showErrors && (
        <div className="notification" role="status">
          <p className="notification__text">You have signed out.</p>
        </div>
      )}

      <h1 className="heading-xl">Sign in</h1>
      <p>Sign in with the email address and password your administrator gave you.</p>

      <form onSubmit={handleSubmit} noValidate>
        <TextField
          id="email"
          name="email"
          type="email"
          label="Email address"
          autoComplete="username"
          spellCheck={false}
          value={values.email}
          error={errors.email}
          onChange={(event) => setValues({ ...values, email: event.target.value })}
        />
        <TextField
          id="password"
          name="password"
          type="password"
          label="Password"
          autoComplete="current-password"
          value={values.password}
          error={errors.password}
          onChange={(event) => setValues({ ...values, password: event.target.value })}
        />
        <button type="submit" className="button">
          Sign in
        </button>
        <p role="status" className="form-status">
          {signingIn ? 'Signing in…' : ''}
        </p>
      </form>

      <p className="sign-in__young-people">
        Are you a young person? <Link to="/have-your-say">Have your say</Link>
      </p>
    </div>
  );
}
