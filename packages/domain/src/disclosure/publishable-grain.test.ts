import { isPublishableGrain } from './publishable-grain';

describe('periods that may be published', () => {
  it('allows a month or longer', () => {
    for (const grain of ['MONTH', 'QUARTER', 'FINANCIAL_YEAR', 'YEAR']) expect(isPublishableGrain(grain)).toBe(true);
  });

  it('refuses periods shorter than a month and anything unknown', () => {
    for (const grain of ['DAY', 'WEEK', 'HOUR', '', 'month', 'MONTH ']) expect(isPublishableGrain(grain)).toBe(false);
    expect(isPublishableGrain(undefined as unknown as string)).toBe(false);
  });
});
