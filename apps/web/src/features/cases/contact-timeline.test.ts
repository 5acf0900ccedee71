import { timelineEntries } from './contact-timeline';

describe('contact timeline entries', () => {
  it('titles each event and gives its details in sentences, dates in words', () => {
    const entries = timelineEntries([
      { kind: 'RECEIVED', date: '2010-01-11', stage: 'STAGE_1', outcome: null, dueDate: '2010-01-14', description: 'Received; acknowledgement due 2010-01-14' },
      { kind: 'ACKNOWLEDGED', date: '2010-01-12', stage: 'STAGE_1', outcome: null, dueDate: null, description: 'Acknowledged' },
      { kind: 'EXTENDED', date: null, stage: 'STAGE_1', outcome: null, dueDate: '2010-02-08', description: 'Response timescale extended; response due 2010-02-08' },
      { kind: 'RESPONDED', date: '2010-02-01', stage: 'STAGE_1', outcome: 'NOT_UPHELD', dueDate: null, description: 'Response sent (not upheld)' },
      { kind: 'ESCALATED', date: '2010-02-10', stage: 'STAGE_2', outcome: null, dueDate: '2010-03-17', description: 'Stage 2 requested; response due 2010-03-17 (extended)' },
      { kind: 'ESCALATION_RESPONDED', date: '2010-03-10', stage: 'STAGE_2', outcome: 'UPHELD', dueDate: null, description: 'Stage 2 response sent (upheld)' },
      { kind: 'WITHDRAWN', date: '2010-03-12', stage: 'STAGE_2', outcome: 'WITHDRAWN', dueDate: null, description: 'Withdrawn by the complainant' },
    ]);
    expect(entries.map(({ title, dateText, details }) => [title, dateText, details])).toEqual([
      ['Received', '11 January 2010', ['Acknowledgement due 14 January 2010']],
      ['Acknowledged', '12 January 2010', []],
      ['Response timescale extended', 'Date not recorded', ['Response due 8 February 2010']],
      ['Response sent', '1 February 2010', ['Outcome: not upheld']],
      ['Stage 2 requested', '10 February 2010', ['Response due 17 March 2010 (extended)']],
      ['Stage 2 response sent', '10 March 2010', ['Outcome: upheld']],
      ['Withdrawn by the complainant', '12 March 2010', []],
    ]);
    expect(entries[2]!.date).toBeNull();
    expect(new Set(entries.map((e) => e.key)).size).toBe(entries.length);
  });
});
