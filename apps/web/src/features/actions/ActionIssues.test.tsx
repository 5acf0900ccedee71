/** Naming the issues an action answers: a checkbox group of the chosen category's issues, on the create and edit forms and the card. */
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Role } from '../../graphql/graphql';
import { graphqlError, renderAt, type MockResponses } from '../../test/render';
import { OPTIONS, action } from './action-fixtures';
import type { ActionRecord } from './useLearningActionsQuery';

function tracker(list: () => ActionRecord[], extra: MockResponses = {}, role: Role = 'COMPLAINTS_OFFICER') {
  return renderAt(
    '/actions',
    {
      CurrentUser: { data: { me: { id: '7', email: 'officer@demo.example', name: 'Demo officer', role, serviceAreas: [], mustChangePassword: false } } },
      ReferenceOptions: { data: OPTIONS },
      LearningActions: () => ({ data: { learningActions: list() } }),
      ...extra,
    },
    undefined,
    { normalizedCache: true },
  );
}

const card = (title: string) => screen.getByRole('heading', { level: 3, name: title }).closest('li') as HTMLElement;
const lackOf = { code: 'COMMUNICATION_LACK_OF', name: 'Communication: lack of' };
const unwanted = { code: 'COMMUNICATION_UNWANTED', name: 'Communication: unwanted' };

describe('the issues an action answers', () => {
  it('shows the linked issues on the card', async () => {
    tracker(() => [action({ issueCategory: { code: 'COMMUNICATION', name: 'Communication' }, issues: [lackOf, unwanted] })]);
    const issues = (await screen.findByText('Issues', { selector: 'dt' })).nextElementSibling as HTMLElement;
    expect(within(issues).getAllByRole('listitem').map((li) => li.textContent)).toEqual(['Communication: lack of', 'Communication: unwanted']);
    expect(within(card('Generic issues')).getByText('Issues', { selector: 'dt' })).toBeInTheDocument();
  });

  it('offers the chosen category’s issues as a labelled checkbox group and sends those ticked when adding', async () => {
    let created: unknown;
    tracker(() => [], {
      CreateLearningAction: (variables) => {
        created = variables.input;
        return { data: { createLearningAction: action({ id: '20', version: 1, issueIdentified: 'Late replies', history: [], issues: [lackOf] }) } };
      },
    });
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Add a learning action' }));
    const form = screen.getByRole('form', { name: 'Add a learning action' });
    expect(within(form).queryByRole('group', { name: /Issues/ })).not.toBeInTheDocument();
    expect(within(form).getByText(/choose an issue category to name the issues/)).toBeInTheDocument();

    await user.selectOptions(within(form).getByLabelText('Issue category'), 'COMMUNICATION');
    const group = within(form).getByRole('group', { name: 'Issues (optional)' });
    expect(within(group).getAllByRole('checkbox').map((box) => box.getAttribute('value'))).toEqual(['COMMUNICATION_UNWANTED', 'COMMUNICATION_LACK_OF']);
    await user.click(within(group).getByLabelText('Communication: lack of'));
    expect(within(group).getByLabelText('Communication: lack of')).toBeChecked();

    await user.type(within(form).getByLabelText('Issue identified'), 'Late replies');
    await user.type(within(form).getByLabelText('Action needed'), 'Weekly check');
    await user.type(within(form).getByLabelText('By whom'), 'Team manager');
    await user.click(within(form).getByRole('button', { name: 'Save the action' }));
    await waitFor(() => expect(created).toMatchObject({ issueCategory: 'COMMUNICATION', issues: ['COMMUNICATION_LACK_OF'] }));
  });

  it('drops issues of another category when the category changes', async () => {
    tracker(() => []);
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Add a learning action' }));
    const form = screen.getByRole('form', { name: 'Add a learning action' });
    await user.selectOptions(within(form).getByLabelText('Issue category'), 'COMMUNICATION');
    await user.click(within(form).getByLabelText('Communication: unwanted'));
    await user.selectOptions(within(form).getByLabelText('Issue category'), 'STAFFING');
    expect(within(form).getByLabelText('Code of conduct or attitude of staff')).not.toBeChecked();
    await user.selectOptions(within(form).getByLabelText('Issue category'), 'COMMUNICATION');
    expect(within(form).getByLabelText('Communication: unwanted')).not.toBeChecked();
  });

  it('sends the whole new set when editing, and puts a refusal naming issues next to them', async () => {
    const sent: unknown[] = [];
    const stored = action({ issueCategory: { code: 'COMMUNICATION', name: 'Communication' }, issues: [lackOf] });
    tracker(() => [stored], {
      UpdateLearningAction: (variables) => {
        sent.push(variables.input);
        return {
          error: graphqlError("Invalid learning action: issues: unknown issue 'COMMUNICATION_UNWANTED'", {
            code: 'BAD_USER_INPUT',
            field: 'issues',
            problems: [{ field: 'issues', message: "unknown issue 'COMMUNICATION_UNWANTED'" }],
          }),
        };
      },
    });
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Edit “Generic issues”' }));
    const form = within(card('Generic issues')).getByRole('form', { name: 'Edit “Generic issues”' });
    const group = within(form).getByRole('group', { name: 'Issues (optional)' });
    expect(within(group).getByLabelText('Communication: lack of')).toBeChecked();
    await user.click(within(group).getByLabelText('Communication: unwanted'));
    await user.click(within(form).getByRole('button', { name: 'Save changes' }));

    await waitFor(() => expect(sent).toEqual([{ issues: ['COMMUNICATION_UNWANTED', 'COMMUNICATION_LACK_OF'] }]));
    const link = await within(form).findByRole('link', { name: "Issues: unknown issue 'COMMUNICATION_UNWANTED'" });
    expect(link).toHaveAttribute('href', '#edit-4-issues');
    expect(within(form).getByText("unknown issue 'COMMUNICATION_UNWANTED'", { exact: false, selector: '.error-message' })).toBeInTheDocument();
  });
});
