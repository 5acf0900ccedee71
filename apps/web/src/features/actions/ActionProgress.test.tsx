import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { CloseLearningActionMutation, Role } from '../../graphql/graphql';
import { graphqlError, renderAt, type MockResponses } from '../../test/render';
import { OPTIONS, READ_ONLY, action, completedAction } from './action-fixtures';
import type { ActionRecord, ProgressEntry } from './useLearningActionsQuery';

type CloseAnswer = CloseLearningActionMutation['closeLearningAction'];
const saved = (record: ActionRecord): CloseAnswer => ({ __typename: 'LearningAction', ...record });

/** The tracker as `role`, with the list and mutations answered by the functions given, through the app's normalized cache. */
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

const entry = (id: string, kind: ProgressEntry['kind'], text: string | null, at: string, authorName = 'Demo manager'): ProgressEntry => ({ id, kind, authorName, at, text });

describe('closing an action', () => {
  it('asks for a closing note, refuses to close without one, and sends it', async () => {
    const sent: Record<string, unknown>[] = [];
    let stored = action();
    tracker(() => [stored], {
      CloseLearningAction: (variables) => {
        sent.push(variables);
        stored = action({
          version: 3,
          status: 'COMPLETED',
          overdue: false,
          closingNote: 'Met every complainant before Stage 2',
          viewerCan: { update: true, close: false, reopen: true, addProgress: false },
          progress: [entry('31', 'CLOSED', 'Met every complainant before Stage 2', '2025-06-13T10:00:00.000Z')],
        });
        return { data: { closeLearningAction: saved(stored) } };
      },
    });
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Close action “Generic issues”' }));
    const form = within(card()).getByRole('form', { name: 'Close “Generic issues”' });
    const note = within(form).getByLabelText('Closing note');
    expect(note).toHaveFocus();

    await user.click(within(form).getByRole('button', { name: 'Close the action' }));
    const summary = await within(form).findByRole('alert');
    expect(summary).toHaveTextContent('Enter a closing note: what was done, and how you know it worked');
    expect(note).toHaveAttribute('aria-invalid', 'true');
    expect(sent).toEqual([]);

    await user.type(note, '  Met every complainant before Stage 2 ');
    await user.click(within(form).getByRole('button', { name: 'Close the action' }));
    await waitFor(() => expect(sent).toEqual([{ id: '4', expectedVersion: 2, closingNote: 'Met every complainant before Stage 2' }]));
    const notice = await within(card()).findByText('Action closed: its status is now Completed.');
    await waitFor(() => expect(notice.closest('.notification')).toHaveFocus());
    expect(within(card()).getByText('Closing note', { selector: 'dt' }).nextElementSibling).toHaveTextContent('Met every complainant before Stage 2');
    const log = within(card()).getByRole('region', { name: 'Progress on “Generic issues” (1 entry)' });
    expect(within(log).getByRole('listitem')).toHaveTextContent('Closed: Demo manager, 13 June 2025 at 11:00Met every complainant before Stage 2');
  });

  it('puts the API’s refusal of the note beside it, keeping what was typed', async () => {
    tracker(() => [action()], {
      CloseLearningAction: () => ({
        error: graphqlError('Invalid closing note: closingNote: is longer than 2000 characters (2001)', {
          code: 'BAD_USER_INPUT',
          field: 'closingNote',
          problems: [{ field: 'closingNote', message: 'is longer than 2000 characters (2001)' }],
        }),
      }),
    });
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Close action “Generic issues”' }));
    const form = within(card()).getByRole('form', { name: 'Close “Generic issues”' });
    await user.type(within(form).getByLabelText('Closing note'), 'Done');
    await user.click(within(form).getByRole('button', { name: 'Close the action' }));
    expect(await within(form).findByText('Closing note is longer than 2000 characters (2001)', { selector: '.error-message' })).toBeInTheDocument();
    expect(within(form).getByLabelText('Closing note')).toHaveValue('Done');
  });

  it('cancels back to the Close button', async () => {
    tracker(() => [action()]);
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Close action “Generic issues”' }));
    await user.click(within(card()).getByRole('button', { name: 'Cancel' }));
    expect(within(card()).queryByRole('form', { name: 'Close “Generic issues”' })).not.toBeInTheDocument();
    expect(within(card()).getByRole('button', { name: 'Close action “Generic issues”' })).toHaveFocus();
  });
});

