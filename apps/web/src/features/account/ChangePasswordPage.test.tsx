import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { graphqlError, meResponse, renderAt, type MockAnswer } from '../../test/render';

/** `me` for someone signed in with a temporary password. */
function temporary(): MockAnswer {
  const answer = meResponse('COMPLAINTS_OFFICER') as { data: { me: Record<string, unknown> } };
  return { data: { me: { ...answer.data.me, mustChangePassword: true } } };
}

describe('changing your own password', () => {
  it('sends someone holding a temporary password here from any page, with nothing else on offer', async () => {
    const view = renderAt('/cases', { CurrentUser: temporary() });
    await waitFor(() => expect(view.location()).toBe('/account/password'));
    expect(await screen.findByRole('heading', { level: 1, name: 'Change your password' })).toBeInTheDocument();
    expect(screen.getByText('You signed in with a temporary password. Choose a new password of your own before you continue.')).toBeInTheDocument();
    expect(screen.queryByRole('navigation', { name: 'Main' })).not.toBeInTheDocument();
    expect(screen.getByLabelText('Temporary password')).toHaveAttribute('autocomplete', 'current-password');
    expect(screen.getByRole('button', { name: 'Sign out' })).toBeInTheDocument();
  });

  it('is under the account menu for everyone else', async () => {
    renderAt('/', { CurrentUser: meResponse('ANALYST') });
    expect(await screen.findByRole('link', { name: 'Change password' })).toHaveAttribute('href', '/account/password');
  });

  it('checks the policy before sending, then changes the password', async () => {
    const user = userEvent.setup();
    const change = jest.fn(() => ({ data: { changeOwnPassword: { id: '1', mustChangePassword: false } } }));
    const view = renderAt('/account/password', { CurrentUser: meResponse('ANALYST'), ChangeOwnPassword: change });
    await user.type(await screen.findByLabelText('Current password'), 'complaints-demo');
    await user.type(screen.getByLabelText('New password'), 'Password2024!');
    await user.type(screen.getByLabelText('Confirm new password'), 'Password2024!');
    await user.click(screen.getByRole('button', { name: 'Change password' }));
    expect(await screen.findByRole('link', { name: 'New password is too common and easy to guess: try three random words' })).toBeInTheDocument();
    expect(view.client.executeMutation).not.toHaveBeenCalled();

    await user.clear(screen.getByLabelText('New password'));
    await user.type(screen.getByLabelText('New password'), 'otter-lantern-quarry');
    await user.clear(screen.getByLabelText('Confirm new password'));
    await user.type(screen.getByLabelText('Confirm new password'), 'otter-lantern-quarry');
    await user.click(screen.getByRole('button', { name: 'Change password' }));
    expect(change).toHaveBeenCalledWith({ currentPassword: 'complaints-demo', newPassword: 'otter-lantern-quarry' });
    const done = await screen.findByText('Your password has been changed. You have been signed out everywhere else.');
    await waitFor(() => expect(done.closest('.notification')).toHaveFocus());
  });

  it('says when the current password is not right', async () => {
    const user = userEvent.setup();
    const refusal = graphqlError('Invalid password change: currentPassword: is not right', {
      code: 'BAD_USER_INPUT',
      field: 'currentPassword',
      problems: [{ field: 'currentPassword', message: 'is not right' }],
    });
    renderAt('/account/password', { CurrentUser: meResponse('ANALYST'), ChangeOwnPassword: { error: refusal } });
    await user.type(await screen.findByLabelText('Current password'), 'wrong-one');
    await user.type(screen.getByLabelText('New password'), 'otter-lantern-quarry');
    await user.type(screen.getByLabelText('Confirm new password'), 'otter-lantern-quarry');
    await user.click(screen.getByRole('button', { name: 'Change password' }));
    expect(await screen.findByRole('link', { name: 'Current password is not right' })).toHaveAttribute('href', '#currentPassword');
    expect(document.title).toBe('Error: Change your password – Complaints Insight');
  });
});
