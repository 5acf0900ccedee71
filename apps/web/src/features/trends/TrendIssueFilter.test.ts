import { issueChoice, issueFilters } from './TrendIssueFilter';

describe('the single-issue filter', () => {
  it('reads one issue as the primary issue or any issue raised', () => {
    expect(issueChoice({})).toEqual({ issue: '', scope: 'primary' });
    expect(issueChoice({ issues: ['A'] })).toEqual({ issue: 'A', scope: 'primary' });
    expect(issueChoice({ anyIssues: ['A'] })).toEqual({ issue: 'A', scope: 'any' });
  });

  it('leaves more than one issue to the link (the picker cannot show it)', () => {
    expect(issueChoice({ issues: ['A', 'B'] })).toBeNull();
    expect(issueChoice({ issues: ['A'], anyIssues: ['B'] })).toBeNull();
  });

  it('sets one list and empties the other', () => {
    expect(issueFilters({ issue: 'A', scope: 'primary' })).toEqual({ issues: ['A'], anyIssues: [] });
    expect(issueFilters({ issue: 'A', scope: 'any' })).toEqual({ issues: [], anyIssues: ['A'] });
    expect(issueFilters({ issue: '', scope: 'any' })).toEqual({ issues: [], anyIssues: [] });
  });
});
