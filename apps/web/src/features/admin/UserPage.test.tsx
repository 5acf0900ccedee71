import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { graphqlError, meResponse, renderAt, type MockResponses } from '../../test/render';
import { AREA_CHOICES, SAM } from './admin-fixtures';

function responses(extra: MockResponses = {}): MockResponses {
  return {
    CurrentUser: meResponse('ADMIN'),
    AdminUser: { data: { user: SAM } },
    ServiceAreaChoices: { data: { serviceAreas: AREA_CHOICES } },
    ...extra,
  };
}

describe("a user's page", () => {
  it('shows the account and fills the form with it', async () => {
    renderAt('/users/7', responses());
    expect(await screen.findByRole('heading', { level: 1, name: 'Sam Lee' })).toBeInTheDocument();
    expect(screen.getByText('Active: temporary password not yet changed')).toBeInTheDocument();
    expect(screen.getByLabelText('Full name')).toHaveValue('Sam Lee');
    expect(screen.queryByLabelText('Email address')).not.toBeInTheDocument();
    expect(within(screen.getByRole('group', { name: 'Service areas' })).getByLabelText('Safeguarding: Social Care')).toBeChecked();
    expect(screen.getByRole('link', { name: 'Changes to this account in the audit log' })).toHaveAttribute('href', '/audit-log?targetType=USER&targetKey=7');
  });

  it('saves a new role, dropping the areas, and says so with focus on the message', async () => {
    const user = userEvent.setup();
    const update = jest.fn(() => ({ data: { updateUser: { id: '7', name: 'Sam Lee', role: 'ANALYST', serviceAreas: [] } } }));
    renderAt('/users/7', responses({ UpdateUser: update }));
    await user.selectOptions(await screen.findByLabelText('Role'), 'ANALYST');
    expect(screen.queryByRole('group', { name: 'Service areas' })).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Save changes' }));
    expect(update).toHaveBeenCalledWith({ id: '7', input: { name: 'Sam Lee', role: 'ANALYST', serviceAreas: null } });
    const message = await screen.findByText('Saved the changes to Sam Lee’s account.');
    await waitFor(() => expect(message.closest('.notification')).toHaveFocus());
  });

  it('deactivates the account and says what that did', async () => {
    const user = userEvent.setup();
    renderAt('/users/7', responses({ SetUserActive: { data: { setUserActive: { id: '7', active: false } } } }));
    await user.click(await screen.findByRole('button', { name: 'Deactivate account' }));
    expect(await screen.findByText('Sam Lee’s account is deactivated. They have been signed out and cannot sign in.')).toBeInTheDocument();
  });

  it('shows the refusal to deactivate the last administrator', async () => {
    const user = userEvent.setup();
    const refusal = graphqlError('Invalid user: active: cannot be turned off: this is the last active administrator.', {
      code: 'BAD_USER_INPUT',
      field: 'active',
      problems: [{ field: 'active', message: 'cannot be turned off: this is the last active administrator. Make someone else an administrator first' }],
    });
    const admin = { ...SAM, id: '1', name: 'Only Admin', role: 'ADMIN' as const, serviceAreas: [], mustChangePassword: false };
    renderAt('/users/1', responses({ AdminUser: { data: { user: admin } }, SetUserActive: { error: refusal } }));
    await user.click(await screen.findByRole('button', { name: 'Deactivate account' }));
    const summary = await screen.findByRole('heading', { name: 'There is a problem' });
    expect(summary.closest('.error-summary')).toHaveTextContent(
      'This account cannot be turned off: this is the last active administrator. Make someone else an administrator first',
    );
  });

  it('resets the password and shows the temporary one', async () => {
    const user = userEvent.setup();
    renderAt('/users/7', responses({ ResetUserPassword: { data: { resetUserPassword: { user: { id: '7', mustChangePassword: true }, temporaryPassword: 'wxyz-2345-6789-abcd' } } } }));
    await user.click(await screen.findByRole('button', { name: 'Reset password' }));
    expect(await screen.findByTestId('temporary-password')).toHaveTextContent('wxyz-2345-6789-abcd');
    await waitFor(() => expect(screen.getByRole('status', { name: 'Password reset' })).toHaveFocus());
  });
});