describe('the progress log', () => {
  it('shows entries newest first, who and when, and a completed action’s closing note', async () => {
    const done = completedAction({
      viewerCan: READ_ONLY,
      closingNote: 'Every letter now answered in 10 days',
      progress: [
        entry('3', 'CLOSED', 'Every letter now answered in 10 days', '2010-06-01T09:00:00.000Z'),
        entry('2', 'REOPENED', null, '2010-05-01T09:00:00.000Z', 'Demo officer'),
        entry('1', 'NOTE', 'Supervision notes reviewed', '2010-04-12T13:30:00.000Z'),
      ],
    });
    tracker(() => [done], {}, 'ANALYST');
    const heading = await screen.findByRole('heading', { level: 3, name: done.issueIdentified });
    const item = heading.closest('li')!;
    expect(within(item).getByText('Closing note', { selector: 'dt' }).nextElementSibling).toHaveTextContent('Every letter now answered in 10 days');
    const log = within(item).getByRole('region', { name: /^Progress on/ });
    expect(within(log).getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      'Closed: Demo manager, 1 June 2010 at 10:00Every letter now answered in 10 days',
      'Reopened: Demo officer, 1 May 2010 at 10:00',
      'Progress: Demo manager, 12 April 2010 at 14:30Supervision notes reviewed',
    ]);
    expect(within(item).queryByRole('form', { name: /^Record progress/ })).not.toBeInTheDocument();
  });

  it('records progress, refusing an empty entry', async () => {
    const sent: Record<string, unknown>[] = [];
    let stored = action();
    tracker(() => [stored], {
      AddLearningActionProgress: (variables) => {
        sent.push(variables);
        stored = action({ progress: [entry('40', 'NOTE', 'Leaflet drafted', '2025-06-14T08:00:00.000Z')] });
        return { data: { addLearningActionProgress: stored } };
      },
    });
    const user = userEvent.setup();
    const form = await within(await screen.findByRole('heading', { level: 3, name: 'Generic issues' }).then((h) => h.closest('li')!)).findByRole('form', {
      name: 'Record progress on “Generic issues”',
    });
    expect(within(card()).getByText('No progress has been recorded yet.')).toBeInTheDocument();
    await user.click(within(form).getByRole('button', { name: 'Record progress on “Generic issues”' }));
    expect(await within(form).findByRole('alert')).toHaveTextContent('Enter the progress made');
    expect(sent).toEqual([]);

    await user.type(within(form).getByLabelText('Progress made'), 'Leaflet drafted');
    await user.click(within(form).getByRole('button', { name: 'Record progress on “Generic issues”' }));
    await waitFor(() => expect(sent).toEqual([{ id: '4', text: 'Leaflet drafted' }]));
    const recorded = await within(form).findByText('Progress recorded.');
    await waitFor(() => expect(recorded).toHaveFocus());
    expect(within(form).getByLabelText('Progress made')).toHaveValue('');
    expect(await within(card()).findByText('Leaflet drafted')).toBeInTheDocument();
  });

  it('offers the edit form only the statuses an edit may set', async () => {
    tracker(() => [action({ status: 'OPEN' })]);
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Edit “Generic issues”' }));
    const status = within(card()).getByLabelText('Status');
    expect(within(status).getAllByRole('option').map((o) => o.getAttribute('value'))).toEqual(['OPEN', 'ONGOING']);
  });
});
