import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderAt, type MockResponses } from '../../test/render';
import { OPTIONS } from './action-fixtures';
import type { ClosureContact } from './learning-outcome-form';
import { LearningAtClosure } from './LearningAtClosure';
import type { ContactLearning, RecordedOutcome } from './useLearningOutcome';

const complaint: ClosureContact = {
  id: '51',
  responseSentDate: '2010-01-20',
  recordType: { group: 'FORMAL_COMPLAINT' },
  serviceAreas: [{ code: 'SOCIAL_CARE', name: 'Safeguarding: Social Care' }],
  issues: [{ code: 'COMMUNICATION_LACK_OF', name: 'Communication: lack of' }],
};

const answer = (learningOutcome: RecordedOutcome | null): ContactLearning => ({ id: '51', learningOutcomeAsked: true, learningOutcome });

const newActionAnswer: RecordedOutcome = {
  kind: 'NEW_ACTION',
  note: null,
  recordedByName: 'Demo complaints officer',
  recordedAt: '2025-06-12T13:32:00.000Z',
  learningAction: { id: '9', issueIdentified: 'Calls not returned', byWhom: 'Duty team', financialYear: '2009/10', status: 'OPEN' },
};

function show(contact: ClosureContact, responses: MockResponses, canRecord = true) {
  const onRecorded = jest.fn();
  const view = renderAt('/cases/CS-2010-0001', { ReferenceOptions: { data: OPTIONS }, ...responses }, <LearningAtClosure contact={contact} canRecord={canRecord} onRecorded={onRecorded} />, {
    normalizedCache: true,
  });
  return { ...view, onRecorded };
}

describe('what was learned from a complaint', () => {
  it('is not asked before the response, nor of contacts that are not complaints', () => {
    const asked = jest.fn(() => ({ data: { contact: answer(null) } }));
    show({ ...complaint, responseSentDate: null }, { ContactLearningOutcome: asked });
    show({ ...complaint, recordType: { group: 'ENQUIRY' } }, { ContactLearningOutcome: asked });
    expect(screen.queryByRole('region', { name: 'What was learned' })).not.toBeInTheDocument();
    expect(asked).not.toHaveBeenCalled();
  });

  it('is outstanding until answered; a manager reads that an officer records it', async () => {
    show(complaint, { ContactLearningOutcome: { data: { contact: answer(null) } } }, false);
    const section = await screen.findByRole('region', { name: 'What was learned' });
    expect(section).toHaveTextContent('Outstanding: what was learned from this complaint has not been recorded yet. A complaints officer records it with the response.');
    expect(within(section).queryByRole('form')).not.toBeInTheDocument();
  });

  it('asks an officer to choose, then records a new action with the complaint’s issue', async () => {
    const sent: Record<string, unknown>[] = [];
    const { onRecorded } = show(complaint, {
      ContactLearningOutcome: { data: { contact: answer(null) } },
      RecordLearningOutcome: (variables) => {
        sent.push(variables);
        return { data: { recordLearningOutcome: answer(newActionAnswer) } };
      },
    });
    const user = userEvent.setup();
    const form = await screen.findByRole('form', { name: 'What was learned from this complaint' });
    await user.click(within(form).getByRole('button', { name: 'Save what was learned' }));
    expect(await within(form).findByRole('alert')).toHaveTextContent('Choose what was learned from this complaint');
    expect(sent).toEqual([]);

    await user.click(within(form).getByLabelText('A new learning action'));
    expect(within(form).getByText(/It goes into the tracker for 2009\/10, answering this complaint's issue “Communication: lack of”/)).toBeInTheDocument();
    expect(within(form).getByLabelText('Service area')).toHaveValue('SOCIAL_CARE');
    await user.type(within(form).getByLabelText('Issue identified'), 'Calls not returned');
    await user.type(within(form).getByLabelText('Action needed'), 'Return calls within 2 working days');
    await user.type(within(form).getByLabelText('By whom'), 'Duty team');
    await user.click(within(form).getByRole('button', { name: 'Save what was learned' }));

    await waitFor(() =>
      expect(sent).toEqual([
        {
          contactId: '51',
          input: {
            kind: 'NEW_ACTION',
            note: null,
            newAction: {
              issueIdentified: 'Calls not returned',
              actionNeeded: 'Return calls within 2 working days',
              byWhom: 'Duty team',
              serviceArea: 'SOCIAL_CARE',
              dueDate: null,
              issues: ['COMMUNICATION_LACK_OF'],
            },
          },
        },
      ]),
    );
    expect(onRecorded).toHaveBeenCalledWith('What was learned has been recorded');
    const section = await screen.findByRole('region', { name: 'What was learned' });
    await waitFor(() => expect(within(section).getByText('Learning action', { selector: 'dt' }).nextElementSibling).toHaveTextContent('Calls not returned (Open, 2009/10, by Duty team).'));
    expect(within(section).getByRole('link', { name: 'See it in the tracker' })).toHaveAttribute('href', '/actions?owner=Duty%20team');
    expect(within(section).getByRole('button', { name: 'Change what was learned' })).toBeInTheDocument();
  });

  it('adds the complaint to an open action chosen from the tracker', async () => {
    const sent: Record<string, unknown>[] = [];
    show(complaint, {
      ContactLearningOutcome: { data: { contact: answer(null) } },
      OpenLearningActions: { data: { learningActions: [{ id: '4', issueIdentified: 'Generic issues', financialYear: '2009/10', byWhom: 'Service Manager' }] } },
      RecordLearningOutcome: (variables) => {
        sent.push(variables);
        return { data: { recordLearningOutcome: answer({ ...newActionAnswer, kind: 'EXISTING_ACTION' }) } };
      },
    });
    const user = userEvent.setup();
    const form = await screen.findByRole('form', { name: 'What was learned from this complaint' });
    await user.click(within(form).getByLabelText('A learning action already in the tracker'));
    await user.click(within(form).getByRole('button', { name: 'Save what was learned' }));
    expect(await within(form).findByRole('alert')).toHaveTextContent('Choose the learning action this complaint adds to');
    await user.selectOptions(within(form).getByLabelText('Learning action'), '4');
    await user.type(within(form).getByLabelText('Anything to add (optional)'), 'Same as the others');
    await user.click(within(form).getByRole('button', { name: 'Save what was learned' }));
    await waitFor(() => expect(sent).toEqual([{ contactId: '51', input: { kind: 'EXISTING_ACTION', actionId: '4', note: 'Same as the others' } }]));
  });

  it('shows the answer recorded, and lets an officer change it', async () => {
    show(complaint, { ContactLearningOutcome: { data: { contact: answer({ ...newActionAnswer, kind: 'NONE', learningAction: null, note: 'Explained the decision' }) } } });
    const section = await screen.findByRole('region', { name: 'What was learned' });
    expect(within(section).getByText('What was learned', { selector: 'dt' }).nextElementSibling).toHaveTextContent('Nothing to learn from this complaint');
    expect(within(section).getByText('Note', { selector: 'dt' }).nextElementSibling).toHaveTextContent('Explained the decision');
    expect(within(section).getByText('Recorded', { selector: 'dt' }).nextElementSibling).toHaveTextContent('Demo complaints officer, 12 June 2025 at 14:32');
    await userEvent.setup().click(within(section).getByRole('button', { name: 'Change what was learned' }));
    expect(within(section).getByRole('group', { name: /Your answer replaces the one recorded/ })).toBeInTheDocument();
  });
});
