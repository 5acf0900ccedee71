import { fieldOfVariableError } from './errors';

describe('fieldOfVariableError', () => {
  it('names the field of an input value GraphQL refused, without the variable or list index', () => {
    expect(
      fieldOfVariableError('Variable "$input" got invalid value "UPHELDD" at "input.filter.outcomes[0]"; Value "UPHELDD" does not exist in "Outcome" enum.'),
    ).toBe('filter.outcomes');
    expect(fieldOfVariableError('Variable "$input" got invalid value "COLOUR" at "input.groupBy"; Value "COLOUR" does not exist.')).toBe('groupBy');
    expect(fieldOfVariableError('Variable "$id" got invalid value "x" at "id"; Int cannot represent x')).toBe('id');
  });
  it('leaves other messages alone', () => {
    expect(fieldOfVariableError('Invalid trend: groupBy: nope')).toBeUndefined();
  });
});
