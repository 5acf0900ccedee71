import { graphqlError } from '../../test/render';
import { CombinedError } from 'urql';
import {
  actionErrorsFromApi,
  changedFields,
  createInput,
  formOf,
  isDirty,
  issuesInCategory,
  newActionForm,
  updateInput,
  validateActionForm,
  validateNewActionForm,
  valuesFromForm,
  valuesOf,
} from './action-form';
import { action } from './action-fixtures';

const context = { financialYear: '2009/10', serviceAreaRequired: false };

describe('action form', () => {
  it('round-trips an action through the form', () => {
    const values = valuesOf(action({ count: 9, issueCategory: { code: 'STAFFING', name: 'Staffing' } }));
    const form = formOf(values);
    expect(form).toMatchObject({ count: '9', issueCategory: 'STAFFING', furtherAction: '', dueDate: '2010-12-31' });
    expect(valuesFromForm(form)).toEqual(values);
  });

  it('sends the issues as a whole set, only when the set changed, and keeps only those of the chosen category', () => {
    const base = valuesOf(action({ issues: [{ code: 'A', name: 'A' }, { code: 'B', name: 'B' }] }));
    expect(base.issues).toEqual(['A', 'B']);
    expect(updateInput(base, { ...base, issues: ['B', 'A'] })).toEqual({});
    expect(updateInput(base, { ...base, issues: ['A'] })).toEqual({ issues: ['A'] });
    expect(updateInput(base, { ...base, issues: ['A'] }, { ...base, issues: ['A'] })).toEqual({});
    const start = formOf(base);
    expect(isDirty(start, { ...start, issues: ['B', 'A'] })).toBe(false);
    expect(isDirty(start, { ...start, issues: [] })).toBe(true);
    expect(createInput({ ...newActionForm('2010/11'), issues: ['A'] }).issues).toEqual(['A']);
    expect(createInput(newActionForm('2010/11'))).not.toHaveProperty('issues');
    const categories = [{ code: 'X', issues: [{ code: 'A' }] }, { code: 'Y', issues: [{ code: 'B' }] }];
    expect(issuesInCategory(['A', 'B'], 'Y', categories)).toEqual(['B']);
    expect(issuesInCategory(['A', 'B'], '', categories)).toEqual([]);
  });

  it('trims text and turns blanks into null', () => {
    const form = { ...formOf(valuesOf(action())), byWhom: '  Team A ', furtherAction: '   ', dueDate: '', count: ' 4 ' };
    expect(valuesFromForm(form)).toMatchObject({ byWhom: 'Team A', furtherAction: null, dueDate: null, count: 4 });
  });

  it('asks for the required fields, in the order they appear', () => {
    const form = { ...formOf(valuesOf(action())), issueIdentified: ' ', actionNeeded: '', byWhom: '' };
    const errors = validateActionForm(form, context);
    expect(errors).toEqual({
      issueIdentified: 'Enter the issue identified',
      actionNeeded: 'Enter the action needed',
      byWhom: 'Enter who will carry out the action',
    });
    expect(Object.keys(errors)).toEqual(['issueIdentified', 'actionNeeded', 'byWhom']);
  });

  it('checks lengths, the count and the due date against the financial year', () => {
    const form = {
      ...formOf(valuesOf(action())),
      byWhom: 'x'.repeat(201),
      count: '-2',
      dueDate: '2009-03-31',
    };
    expect(validateActionForm(form, context)).toEqual({
      count: 'Number of complaints must be a whole number, 0 or more',
      byWhom: 'By whom must be 200 characters or fewer',
      dueDate: 'Due date must be on or after 1 April 2009, the start of 2009/10',
    });
    expect(validateActionForm({ ...form, byWhom: 'ok', count: '', dueDate: '2010-02-30' }, context)).toEqual({
      dueDate: 'Due date must be a real date, for example 31 March 2011',
    });
  });

  it('makes service managers choose one of their areas', () => {
    const form = { ...formOf(valuesOf(action())), serviceArea: '' };
    expect(validateActionForm(form, { ...context, serviceAreaRequired: true })).toEqual({ serviceArea: 'Choose one of your service areas' });
  });

  it('checks the new action’s financial year', () => {
    const form = { ...newActionForm('2010/11'), issueIdentified: 'Late replies', actionNeeded: 'Train staff', byWhom: 'Team' };
    expect(validateNewActionForm(form, false)).toEqual({});
    expect(validateNewActionForm({ ...form, financialYear: '2010/12' }, false)).toEqual({
      financialYear: 'Financial year must be two years in a row, like 2010/11',
    });
    expect(validateNewActionForm({ ...form, financialYear: '2010/11', dueDate: '2010-01-01' }, false)).toEqual({
      dueDate: 'Due date must be on or after 1 April 2010, the start of 2010/11',
    });
  });

  it('sends only the fields changed, with null to clear one', () => {
    const base = valuesOf(action({ furtherAction: 'Review in spring' }));
    const draft = { ...base, byWhom: 'Team B', furtherAction: null };
    expect(changedFields(base, draft)).toEqual(['byWhom', 'furtherAction']);
    expect(updateInput(base, draft)).toEqual({ byWhom: 'Team B', furtherAction: null });
    expect(updateInput(base, base)).toEqual({});
  });

  it('after a conflict, leaves out changes the stored version already has', () => {
    const base = valuesOf(action());
    const mine = { ...base, byWhom: 'Team B', status: 'COMPLETED' as const };
    const theirs = { ...base, byWhom: 'Team B', actionNeeded: 'Their wording' };
    expect(updateInput(base, mine, theirs)).toEqual({ status: 'COMPLETED' });
  });

  it('knows when the form has been changed', () => {
    const start = formOf(valuesOf(action()));
    expect(isDirty(start, { ...start })).toBe(false);
    expect(isDirty(start, { ...start, dueDate: '' })).toBe(true);
  });

  it('creates with only what was filled in', () => {
    const form = { ...newActionForm('2010/11', 'SOCIAL_CARE'), issueIdentified: ' Late replies ', actionNeeded: 'Train staff', byWhom: 'Team' };
    expect(createInput(form)).toEqual({
      financialYear: '2010/11',
      issueIdentified: 'Late replies',
      actionNeeded: 'Train staff',
      byWhom: 'Team',
      status: 'OPEN',
      serviceArea: 'SOCIAL_CARE',
    });
  });

  describe("the API's refusals", () => {
    it('puts each BAD_USER_INPUT problem next to the field it names', () => {
      const error = graphqlError('Invalid learning action: byWhom: must not be empty; dueDate: 2009-01-01 is before the start of 2009/10 (2009-04-01)', {
        code: 'BAD_USER_INPUT',
        field: 'byWhom',
        problems: [
          { field: 'byWhom', message: 'must not be empty' },
          { field: 'dueDate', message: '2009-01-01 is before the start of 2009/10 (2009-04-01)' },
        ],
      });
      expect(actionErrorsFromApi(error)).toEqual({
        byWhom: 'By whom must not be empty',
        dueDate: 'Due date: 2009-01-01 is before the start of 2009/10 (2009-04-01)',
      });
    });

    it('uses extensions.field when there is no problem list, and the form for other fields', () => {
      expect(actionErrorsFromApi(graphqlError('Invalid: status: the action is already COMPLETED', { code: 'BAD_USER_INPUT', field: 'status' }))).toEqual({
        status: 'Status: Invalid: status: the action is already COMPLETED',
      });
      const input = graphqlError('Invalid learning action: input: names no field to change', {
        code: 'BAD_USER_INPUT',
        field: 'input',
        problems: [{ field: 'input', message: 'names no field to change' }],
      });
      expect(actionErrorsFromApi(input)).toEqual({ form: 'names no field to change' });
    });

    it('shows FORBIDDEN in the API’s words and explains a lost connection', () => {
      const forbidden = graphqlError('Service managers may only change learning actions of their own service areas.', { code: 'FORBIDDEN' });
      expect(actionErrorsFromApi(forbidden)).toEqual({ form: 'Service managers may only change learning actions of their own service areas.' });
      const offline = new CombinedError({ networkError: new Error('Failed to fetch') });
      expect(actionErrorsFromApi(offline).form).toMatch(/could not reach its server/);
    });
  });
});
