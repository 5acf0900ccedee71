import { isQueueFiltered, NO_QUEUE_PARAMS, parseQueueParams, queueFilterOf, queueSearch } from './queue-params';

describe("the casework queue's filters in its address", () => {
  it('read and write whose steps, what, and the order, beside the as-of date', () => {
    const params = parseQueueParams('asOf=2010-03-01&officer=ME&recordType=STATUTORY_COMPLAINT&step=STAGE_2_RESPONSE&status=OVERDUE&sort=REFERENCE');
    expect(params).toEqual({ officer: 'ME', recordType: 'STATUTORY_COMPLAINT', serviceArea: '', step: 'STAGE_2_RESPONSE', status: 'OVERDUE', sort: 'REFERENCE' });
    expect(queueSearch('2010-03-01', params)).toBe('?asOf=2010-03-01&officer=ME&recordType=STATUTORY_COMPLAINT&step=STAGE_2_RESPONSE&status=OVERDUE&sort=REFERENCE');
    expect(queueSearch(null, NO_QUEUE_PARAMS)).toBe('');
  });

  it('ignore values they do not know', () => {
    expect(parseQueueParams('step=LUNCH&status=LATE&sort=RANDOM')).toEqual(NO_QUEUE_PARAMS);
  });

  it('ask the API for mine, an officer or no one', () => {
    expect(queueFilterOf({ ...NO_QUEUE_PARAMS, officer: 'ME' })).toEqual({ mine: true });
    expect(queueFilterOf({ ...NO_QUEUE_PARAMS, officer: 'NONE', serviceArea: 'INCLUSION' })).toEqual({ unassigned: true, serviceAreas: ['INCLUSION'] });
    expect(queueFilterOf({ ...NO_QUEUE_PARAMS, officer: '7', status: 'OVERDUE' })).toEqual({ assignedTo: ['7'], statuses: ['OVERDUE'] });
    expect(isQueueFiltered({ ...NO_QUEUE_PARAMS, sort: 'REFERENCE' })).toBe(false);
    expect(isQueueFiltered({ ...NO_QUEUE_PARAMS, officer: 'ME' })).toBe(true);
  });
});
