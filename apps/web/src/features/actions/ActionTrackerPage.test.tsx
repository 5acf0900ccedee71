import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { CombinedError } from 'urql';
import type { LearningActionFilter, Role } from '../../graphql/graphql';
import { graphqlError, renderAt, type MockResponses } from '../../test/render';
import { OPTIONS, READ_ONLY, action, completedAction } from './action-fixtures';
import type { ActionRecord } from './useLearningActionsQuery';

function signedIn(role: Role, serviceAreas: string[] = []) {
  return { data: { me: { id: '7', email: 'someone@demo.example', name: 'Demo person', role, serviceAreas, mustChangePassword: false } } };
}

function tracker(role: Role, actions: ActionRecord[] | (() => ActionRecord[]), extra: MockResponses = {}, serviceAreas: string[] = []) {
  const asked: Array<LearningActionFilter | null> = [];
  const responses: MockResponses = {
    CurrentUser: signedIn(role, serviceAreas),
    ReferenceOptions: { data: OPTIONS },
    LearningActions: (variables) => {
      asked.push((variables.filter as LearningActionFilter | null) ?? null);
      return { data: { learningActions: typeof actions === 'function' ? actions() : actions } };
    },
    ...extra,
  };
  return { responses, asked };
}

const cardOf = (title: string) => screen.getByRole('heading', { level: 3, name: title }).closest('li') as HTMLElement;

