import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Role, UpdateLearningActionMutation } from '../../graphql/graphql';
import { graphqlError, renderAt, type MockResponses } from '../../test/render';
import type { ActionConflict } from './action-conflict';
import { OPTIONS, action, completedAction, theirAction, versionConflict } from './action-fixtures';
import type { ActionRecord } from './useLearningActionsQuery';

/** What update, close and reopen answer (generated types): the saved action or a VersionConflict. */
type ChangeAnswer = UpdateLearningActionMutation['updateLearningAction'];
const saved = (record: ActionRecord): ChangeAnswer => ({ __typename: 'LearningAction', ...record });
const conflicted = (conflict: ActionConflict): ChangeAnswer => ({ __typename: 'VersionConflict', ...conflict });

type Sent = { id: string; expectedVersion: number; input?: Record<string, unknown> };

/**
 * The tracker as a service manager for Social Care, with the list and mutations
 * answered by the functions given, through the app's normalized cache.
 */
function tracker(list: () => ActionRecord[], extra: MockResponses = {}, role: Role = 'SERVICE_MANAGER') {
  return renderAt(
    '/actions',
    {
      CurrentUser: { data: { me: { id: '7', email: 'manager@demo.example', name: 'Demo manager', role, serviceAreas: ['SOCIAL_CARE'], mustChangePassword: false } } },
      ReferenceOptions: { data: OPTIONS },
      LearningActions: () => ({ data: { learningActions: list() } }),
      ...extra,
    },
    undefined,
    { normalizedCache: true },
  );
}

const card = () => screen.getByRole('heading', { level: 3, name: 'Generic issues' }).closest('li') as HTMLElement;

async function openEditor() {
  const user = userEvent.setup();
  await user.click(await screen.findByRole('button', { name: 'Edit “Generic issues”' }));
  const form = within(card()).getByRole('form', { name: 'Edit “Generic issues”' });
  return { user, form };
}

async function replace(user: ReturnType<typeof userEvent.setup>, field: HTMLElement, text: string) {
  await user.clear(field);
  if (text) await user.type(field, text);
}

