/** Financial years (1 April to 31 March) as the demo plans name them. */

/** 2009 → '2009/10'. */
export function financialYearLabel(startYear: number): string {
  return `${startYear}/${String((startYear + 1) % 100).padStart(2, '0')}`;
}

/** The 12 months of the financial year starting in April of `startYear`, as 'YYYY-MM', April first. */
export function monthsOfFinancialYear(startYear: number): string[] {
  return Array.from({ length: 12 }, (_, i) => {
    const month = ((i + 3) % 12) + 1;
    return `${month >= 4 ? startYear : startYear + 1}-${String(month).padStart(2, '0')}`;
  });
}
