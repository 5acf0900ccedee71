import { useState } from 'react';
import { useNavigate } from 'react-router';
import { useMutation } from 'urql';
import { useResetGraphqlClient } from '../../app/GraphqlProvider';
import { graphql } from '../../graphql';

const SignOutDocument = graphql(`
  mutation SignOut {
    logout
  }
`);

/** Ends the session on the server, forgets everything loaded and goes to the sign-in page. */
export function SignOutButton() {
  const [{ fetching }, signOut] = useMutation(SignOutDocument);
  const [failed, setFailed] = useState(false);
  const resetClient = useResetGraphqlClient();
  const navigate = useNavigate();

  async function handleClick() {
    setFailed(false);
    const result = await signOut({});
    if (result.error) {
      setFailed(true);
      return;
    }
    resetClient();
    navigate('/sign-in', { state: { signedOut: true } });
  }

  return (
    <>
      <button type="button" className="site-header__sign-out" onClick={handleClick} disabled={fetching}>
        Sign out
      </button>
      {failed && (
        <span role="alert" className="site-header__error">
          You could not be signed out because the server could not be reached. Try again.
        </span>
      )}
    </>
  );
}