describe('editing an action', () => {
  it('opens in place with the current values, focused on the first field, and cancels back to the Edit button', async () => {
    tracker(() => [action()]);
    const { user, form } = await openEditor();
    expect(within(form).getByLabelText('Issue identified')).toHaveFocus();
    expect(within(form).getByLabelText('Issue identified')).toHaveValue('Generic issues');
    expect(within(form).getByLabelText('Status')).toHaveValue('ONGOING');
    expect(within(form).getByLabelText('Due date (optional)')).toHaveValue('2010-12-31');
    expect(within(form).getByLabelText('Service area')).toHaveValue('SOCIAL_CARE');
    expect(within(form).getByLabelText('Issue category')).toHaveValue('');

    await user.click(within(form).getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('form', { name: 'Edit “Generic issues”' })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Edit “Generic issues”' })).toHaveFocus();
  });

  it('checks the fields before saving: messages next to each and in a focused summary', async () => {
    const view = tracker(() => [action()]);
    const { user, form } = await openEditor();
    await replace(user, within(form).getByLabelText('Action needed'), '');
    await replace(user, within(form).getByLabelText('By whom'), '   ');
    await replace(user, within(form).getByLabelText('Due date (optional)'), '2009-01-15');
    await user.click(within(form).getByRole('button', { name: 'Save changes' }));

    const summary = within(form).getByRole('heading', { name: 'There is a problem' }).closest('.error-summary') as HTMLElement;
    expect(summary).toHaveFocus();
    const links = within(summary).getAllByRole('link');
    expect(links.map((l) => l.textContent)).toEqual([
      'Enter the action needed',
      'Enter who will carry out the action',
      'Due date must be on or after 1 April 2009, the start of 2009/10',
    ]);
    expect(links[0]).toHaveAttribute('href', '#edit-4-actionNeeded');
    expect(within(form).getByLabelText('Action needed')).toHaveAttribute('aria-invalid', 'true');
    expect(within(form).getByLabelText('Action needed')).toHaveAccessibleDescription('Error: Enter the action needed');
    expect(within(form).getByLabelText('Due date (optional)')).toHaveAccessibleDescription(
      'For example, 31 March 2011 Error: Due date must be on or after 1 April 2009, the start of 2009/10',
    );
    await waitFor(() => expect(document.title).toBe('Error: Learning actions – Complaints Insight'));
    expect(view.client.executeMutation).not.toHaveBeenCalled();

    await user.click(links[1]!);
    expect(within(form).getByLabelText('By whom')).toHaveFocus();
  });

  it('says so when nothing was changed', async () => {
    const view = tracker(() => [action()]);
    const { user, form } = await openEditor();
    await user.click(within(form).getByRole('button', { name: 'Save changes' }));
    expect(within(form).getByRole('alert')).toHaveTextContent('You have not changed anything. Change a field, or cancel.');
    expect(view.client.executeMutation).not.toHaveBeenCalled();
  });

  it("puts the API's BAD_USER_INPUT next to the field its extensions name", async () => {
    tracker(() => [action()], {
      UpdateLearningAction: {
        error: graphqlError('Invalid learning action: byWhom: is longer than 200 characters', {
          code: 'BAD_USER_INPUT',
          field: 'byWhom',
          problems: [{ field: 'byWhom', message: 'is longer than 200 characters' }],
        }),
      },
    });
    const { user, form } = await openEditor();
    await replace(user, within(form).getByLabelText('By whom'), 'Someone else');
    await user.click(within(form).getByRole('button', { name: 'Save changes' }));
    expect(await within(form).findByLabelText('By whom')).toHaveAccessibleDescription(
      'The person or team who owns the action, for example Service Managers Error: By whom is longer than 200 characters',
    );
    expect(within(form).getByRole('link', { name: 'By whom is longer than 200 characters' })).toHaveAttribute('href', '#edit-4-byWhom');
  });

  it('saves only the changed fields at the version loaded, then says so and moves focus to the message', async () => {
    const sent: Sent[] = [];
    let stored = action();
    tracker(() => [stored], {
      UpdateLearningAction: (variables) => {
        sent.push(variables as unknown as Sent);
        stored = action({
              version: 3,
              furtherAction: 'Review in March',
              dueDate: null,
              overdue: false,
              history: [
                ...action().history,
                { id: '12', version: 3, changedBy: 'manager@demo.example', changedAt: '2025-06-13T09:00:00.000Z', field: 'furtherAction', oldValue: null, newValue: 'Review in March' },
                { id: '13', version: 3, changedBy: 'manager@demo.example', changedAt: '2025-06-13T09:00:00.000Z', field: 'dueDate', oldValue: '2010-12-31', newValue: null },
              ],
            });
        return { data: { updateLearningAction: saved(stored) } };
      },
    });
    const { user, form } = await openEditor();
    await user.type(within(form).getByLabelText('Further action (optional)'), 'Review in March');
    await replace(user, within(form).getByLabelText('Due date (optional)'), '');
    await user.click(within(form).getByRole('button', { name: 'Save changes' }));

    const notice = await within(card()).findByText('Your changes have been saved.');
    await waitFor(() => expect(notice.closest('.notification')).toHaveFocus());
    expect(sent).toEqual([{ id: '4', expectedVersion: 2, input: { furtherAction: 'Review in March', dueDate: null } }]);
    expect(within(card()).getByText('Further action', { selector: 'dt' }).nextElementSibling).toHaveTextContent('Review in March');
    expect(within(card()).getByText('Due date', { selector: 'dt' }).nextElementSibling).toHaveTextContent('No due date');
    expect(within(card()).queryByText('Overdue', { selector: '.action-tag' })).not.toBeInTheDocument();
    expect(within(card()).getByText(/^History/)).toHaveTextContent('History of “Generic issues” (3 changes)');
  });
  it('keeps one form open at a time, and will not drop unsaved changes to open another', async () => {
    tracker(() => [action(), completedAction()]);
    const { user, form } = await openEditor();
    await user.type(within(form).getByLabelText('Further action (optional)'), 'Half-written note');
    await user.click(screen.getByRole('button', { name: /^Edit “Communication/ }));

    const warning = within(card()).getByRole('alert');
    expect(warning).toHaveTextContent('Save or cancel your changes to this action before you edit another one.');
    expect(warning).toHaveFocus();
    expect(screen.getAllByRole('form', { name: /^Edit/ })).toHaveLength(1);
    expect(within(form).getByLabelText('Further action (optional)')).toHaveValue('Half-written note');

    // Once cancelled, the other one opens.
    await user.click(within(form).getByRole('button', { name: 'Cancel' }));
    await user.click(screen.getByRole('button', { name: /^Edit “Communication/ }));
    expect(screen.getByRole('form', { name: /^Edit “Communication/ })).toBeInTheDocument();
    expect(screen.queryByRole('form', { name: 'Edit “Generic issues”' })).not.toBeInTheDocument();
  });
});

describe('when someone else saved first (VersionConflict)', () => {
  /** The officer changed "Action needed" at version 3; the manager changes it and the due date from version 2. */
  async function conflictFromManagersEdit(extra: MockResponses = {}) {
    const sent: Sent[] = [];
    let answers = 0;
    const theirs = theirAction();
    let stored: ActionRecord = action();
    const view = tracker(() => [stored], {
      UpdateLearningAction: (variables) => {
        sent.push(variables as unknown as Sent);
        answers += 1;
        if (answers === 1) {
          stored = theirs;
          return { data: { updateLearningAction: conflicted(versionConflict(theirs)) } };
        }
        stored = action({ version: 4, actionNeeded: 'Manager’s wording', dueDate: '2011-03-31' });
        return { data: { updateLearningAction: saved(stored) } };
      },
      ...extra,
    });
    const { user, form } = await openEditor();
    await replace(user, within(form).getByLabelText('Action needed'), 'Manager’s wording');
    await replace(user, within(form).getByLabelText('Due date (optional)'), '2011-03-31');
    await user.click(within(form).getByRole('button', { name: 'Save changes' }));
    const alert = await within(card()).findByRole('alert', { name: 'Someone else changed this action while you were working on it' });
    return { view, user, form, alert, sent };
  }

  it('shows who changed it and when, their value against yours for each field, with focus on the message', async () => {
    const { alert } = await conflictFromManagersEdit();
    await waitFor(() => expect(alert).toHaveFocus());
    expect(alert).toHaveTextContent('officer@demo.example changed action needed on 12 June 2025 at 14:32.');
    expect(alert).toHaveTextContent('Your changes have not been saved.');

    const table = within(alert).getByRole('table', { name: 'Their changes compared with yours' });
    const row = within(table).getByRole('rowheader', { name: 'Action needed' }).closest('tr')!;
    expect(within(row).getAllByRole('cell').map((c) => c.textContent)).toEqual(['Officer’s wording', 'Manager’s wording']);
    expect(alert).toHaveTextContent('You also changed due date, which they did not.');
    expect(within(alert).getByRole('button', { name: 'Use their version' })).toBeInTheDocument();
    expect(within(alert).getByRole('button', { name: 'Apply my changes again' })).toBeInTheDocument();
    expect(alert).toHaveTextContent('saves your changes on top of theirs, replacing their action needed.');
  });

  it('"Use their version" reloads the form with the stored values and version', async () => {
    const { user, form, alert, sent } = await conflictFromManagersEdit();
    await user.click(within(alert).getByRole('button', { name: 'Use their version' }));

    expect(within(card()).queryByRole('alert')).not.toBeInTheDocument();
    const status = within(card()).getByText('The form now shows their version (version 3). Make your changes again, or cancel.');
    expect(status).toHaveFocus();
    expect(within(form).getByLabelText('Action needed')).toHaveValue('Officer’s wording');
    expect(within(form).getByLabelText('Due date (optional)')).toHaveValue('2010-12-31');

    // A new change is now made from their version.
    await replace(user, within(form).getByLabelText('By whom'), 'Team manager');
    await user.click(within(form).getByRole('button', { name: 'Save changes' }));
    await waitFor(() => expect(sent).toHaveLength(2));
    expect(sent[1]).toEqual({ id: '4', expectedVersion: 3, input: { byWhom: 'Team manager' } });
  });

  it('"Apply my changes again" sends your changes at their version', async () => {
    const { user, alert, sent } = await conflictFromManagersEdit();
    await user.click(within(alert).getByRole('button', { name: 'Apply my changes again' }));

    await waitFor(() => expect(sent).toHaveLength(2));
    expect(sent[0]).toEqual({ id: '4', expectedVersion: 2, input: { actionNeeded: 'Manager’s wording', dueDate: '2011-03-31' } });
    expect(sent[1]).toEqual({ id: '4', expectedVersion: 3, input: { actionNeeded: 'Manager’s wording', dueDate: '2011-03-31' } });
    const notice = await within(card()).findByText('Your changes have been saved.');
    await waitFor(() => expect(notice.closest('.notification')).toHaveFocus());
    expect(within(card()).getByText('Action needed', { selector: 'dt' }).nextElementSibling).toHaveTextContent('Manager’s wording');
  });

  it('closing a changed action offers the same choices', async () => {
    const sent: Sent[] = [];
    const theirs = theirAction({
      actionNeeded: action().actionNeeded,
      byWhom: 'Officer team',
      history: [
        ...action().history,
        { id: '12', version: 3, changedBy: 'officer@demo.example', changedAt: '2025-06-12T13:32:00.000Z', field: 'byWhom', oldValue: 'Service Manager', newValue: 'Officer team' },
      ],
    });
    let stored = action();
    tracker(() => [stored], {
      CloseLearningAction: (variables) => {
        sent.push(variables as unknown as Sent);
        if (sent.length === 1) {
          stored = theirs;
          return { data: { closeLearningAction: conflicted(versionConflict(theirs, ['byWhom'])) } };
        }
        stored = action({ version: 4, status: 'COMPLETED', overdue: false, byWhom: 'Officer team' });
        return { data: { closeLearningAction: saved(stored) } };
      },
    });
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Close action “Generic issues”' }));
    const closeForm = within(card()).getByRole('form', { name: 'Close “Generic issues”' });
    await user.type(within(closeForm).getByLabelText('Closing note'), 'Met every complainant before Stage 2');
    await user.click(within(closeForm).getByRole('button', { name: 'Close the action' }));
    const alert = await within(card()).findByRole('alert', { name: 'Someone else changed this action while you were working on it' });
    await waitFor(() => expect(alert).toHaveFocus());
    expect(alert).toHaveTextContent('officer@demo.example changed by whom on 12 June 2025 at 14:32.');
    expect(alert).toHaveTextContent('The action has not been closed.');
    const row = within(alert).getByRole('rowheader', { name: 'By whom' }).closest('tr')!;
    expect(within(row).getAllByRole('cell').map((c) => c.textContent)).toEqual(['Officer team', 'Service Manager (as you loaded it: you did not change this)']);

    await user.click(within(alert).getByRole('button', { name: 'Close it anyway' }));
    // "Close it anyway" sends the same closing note at their version.
    await waitFor(() =>
      expect(sent).toEqual([
        { id: '4', expectedVersion: 2, closingNote: 'Met every complainant before Stage 2' },
        { id: '4', expectedVersion: 3, closingNote: 'Met every complainant before Stage 2' },
      ]),
    );
    expect(await within(card()).findByText('Action closed: its status is now Completed.')).toBeInTheDocument();
    expect(within(card()).getByRole('button', { name: 'Reopen action “Generic issues”' })).toBeInTheDocument();
  });

  it('reopens a completed action', async () => {
    const sent: Sent[] = [];
    let stored = completedAction();
    tracker(() => [stored], {
      ReopenLearningAction: (variables) => {
        sent.push(variables as unknown as Sent);
        stored = completedAction({ version: 2, status: 'ONGOING' });
        return { data: { reopenLearningAction: saved(stored) } };
      },
    }, 'COMPLAINTS_OFFICER');
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: /^Reopen action/ }));
    const notice = await screen.findByText('Action reopened: its status is now Ongoing.');
    await waitFor(() => expect(notice.closest('.notification')).toHaveFocus());
    expect(sent).toEqual([{ id: '2', expectedVersion: 1 }]);
    expect(screen.getByRole('button', { name: /^Close action/ })).toBeInTheDocument();
  });
});
