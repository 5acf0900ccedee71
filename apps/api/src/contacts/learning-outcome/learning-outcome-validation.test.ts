import type { FieldProblem } from '../../graphql/errors';
import { checkOutcomeShape, notAskedProblem, numericId, type OutcomeShape } from './learning-outcome-validation';

function check(input: OutcomeShape): { note: string | null; problems: FieldProblem[] } {
  const problems: FieldProblem[] = [];
  return { note: checkOutcomeShape(input, problems), problems };
}

describe('an answer to "what was learned?"', () => {
  it('takes nothing to learn, with an optional note, trimmed', () => {
    expect(check({ kind: 'NONE' })).toEqual({ note: null, problems: [] });
    expect(check({ kind: 'NONE', note: '  Explained the policy  ' })).toEqual({ note: 'Explained the policy', problems: [] });
  });

  it('takes an existing action by id, and a new action', () => {
    expect(check({ kind: 'EXISTING_ACTION', actionId: '4' }).problems).toEqual([]);
    expect(check({ kind: 'NEW_ACTION', newAction: { issueIdentified: 'x' } }).problems).toEqual([]);
  });

  it.each([
    ['an existing action without its id', { kind: 'EXISTING_ACTION' }, 'actionId', 'name the learning action'],
    ['a new action without the action', { kind: 'NEW_ACTION', newAction: null }, 'newAction', 'give the new learning action'],
    ['nothing to learn with an action', { kind: 'NONE', actionId: '4' }, 'actionId', 'is not taken when kind is NONE'],
    ['an existing action with a new one too', { kind: 'EXISTING_ACTION', actionId: '4', newAction: {} }, 'newAction', 'is not taken when kind is EXISTING_ACTION'],
    ['a note over 2,000 characters', { kind: 'NONE', note: 'x'.repeat(2001) }, 'note', 'longer than 2000'],
  ] as const)('refuses %s, naming the field', (_case, input, field, message) => {
    const { problems } = check(input as OutcomeShape);
    expect(problems).toHaveLength(1);
    expect(problems[0].field).toBe(field);
    expect(problems[0].message).toContain(message);
  });

  it('is asked of formal complaints once their response is recorded', () => {
    expect(notAskedProblem({ recordTypeGroup: 'FORMAL_COMPLAINT', responseSentDate: '2010-01-04' })).toBeNull();
    expect(notAskedProblem({ recordTypeGroup: 'FORMAL_COMPLAINT', responseSentDate: null })).toEqual({
      field: 'contactId',
      message: 'has no response recorded yet: what was learned is recorded with the response',
    });
    expect(notAskedProblem({ recordTypeGroup: 'ENQUIRY', responseSentDate: '2010-01-04' })?.message).toContain('is not a formal complaint');
  });

  it('reads ids', () => {
    expect(numericId('12')).toBe(12);
    expect(numericId('0')).toBeNull();
    expect(numericId('x')).toBeNull();
    expect(numericId(null)).toBeNull();
  });
});
