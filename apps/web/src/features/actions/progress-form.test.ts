import { graphqlError } from '../../test/render';
import { noteError, noteErrorsFromApi } from './progress-form';

describe('progress and closing-note fields', () => {
  it('asks for the text where it is required, and keeps to 2,000 characters', () => {
    expect(noteError('Closing note', '  ', 'Enter a closing note')).toBe('Enter a closing note');
    expect(noteError('Closing note', 'Done', 'Enter a closing note')).toBeUndefined();
    expect(noteError('Reason', '', null)).toBeUndefined();
    expect(noteError('Progress', 'x'.repeat(2001), 'Enter the progress made')).toBe('Progress must be 2,000 characters or fewer');
  });

  it('puts the API’s refusal of the field beside it, and anything else above the form', () => {
    const refused = graphqlError('Invalid closing note: closingNote: must not be empty', {
      code: 'BAD_USER_INPUT',
      field: 'closingNote',
      problems: [{ field: 'closingNote', message: 'must not be empty' }],
    });
    expect(noteErrorsFromApi(refused, 'closingNote', 'Closing note')).toEqual({ field: 'Closing note must not be empty' });
    const forbidden = graphqlError('Service managers may only change learning actions of their own service areas.', { code: 'FORBIDDEN' });
    expect(noteErrorsFromApi(forbidden, 'closingNote', 'Closing note')).toEqual({ form: 'Service managers may only change learning actions of their own service areas.' });
  });
});
