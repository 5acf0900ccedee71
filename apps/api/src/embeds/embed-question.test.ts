import { endOfLastCompleteMonth, publishedQuestion } from './embed-question';

const TODAY = '2010-11-26';

describe('publishedQuestion: what an embed may publish', () => {
  it('publishes a past financial year as saved', () => {
    const input = { financialYear: '2009/10', groupBy: 'CHANNEL' as const };
    expect(publishedQuestion(input, TODAY)).toEqual({ ok: true, input });
  });

  it('publishes whole months given as dates', () => {
    const input = { from: '2009-05-01', to: '2010-02-28', granularity: 'QUARTER' as const };
    expect(publishedQuestion(input, TODAY)).toEqual({ ok: true, input });
  });

  it('refuses part of a month: a day labelled as its month would publish that day', () => {
    for (const [from, to] of [
      ['2010-03-15', '2010-03-15'],
      ['2010-03-02', '2010-03-31'],
      ['2010-03-01', '2010-03-30'],
      ['2009-04-01', '2010-02-27'],
    ]) {
      expect(publishedQuestion({ from, to }, TODAY)).toEqual({ ok: false, problem: expect.stringContaining('part of a month') });
    }
  });

  it('cuts the month in progress off, so a reader cannot take one day from the next', () => {
    expect(endOfLastCompleteMonth('2010-11-26')).toBe('2010-10-31');
    expect(endOfLastCompleteMonth('2011-03-01')).toBe('2011-02-28');
    expect(endOfLastCompleteMonth('2011-01-31')).toBe('2010-12-31');
    expect(publishedQuestion({ financialYear: '2010/11', granularity: 'MONTH' }, TODAY)).toEqual({
      ok: true,
      input: { financialYear: null, from: '2010-04-01', to: '2010-10-31', granularity: 'MONTH' },
    });
    // On the first of the month, last month is complete and shown.
    expect(publishedQuestion({ financialYear: '2010/11' }, '2010-12-01')).toMatchObject({ ok: true, input: { to: '2010-11-30' } });
  });

  it('refuses a chart with no complete month yet', () => {
    expect(publishedQuestion({ from: '2010-11-01', to: '2010-11-30' }, TODAY)).toEqual({ ok: false, problem: expect.stringContaining('no complete month yet') });
    expect(publishedQuestion({ financialYear: '2011/12' }, TODAY)).toEqual({ ok: false, problem: expect.stringContaining('no complete month yet') });
  });

  it('refuses a comparison that overlaps its own range (a month in both tables), and allows twelve months', () => {
    expect(publishedQuestion({ from: '2008-04-01', to: '2010-03-31', compareWith: 'PREVIOUS_YEAR' }, TODAY)).toEqual({
      ok: false,
      problem: expect.stringContaining('overlaps'),
    });
    expect(publishedQuestion({ from: '2009-03-01', to: '2010-03-31', compareWith: 'PREVIOUS_YEAR' }, TODAY)).toMatchObject({ ok: false });
    expect(publishedQuestion({ financialYear: '2009/10', compareWith: 'PREVIOUS_YEAR' }, TODAY)).toMatchObject({ ok: true });
    // Cut at last month, the comparison is cut alike and still does not overlap.
    expect(publishedQuestion({ financialYear: '2010/11', compareWith: 'PREVIOUS_YEAR' }, TODAY)).toMatchObject({ ok: true, input: { to: '2010-10-31' } });
  });

  it('refuses a question without a usable range', () => {
    expect(publishedQuestion({ from: '2010-03-01' }, TODAY)).toMatchObject({ ok: false });
  });
});
