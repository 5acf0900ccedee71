import { formatDate, humaniseDates, workingDays } from './case-dates';

describe('case dates', () => {
  it('writes dates the GOV.UK way', () => {
    expect(formatDate('2010-01-05')).toBe('5 January 2010');
    expect(formatDate('2009-12-31')).toBe('31 December 2009');
    expect(formatDate('not a date')).toBe('not a date');
  });

  it("rewrites the API's ISO dates inside sentences", () => {
    expect(humaniseDates('Received; acknowledgement due 2010-01-14; response due 2010-01-25')).toBe(
      'Received; acknowledgement due 14 January 2010; response due 25 January 2010',
    );
    expect(humaniseDates("'2010-02-30' is not a real date")).toBe("'2010-02-30' is not a real date");
  });

  it('counts working days in words', () => {
    expect(workingDays(1)).toBe('1 working day');
    expect(workingDays(0)).toBe('0 working days');
    expect(workingDays(4651)).toBe('4,651 working days');
  });
});
