import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { CreateUserMutationVariables } from '../../graphql/graphql';
import { graphqlError, meResponse, renderAt } from '../../test/render';
import { AREA_CHOICES, USERS } from './admin-fixtures';

describe('the users page', () => {
  it('lists every account with its role, areas and status', async () => {
    renderAt('/users', { CurrentUser: meResponse('ADMIN'), AdminUsers: { data: { users: USERS } } });
    const table = await screen.findByRole('table', { name: '3 accounts, by email address' });
    expect(within(table).getAllByRole('row').map((row) => row.textContent)).toEqual([
      'NameEmail addressRoleService areasStatus',
      'Demo administrator (you)admin@demo.exampleAdministrator—Active',
      'Sam Leesam.lee@council.exampleService managerSafeguarding: Social CareActive Temporary password not yet changed',
      'Old Handold@council.exampleAnalyst—Deactivated',
    ]);
    expect(within(table).getByRole('link', { name: 'Sam Lee' })).toHaveAttribute('href', '/users/7');
    expect(screen.getByRole('link', { name: 'Add a user' })).toHaveAttribute('href', '/users/new');
  });

  it('is refused to other roles', async () => {
    renderAt('/users', { CurrentUser: meResponse('COMPLAINTS_OFFICER') });
    expect(await screen.findByRole('heading', { level: 1, name: 'You cannot use this page' })).toBeInTheDocument();
  });
});

describe('adding a user', () => {
  const responses = (createUser: (variables: Record<string, unknown>) => unknown) => ({
    CurrentUser: meResponse('ADMIN'),
    ServiceAreaChoices: { data: { serviceAreas: AREA_CHOICES } },
    CreateUser: createUser as never,
  });

  it('asks a service manager for areas (retired ones not offered), then shows the temporary password once', async () => {
    const user = userEvent.setup();
    const create = jest.fn((variables: Record<string, unknown>) => {
      const { input } = variables as CreateUserMutationVariables;
      return {
        data: {
          createUser: {
            user: { id: '12', email: input.email, name: input.name, role: input.role, active: true, mustChangePassword: true, serviceAreas: [] },
            temporaryPassword: 'abcd-efgh-jkmn-pqrs',
          },
        },
      };
    });
    renderAt('/users/new', responses(create));
    await user.type(await screen.findByLabelText('Full name'), 'Sam Lee');
    await user.type(screen.getByLabelText('Email address'), 'sam.lee@council.example');
    expect(screen.queryByRole('group', { name: 'Service areas' })).not.toBeInTheDocument();
    await user.selectOptions(screen.getByLabelText('Role'), 'SERVICE_MANAGER');
    const areas = screen.getByRole('group', { name: 'Service areas' });
    expect(within(areas).getAllByRole('checkbox').map((box) => box.getAttribute('value'))).toEqual(['SOCIAL_CARE', 'INCLUSION']);
    await user.click(within(areas).getByLabelText('Safeguarding: Inclusion'));
    await user.click(screen.getByRole('button', { name: 'Add user' }));

    expect(create).toHaveBeenCalledWith({ input: { name: 'Sam Lee', email: 'sam.lee@council.example', role: 'SERVICE_MANAGER', serviceAreas: ['INCLUSION'] } });
    expect(await screen.findByRole('heading', { level: 1, name: 'User added' })).toBeInTheDocument();
    expect(screen.getByTestId('temporary-password')).toHaveTextContent('abcd-efgh-jkmn-pqrs');
    await waitFor(() => expect(screen.getByRole('status', { name: 'Sam Lee can now sign in' })).toHaveFocus());
    expect(screen.getByRole('link', { name: 'Manage Sam Lee’s account' })).toHaveAttribute('href', '/users/12');
  });

  it("puts the API's refusal beside the field it names", async () => {
    const user = userEvent.setup();
    const refusal = graphqlError('Invalid user: email: is taken: sam@x.example already has an account', {
      code: 'BAD_USER_INPUT',
      field: 'email',
      problems: [{ field: 'email', message: 'is taken: sam@x.example already has an account' }],
    });
    renderAt('/users/new', responses(() => ({ error: refusal })));
    await user.type(await screen.findByLabelText('Full name'), 'Sam');
    await user.type(screen.getByLabelText('Email address'), 'sam@x.example');
    await user.selectOptions(screen.getByLabelText('Role'), 'ANALYST');
    await user.click(screen.getByRole('button', { name: 'Add user' }));
    await waitFor(() => expect(screen.getByLabelText('Email address')).toHaveAccessibleDescription('They sign in with it. Error: Email address is taken: sam@x.example already has an account'));
    expect(document.title).toBe('Error: Add a user – Complaints Insight');
  });
});