describe('learning actions page', () => {
  it('lists the actions with their status, and says in words when one is overdue', async () => {
    const { responses } = tracker('ANALYST', [action({ viewerCan: READ_ONLY }), completedAction({ viewerCan: READ_ONLY })]);
    renderAt('/actions', responses);

    expect(await screen.findByRole('heading', { level: 1, name: 'Learning actions' })).toBeInTheDocument();
    await waitFor(() => expect(document.title).toBe('Learning actions – Complaints Insight'));
    expect(await screen.findByRole('heading', { level: 2, name: '2 actions' })).toBeInTheDocument();

    const overdue = cardOf('Generic issues');
    expect(within(overdue).getByText('Ongoing', { selector: '.action-tag' })).toBeInTheDocument();
    expect(within(overdue).getByText('Overdue', { selector: '.action-tag' })).toBeInTheDocument();
    expect(within(overdue).getByText('Due date').nextElementSibling).toHaveTextContent('Overdue: was due 31 December 2010');

    const completed = cardOf('Communication: unwanted (3), inaccurate (5), lack of (40)');
    expect(within(completed).getByText('Completed', { selector: '.action-tag' })).toBeInTheDocument();
    expect(within(completed).queryByText(/Overdue/)).not.toBeInTheDocument();
    expect(within(completed).getByText('Due date').nextElementSibling).toHaveTextContent('No due date');
  });

  it('shows each change in the history: who, when, which field, from and to', async () => {
    const { responses } = tracker('ANALYST', [action({ viewerCan: READ_ONLY })]);
    renderAt('/actions', responses);
    const card = await screen.findByRole('heading', { level: 3, name: 'Generic issues' }).then((h) => h.closest('li')!);

    await userEvent.setup().click(within(card).getByText(/^History/));
    const table = within(card).getByRole('table', { name: 'Changes to “Generic issues”, newest first' });
    const cells = within(table).getAllByRole('cell').map((cell) => cell.textContent);
    expect(cells).toEqual(['manager@demo.example 12 Jun 2025, 09:15', 'Status', 'Open', 'Ongoing']);
  });

  it('is read-only for analysts: no edit, close, reopen or add controls', async () => {
    const { responses } = tracker('ANALYST', [action({ viewerCan: READ_ONLY }), completedAction({ viewerCan: READ_ONLY })]);
    renderAt('/actions', responses);
    await screen.findByRole('heading', { level: 2, name: '2 actions' });

    expect(screen.getByText('Your role can read the actions but not change them.')).toBeInTheDocument();
    const results = screen.getByRole('region', { name: '2 actions' });
    expect(within(results).queryAllByRole('button').map((b) => b.textContent)).toEqual([]);
    expect(screen.queryByRole('button', { name: /^Edit/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /^Close action/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /^Reopen action/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Add a learning action' })).not.toBeInTheDocument();
    expect(screen.queryByRole('textbox', { name: 'Action needed' })).not.toBeInTheDocument();
  });

  it('shows each action the controls the API says the viewer may use (a manager: their own areas’ only)', async () => {
    const other = completedAction({
      id: '9',
      issueIdentified: 'School transport',
      serviceArea: { code: 'INCLUSION', name: 'Safeguarding: Inclusion' },
      viewerCan: READ_ONLY,
    });
    const { responses } = tracker('SERVICE_MANAGER', [action(), completedAction(), other], {}, ['SOCIAL_CARE']);
    renderAt('/actions', responses);
    await screen.findByRole('heading', { level: 2, name: '3 actions' });

    expect(within(cardOf('Generic issues')).getByRole('button', { name: 'Edit “Generic issues”' })).toBeInTheDocument();
    expect(within(cardOf('Generic issues')).getByRole('button', { name: 'Close action “Generic issues”' })).toBeInTheDocument();
    const completed = cardOf('Communication: unwanted (3), inaccurate (5), lack of (40)');
    expect(within(completed).getByRole('button', { name: /^Reopen action/ })).toBeInTheDocument();
    const theirs = cardOf('School transport');
    expect(within(theirs).queryAllByRole('button')).toEqual([]);
    expect(within(theirs).getByText('You can change actions in your own service areas only.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Add a learning action' })).toBeInTheDocument();
  });

  it('asks for the filters in the URL and puts new ones there', async () => {
    const { responses, asked } = tracker('SERVICE_MANAGER', [action()], {}, ['SOCIAL_CARE']);
    const view = renderAt('/actions?statuses=OPEN,ONGOING&overdue=true', responses);
    await screen.findByRole('heading', { level: 2, name: '1 action' });
    expect(asked[0]).toEqual({ statuses: ['OPEN', 'ONGOING'], overdue: true });
    expect(screen.getByText('1 action matches: status open or ongoing, overdue. Overdue actions come first, then the rest by due date.')).toBeInTheDocument();

    const user = userEvent.setup();
    const filters = screen.getByRole('form', { name: 'Filter actions' });
    expect(within(filters).getByLabelText('Open')).toBeChecked();
    expect(within(filters).getByLabelText('Overdue only')).toBeChecked();
    await user.click(within(filters).getByLabelText('Open'));
    await user.click(within(filters).getByLabelText('Any'));
    await user.type(within(filters).getByLabelText('Owner (by whom)'), 'manager');
    await user.click(within(filters).getByText(/^Service area and issue category/));
    await user.click(within(filters).getByLabelText('Safeguarding: Social Care'));
    await user.click(within(filters).getByLabelText('Communication'));
    await user.click(within(filters).getByRole('button', { name: 'Apply filters' }));

    await waitFor(() => expect(view.location()).toBe('/actions?statuses=ONGOING&owner=manager&serviceAreas=SOCIAL_CARE&issueCategories=COMMUNICATION'));
    await waitFor(() =>
      expect(asked.at(-1)).toEqual({ statuses: ['ONGOING'], owner: 'manager', serviceAreas: ['SOCIAL_CARE'], issueCategories: ['COMMUNICATION'] }),
    );
    // The form stays as it is after its own "Apply filters", so focus stays on its button.
    expect(within(filters).getByRole('button', { name: 'Apply filters' })).toHaveFocus();
    await user.click(screen.getByRole('link', { name: 'Clear filters' }));
    await waitFor(() => expect(view.location()).toBe('/actions'));
    expect(within(screen.getByRole('form', { name: 'Filter actions' })).getByLabelText('Owner (by whom)')).toHaveValue('');
    await waitFor(() => expect(asked.at(-1)).toBeNull());
  });

  it('says when nothing matches, and when the list cannot be loaded', async () => {
    const { responses } = tracker('ANALYST', []);
    renderAt('/actions?overdue=true', responses);
    expect(await screen.findByText(/No actions match these filters/)).toBeInTheDocument();

    renderAt('/actions', {
      ...tracker('ANALYST', []).responses,
      LearningActions: { error: new CombinedError({ networkError: new Error('Failed to fetch') }) },
    });
    expect(await screen.findByRole('alert')).toHaveTextContent('The learning actions could not be loaded because Complaints Insight could not reach its server.');
    expect(screen.getByRole('button', { name: 'Try again' })).toBeInTheDocument();
  });

  it('adds an action, checking the form first, says so, and the list (through the cache) shows it', async () => {
    let created: unknown;
    let stored = [action()];
    const { responses } = tracker('SERVICE_MANAGER', () => stored, {
      CreateLearningAction: (variables) => {
        created = variables.input;
        const added = action({ id: '20', version: 1, issueIdentified: 'Late replies', history: [] });
        stored = [...stored, added];
        return { data: { createLearningAction: added } };
      },
    }, ['SOCIAL_CARE']);
    const view = renderAt('/actions', responses, undefined, { normalizedCache: true });
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Add a learning action' }));

    const form = screen.getByRole('form', { name: 'Add a learning action' });
    expect(within(form).getByLabelText('Financial year')).toHaveFocus();
    expect(within(form).getByLabelText('Service area')).toHaveValue('SOCIAL_CARE');
    await user.clear(within(form).getByLabelText('Financial year'));
    await user.type(within(form).getByLabelText('Financial year'), '2010/11');
    await user.click(within(form).getByRole('button', { name: 'Save the action' }));

    const summary = within(form).getByRole('heading', { name: 'There is a problem' }).closest('.error-summary') as HTMLElement;
    expect(summary).toHaveFocus();
    expect(within(summary).getAllByRole('link').map((l) => l.textContent)).toEqual([
      'Enter the issue identified',
      'Enter the action needed',
      'Enter who will carry out the action',
    ]);
    expect(view.client.executeMutation).not.toHaveBeenCalled();

    await user.type(within(form).getByLabelText('Issue identified'), 'Late replies');
    await user.type(within(form).getByLabelText('Action needed'), 'Weekly check of open letters');
    await user.type(within(form).getByLabelText('By whom'), 'Team manager');
    await user.type(within(form).getByLabelText('Due date (optional)'), '2011-01-31');
    await user.click(within(form).getByRole('button', { name: 'Save the action' }));

    await waitFor(() => expect(screen.getByText('Action added: “Late replies”.').closest('.notification')).toHaveFocus());
    expect(created).toEqual({
      financialYear: '2010/11',
      issueIdentified: 'Late replies',
      actionNeeded: 'Weekly check of open letters',
      byWhom: 'Team manager',
      status: 'OPEN',
      serviceArea: 'SOCIAL_CARE',
      dueDate: '2011-01-31',
    });
    expect(screen.queryByRole('form', { name: 'Add a learning action' })).not.toBeInTheDocument();
    expect(await screen.findByRole('heading', { level: 3, name: 'Late replies' })).toBeInTheDocument();
  });

  it('returns focus to the add button when adding is cancelled', async () => {
    const { responses } = tracker('COMPLAINTS_OFFICER', [action()]);
    renderAt('/actions', responses);
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Add a learning action' }));
    await user.click(within(screen.getByRole('form', { name: 'Add a learning action' })).getByRole('button', { name: 'Cancel' }));
    expect(screen.getByRole('button', { name: 'Add a learning action' })).toHaveFocus();
  });

  it("shows the API's refusal of a new action next to its field", async () => {
    const { responses } = tracker('COMPLAINTS_OFFICER', [action()], {
      CreateLearningAction: {
        error: graphqlError('Invalid learning action: issueCategory: unknown issue category', {
          code: 'BAD_USER_INPUT',
          field: 'issueCategory',
          problems: [{ field: 'issueCategory', message: "unknown issue category 'X'" }],
        }),
      },
    });
    renderAt('/actions', responses);
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Add a learning action' }));
    const form = screen.getByRole('form', { name: 'Add a learning action' });
    await user.type(within(form).getByLabelText('Issue identified'), 'Late replies');
    await user.type(within(form).getByLabelText('Action needed'), 'Check');
    await user.type(within(form).getByLabelText('By whom'), 'Team');
    await user.click(within(form).getByRole('button', { name: 'Save the action' }));
    expect(await within(form).findByLabelText('Issue category')).toHaveAccessibleDescription("Error: Issue category: unknown issue category 'X'");
  });
});
