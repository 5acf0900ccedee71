import { CombinedError } from 'urql';
import { graphqlError } from '../../test/render';
import { errorsFromApi, hasErrors, noErrors, problemSentence, summaryItems } from './form-errors';

const options = {
  fields: { receivedDate: 'Date received', serviceAreas: 'Service areas', sentDate: 'Date sent' },
  subject: 'This contact',
  action: 'The contact was not recorded',
};

describe('form errors', () => {
  it('starts empty', () => {
    expect(hasErrors(noErrors())).toBe(false);
    expect(hasErrors({ fields: { a: 'x' }, form: [] })).toBe(true);
    expect(hasErrors({ fields: {}, form: ['x'] })).toBe(true);
  });

  it('lists form-wide messages first, then fields in form order, linked to their ids', () => {
    const items = summaryItems({ fields: { b: 'B is wrong', a: 'A is wrong' }, form: ['Nothing saved'] }, ['a', 'b'], (f) => `field-${f}`);
    expect(items).toEqual([
      { message: 'Nothing saved' },
      { fieldId: 'field-a', message: 'A is wrong' },
      { fieldId: 'field-b', message: 'B is wrong' },
    ]);
  });

  it("turns the API's terse problems into sentences", () => {
    expect(problemSentence('is required', 'Date received')).toBe('Date received is required');
    expect(problemSentence("unknown service area 'NOPE'", 'Service areas')).toBe("Unknown service area 'NOPE'");
    expect(problemSentence('2010-01-01 is before the received date 2010-01-11', 'Date sent')).toBe(
      '1 January 2010 is before the received date 11 January 2010',
    );
    expect(problemSentence('was already acknowledged on 2010-01-14', 'This contact')).toBe(
      'This contact was already acknowledged on 14 January 2010',
    );
  });

  it('puts each BAD_USER_INPUT problem beside the field it names, and the rest above the form', () => {
    const error = graphqlError('Invalid contact: …', {
      code: 'BAD_USER_INPUT',
      field: 'serviceAreas',
      problems: [
        { field: 'serviceAreas', message: "unknown service area 'NOPE'" },
        { field: 'serviceAreas', message: "service area 'X' is named twice" },
        { field: 'receivedDate', message: '2030-01-01 is in the future' },
        { field: 'id', message: 'was already acknowledged on 2010-01-14' },
      ],
    });
    expect(errorsFromApi(error, options)).toEqual({
      fields: { serviceAreas: "Unknown service area 'NOPE'", receivedDate: '1 January 2030 is in the future' },
      form: ['This contact was already acknowledged on 14 January 2010'],
    });
  });

  it('uses extensions.field when there is no problems list', () => {
    const error = graphqlError('is required', { code: 'BAD_USER_INPUT', field: 'receivedDate' });
    expect(errorsFromApi(error, options).fields).toEqual({ receivedDate: 'Date received is required' });
  });

  it('explains refusals that are not about the input', () => {
    expect(errorsFromApi(graphqlError('Your role may not do Mutation.createContact.', { code: 'FORBIDDEN' }), options).form).toEqual([
      'The contact was not recorded because your role does not allow it',
    ]);
    expect(errorsFromApi(new CombinedError({ networkError: new Error('Failed to fetch') }), options).form[0]).toMatch(
      /could not reach its server/,
    );
    expect(errorsFromApi(graphqlError('boom', { code: 'INTERNAL_SERVER_ERROR' }), options).form[0]).toMatch(/Try again/);
  });
});
