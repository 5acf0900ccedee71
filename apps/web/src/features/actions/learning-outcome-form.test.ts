import { graphqlError } from '../../test/render';
import { newOutcomeForm, outcomeErrorsFromApi, outcomeInput, validateOutcomeForm, type ClosureContact } from './learning-outcome-form';

const contact: ClosureContact = {
  id: '51',
  responseSentDate: '2010-01-20',
  recordType: { group: 'FORMAL_COMPLAINT' },
  serviceAreas: [{ code: 'SOCIAL_CARE', name: 'Safeguarding: Social Care' }],
  issues: [{ code: 'COMMUNICATION_LACK_OF', name: 'Communication: lack of' }],
};

describe('the "what was learned?" form', () => {
  it('starts blank, a new action in the complaint’s primary service area', () => {
    expect(newOutcomeForm(contact)).toMatchObject({ kind: '', serviceArea: 'SOCIAL_CARE' });
  });

  it('asks for a choice, and for what each choice needs', () => {
    const blank = newOutcomeForm(contact);
    expect(validateOutcomeForm(blank, contact)).toEqual({ kind: 'Choose what was learned from this complaint' });
    expect(validateOutcomeForm({ ...blank, kind: 'EXISTING_ACTION' }, contact)).toEqual({ actionId: 'Choose the learning action this complaint adds to' });
    expect(validateOutcomeForm({ ...blank, kind: 'NEW_ACTION', dueDate: '2009-03-31' }, contact)).toEqual({
      issueIdentified: 'Enter the issue identified',
      actionNeeded: 'Enter the action needed',
      byWhom: 'Enter who will carry out the action',
      dueDate: 'Due date must be on or after the start of 2009/10',
    });
    expect(validateOutcomeForm({ ...blank, kind: 'NONE', note: 'x'.repeat(2001) }, contact)).toEqual({ note: 'Anything to add must be 2,000 characters or fewer' });
  });

  it('sends each kind with its own part, a new action answering the primary issue', () => {
    const blank = newOutcomeForm(contact);
    expect(outcomeInput({ ...blank, kind: 'NONE', note: '  ' }, contact)).toEqual({ kind: 'NONE', note: null });
    expect(outcomeInput({ ...blank, kind: 'EXISTING_ACTION', actionId: '4', note: 'Same issue' }, contact)).toEqual({ kind: 'EXISTING_ACTION', actionId: '4', note: 'Same issue' });
    expect(
      outcomeInput({ ...blank, kind: 'NEW_ACTION', issueIdentified: ' Calls not returned ', actionNeeded: 'Return calls in 2 days', byWhom: 'Team', dueDate: '' }, contact),
    ).toEqual({
      kind: 'NEW_ACTION',
      note: null,
      newAction: { issueIdentified: 'Calls not returned', actionNeeded: 'Return calls in 2 days', byWhom: 'Team', serviceArea: 'SOCIAL_CARE', dueDate: null, issues: ['COMMUNICATION_LACK_OF'] },
    });
  });

  it('puts the API’s refusals beside their fields, a new action’s under its own names', () => {
    const error = graphqlError('Invalid learning outcome', {
      code: 'BAD_USER_INPUT',
      field: 'newAction.byWhom',
      problems: [
        { field: 'newAction.byWhom', message: 'must not be empty' },
        { field: 'contactId', message: 'has no response recorded yet: what was learned is recorded with the response' },
      ],
    });
    expect(outcomeErrorsFromApi(error)).toEqual({
      byWhom: 'By whom must not be empty',
      form: 'This complaint has no response recorded yet: what was learned is recorded with the response',
    });
  });
});
