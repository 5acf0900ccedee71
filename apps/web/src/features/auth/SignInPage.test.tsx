import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { CombinedError } from 'urql';
import { graphqlError, meResponse, renderAt, type MockResponses } from '../../test/render';

function responses(login: MockResponses[string]): MockResponses {
  return { CurrentUser: meResponse(null), SignIn: login };
}

async function fillAndSubmit(email: string, password: string) {
  const user = userEvent.setup();
  if (email) await user.type(await screen.findByLabelText('Email address'), email);
  if (password) await user.type(screen.getByLabelText('Password'), password);
  await user.click(screen.getByRole('button', { name: 'Sign in' }));
}

describe('sign-in page', () => {
  it('has labelled fields, a page title and no errors at first', async () => {
    renderAt('/sign-in', responses({ data: null }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Sign in' })).toBeInTheDocument();
    expect(screen.getByLabelText('Email address')).toHaveAttribute('autocomplete', 'username');
    expect(screen.getByLabelText('Password')).toHaveAttribute('autocomplete', 'current-password');
    expect(screen.queryByText('There is a problem')).not.toBeInTheDocument();
    await waitFor(() => expect(document.title).toBe('Sign in – Complaints Insight'));
  });

  it('says what is missing next to each field and in a focused error summary', async () => {
    const view = renderAt('/sign-in', responses({ data: null }));
    await fillAndSubmit('', '');

    const summary = screen.getByRole('heading', { name: 'There is a problem' }).closest('.error-summary') as HTMLElement;
    expect(summary).toHaveFocus();
    const links = within(summary).getAllByRole('link');
    expect(links.map((link) => link.textContent)).toEqual(['Enter your email address', 'Enter your password']);
    expect(links[0]).toHaveAttribute('href', '#email');

    const email = screen.getByLabelText('Email address');
    expect(email).toHaveAttribute('aria-invalid', 'true');
    expect(email).toHaveAccessibleDescription('Error: Enter your email address');
    expect(screen.getByLabelText('Password')).toHaveAccessibleDescription('Error: Enter your password');
    expect(document.title).toBe('Error: Sign in – Complaints Insight');
    expect(view.client.executeMutation).not.toHaveBeenCalled();

    await userEvent.setup().click(links[1]!);
    expect(screen.getByLabelText('Password')).toHaveFocus();
  });

  it('checks the email address looks like one', async () => {
    renderAt('/sign-in', responses({ data: null }));
    await fillAndSubmit('analyst.demo.example', 'secret');
    expect(screen.getByLabelText('Email address')).toHaveAccessibleDescription(
      'Error: Enter an email address in the correct format, like name@example.com',
    );
    expect(screen.getByLabelText('Password')).not.toHaveAttribute('aria-invalid');
  });

  it("shows the API's message next to the field it names", async () => {
    renderAt(
      '/sign-in',
      responses({ error: graphqlError('The email address or password is not right.', { code: 'BAD_USER_INPUT', field: 'password' }) }),
    );
    await fillAndSubmit('analyst@demo.example', 'wrong');
    expect(await screen.findByLabelText('Password')).toHaveAccessibleDescription(
      'Error: The email address or password is not right.',
    );
    expect(screen.getByRole('link', { name: 'The email address or password is not right.' })).toHaveAttribute('href', '#password');
  });

  it('shows the rate-limit message in the error summary', async () => {
    renderAt(
      '/sign-in',
      responses({
        error: graphqlError('Too many failed sign-in attempts. Try again in 15 minutes.', { code: 'TOO_MANY_ATTEMPTS', retryAfterSeconds: 900 }),
      }),
    );
    await fillAndSubmit('analyst@demo.example', 'wrong');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Too many failed sign-in attempts. Try again in 15 minutes.');
    expect(screen.getByLabelText('Password')).not.toHaveAttribute('aria-invalid');
  });

  it('says when the server cannot be reached', async () => {
    renderAt('/sign-in', responses({ error: new CombinedError({ networkError: new Error('Failed to fetch') }) }));
    await fillAndSubmit('analyst@demo.example', 'secret');
    expect(await screen.findByRole('alert')).toHaveTextContent('could not reach its server');
  });

  it('signs in and goes where the person was heading', async () => {
    let signedIn = false;
    const view = renderAt('/sign-in?next=%2Ftrends%3FgroupBy%3DCHANNEL', {
      CurrentUser: () => meResponse(signedIn ? 'ANALYST' : null),
      SignIn: () => {
        signedIn = true;
        return { data: { login: { user: { id: '1', role: 'ANALYST' } } } };
      },
      TrendFinancialYears: 'loading',
    });
    await fillAndSubmit(' analyst@demo.example ', 'complaints-demo');
    await waitFor(() => expect(view.location()).toBe('/trends?groupBy=CHANNEL'));
    expect(view.client.executeMutation).toHaveBeenCalledWith(
      expect.objectContaining({ variables: { email: 'analyst@demo.example', password: 'complaints-demo' } }),
      expect.anything(),
    );
  });

  it('never sends people to another site afterwards', async () => {
    const view = renderAt('/sign-in?next=//evil.example', {
      CurrentUser: meResponse('ADMIN'),
    });
    await waitFor(() => expect(view.location()).toBe('/'));
  });
});
