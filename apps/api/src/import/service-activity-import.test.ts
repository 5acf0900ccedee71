import { readServiceActivityCsv, wholeNumberCell } from './service-activity-import';

const csv = (text: string) => new TextEncoder().encode(text);

describe('readServiceActivityCsv', () => {
  it('reads one row a year, headings as a spreadsheet writes them, counts with thousands separators', () => {
    const read = readServiceActivityCsv(csv('\uFEFFFinancial year,Referrals,Initial assessments,Looked after children\r\n2009/10,"2,600",1200,430\r\n\r\n2008/09,2400,1100,410\r\n'));
    expect(read).toEqual({
      ok: true,
      rows: [
        { financialYear: '2009/10', referrals: 2600, initialAssessments: 1200, lookedAfterChildren: 430 },
        { financialYear: '2008/09', referrals: 2400, initialAssessments: 1100, lookedAfterChildren: 410 },
      ],
    });
  });

  it('lists every problem with its line and column', () => {
    const read = readServiceActivityCsv(csv('financial_year,referrals,initial_assessments,looked_after_children\n2009/10,10,-3,4\n2009-10,x,1,\n2009/10,1,1,1\n'));
    expect(read).toEqual({
      ok: false,
      rows: 3,
      problems: [
        { line: 2, row: 2, field: 'initial_assessments', message: "must be a whole number of 0 or more, not '-3'" },
        { line: 3, row: 3, field: 'financial_year', message: "'2009-10' is not a financial year such as 2009/10" },
        { line: 3, row: 3, field: 'referrals', message: "must be a whole number of 0 or more, not 'x'" },
        { line: 3, row: 3, field: 'looked_after_children', message: "must be a whole number of 0 or more, not ''" },
        { line: 4, row: 4, field: 'financial_year', message: '2009/10 is already on line 2' },
      ],
    });
  });

  it('refuses a header with unknown or missing columns, and an empty file', () => {
    const read = readServiceActivityCsv(csv('year,referrals,initial_assessments\n2009/10,1,2\n'));
    expect(!read.ok && read.problems.map((p) => [p.line, p.field])).toEqual([
      [1, 'year'],
      [1, 'financial_year'],
      [1, 'looked_after_children'],
    ]);
    expect(readServiceActivityCsv(csv('')).ok).toBe(false);
  });

  it('refuses a file that is not UTF-8', () => {
    const read = readServiceActivityCsv(new Uint8Array([0x66, 0xff, 0x0a]));
    expect(!read.ok && read.problems[0].message).toContain('not UTF-8');
  });
});

describe('wholeNumberCell', () => {
  it.each([
    ['12', 12],
    [' 1,234 ', 1234],
    ['0', 0],
  ])('%s → %d', (cell, n) => expect(wholeNumberCell(cell)).toBe(n));
  it.each(['-1', '1.5', '1,23', '', '1e3'])('%s is not a whole number', (cell) => expect(wholeNumberCell(cell)).toBeNaN());
});
