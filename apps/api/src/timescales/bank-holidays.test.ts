import { BANK_HOLIDAY_CHANGES } from './bank-holiday-changes';
import {
  applyBankHolidayChanges,
  bankHolidays,
  easterSunday,
  isBankHoliday,
  standardBankHolidays,
} from './bank-holidays';
import { dayOfWeek } from './iso-date';

/**
 * England and Wales bank holidays as published on GOV.UK (gov.uk/bank-holidays),
 * written out by hand rather than generated, as an independent check on the
 * generator. Month-day pairs.
 */
const GOV_UK: Record<number, string> = {
  1995: '01-02 04-14 04-17 05-08 05-29 08-28 12-25 12-26',
  1999: '01-01 04-02 04-05 05-03 05-31 08-30 12-27 12-28 12-31',
  2002: '01-01 03-29 04-01 05-06 06-03 06-04 08-26 12-25 12-26',
  2008: '01-01 03-21 03-24 05-05 05-26 08-25 12-25 12-26',
  2009: '01-01 04-10 04-13 05-04 05-25 08-31 12-25 12-28',
  2010: '01-01 04-02 04-05 05-03 05-31 08-30 12-27 12-28',
  2011: '01-03 04-22 04-25 04-29 05-02 05-30 08-29 12-26 12-27',
  2012: '01-02 04-06 04-09 05-07 06-04 06-05 08-27 12-25 12-26',
  2013: '01-01 03-29 04-01 05-06 05-27 08-26 12-25 12-26',
  2014: '01-01 04-18 04-21 05-05 05-26 08-25 12-25 12-26',
  2015: '01-01 04-03 04-06 05-04 05-25 08-31 12-25 12-28',
  2016: '01-01 03-25 03-28 05-02 05-30 08-29 12-26 12-27',
  2017: '01-02 04-14 04-17 05-01 05-29 08-28 12-25 12-26',
  2018: '01-01 03-30 04-02 05-07 05-28 08-27 12-25 12-26',
  2019: '01-01 04-19 04-22 05-06 05-27 08-26 12-25 12-26',
  2020: '01-01 04-10 04-13 05-08 05-25 08-31 12-25 12-28',
  2021: '01-01 04-02 04-05 05-03 05-31 08-30 12-27 12-28',
  2022: '01-03 04-15 04-18 05-02 06-02 06-03 08-29 09-19 12-26 12-27',
  2023: '01-02 04-07 04-10 05-01 05-08 05-29 08-28 12-25 12-26',
  2024: '01-01 03-29 04-01 05-06 05-27 08-26 12-25 12-26',
  2025: '01-01 04-18 04-21 05-05 05-26 08-25 12-25 12-26',
  2026: '01-01 04-03 04-06 05-04 05-25 08-31 12-25 12-28',
  2027: '01-01 03-26 03-29 05-03 05-31 08-30 12-27 12-28',
};

const datesOf = (year: number) => bankHolidays(year).map((h) => h.date);

describe('easterSunday', () => {
  it.each([
    [1818, '1818-03-22'], // earliest possible
    [2285, '2285-03-22'],
    [1943, '1943-04-25'], // latest possible
    [2038, '2038-04-25'],
    [1961, '1961-04-02'],
    [2000, '2000-04-23'],
    [2008, '2008-03-23'],
    [2009, '2009-04-12'],
    [2010, '2010-04-04'],
    [2011, '2011-04-24'],
    [2019, '2019-04-21'],
    [2024, '2024-03-31'],
    [2026, '2026-04-05'],
    [2027, '2027-03-28'],
  ])('%i: %s', (year, expected) => {
    expect(easterSunday(year)).toBe(expected);
  });

  // Oudin's algorithm (as given by Tøndering) is a different derivation of the
  // same Gregorian computus, so agreement over 2,500 years is a strong check.
  function oudin(year: number): string {
    const g = year % 19;
    const c = Math.floor(year / 100);
    const h = (c - Math.floor(c / 4) - Math.floor((8 * c + 13) / 25) + 19 * g + 15) % 30;
    const i = h - Math.floor(h / 28) * (1 - Math.floor(29 / (h + 1)) * Math.floor((21 - g) / 11));
    const j = (year + Math.floor(year / 4) + i + 2 - c + Math.floor(c / 4)) % 7;
    const l = i - j;
    const month = 3 + Math.floor((l + 40) / 44);
    const day = l + 28 - 31 * Math.floor(month / 4);
    return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  }

  it('agrees with an independent computus for 1583-4099', () => {
    for (let year = 1583; year <= 4099; year++) {
      const easter = easterSunday(year);
      expect(easter).toBe(oudin(year));
      expect(dayOfWeek(easter)).toBe(0);
    }
  });

  it('rejects a year that is not a whole number in range', () => {
    expect(() => easterSunday(2009.5)).toThrow('year must be a whole number: 2009.5');
    expect(() => easterSunday(10000)).toThrow(RangeError);
  });
});

describe('bankHolidays', () => {
  it.each(Object.entries(GOV_UK).map(([year, dates]) => [Number(year), dates]))(
    '%i matches the GOV.UK list',
    (year, dates) => {
      expect(datesOf(year as number)).toEqual((dates as string).split(' ').map((md) => `${year}-${md}`));
    },
  );

  it('covers every year 2008-2027 in the GOV.UK fixture', () => {
    for (let year = 2008; year <= 2027; year++) expect(GOV_UK[year]).toBeDefined();
  });

  it('names substitute days', () => {
    expect(bankHolidays(2010).slice(-2)).toEqual([
      { date: '2010-12-27', name: 'Christmas Day (substitute day)' },
      { date: '2010-12-28', name: 'Boxing Day (substitute day)' },
    ]);
    expect(bankHolidays(2016).slice(-2)).toEqual([
      { date: '2016-12-26', name: 'Boxing Day' },
      { date: '2016-12-27', name: 'Christmas Day (substitute day)' },
    ]);
    expect(bankHolidays(2015).slice(-1)).toEqual([{ date: '2015-12-28', name: 'Boxing Day (substitute day)' }]);
    expect(bankHolidays(2011)[0]).toEqual({ date: '2011-01-03', name: 'New Year’s Day (substitute day)' });
    expect(bankHolidays(2022)[0]).toEqual({ date: '2022-01-03', name: 'New Year’s Day (substitute day)' });
    expect(bankHolidays(2017)[0]).toEqual({ date: '2017-01-02', name: 'New Year’s Day (substitute day)' });
  });

  it.each([
    ['2010-12-27', true],
    ['2010-12-28', true],
    ['2011-01-03', true],
    ['2015-12-28', true],
    ['2016-12-26', true],
    ['2016-12-27', true],
    ['2021-12-27', true],
    ['2021-12-28', true],
    ['2022-01-03', true],
    ['2022-09-19', true],
    ['2022-05-30', false], // the usual spring holiday, moved to 2 June
    ['2012-05-28', false],
    ['2020-05-04', false],
    ['2009-12-24', false],
    ['2009-12-29', false],
    ['2010-12-25', false], // Christmas Day on a Saturday: the holiday is the Monday
  ])('isBankHoliday(%s) is %p', (date, expected) => {
    expect(isBankHoliday(date)).toBe(expected);
  });

  it('only ever lists weekdays, 8 or more a year, in order (1900-2300)', () => {
    for (let year = 1900; year <= 2300; year++) {
      const dates = datesOf(year);
      expect(dates.length).toBeGreaterThanOrEqual(8);
      expect([...dates].sort()).toEqual(dates);
      expect(new Set(dates).size).toBe(dates.length);
      for (const date of dates) {
        expect(date.startsWith(String(year))).toBe(true);
        expect([1, 2, 3, 4, 5]).toContain(dayOfWeek(date));
      }
    }
  });

  it('caches each year', () => {
    expect(bankHolidays(2009)).toBe(bankHolidays(2009));
    expect(Object.isFrozen(bankHolidays(2009))).toBe(true);
  });

  it('validates input', () => {
    expect(() => isBankHoliday('2009-02-30')).toThrow("'2009-02-30'");
    expect(() => bankHolidays(NaN)).toThrow('year must be a whole number: NaN');
  });
});

describe('one-off changes', () => {
  it('each entry applies cleanly to its year', () => {
    for (const change of BANK_HOLIDAY_CHANGES) {
      const dates = datesOf(change.year);
      for (const added of change.adds) expect(dates).toContain(added.date);
      for (const removed of change.removes) expect(dates).not.toContain(removed);
    }
  });

  it('leaves other years on the standard pattern', () => {
    const changed = new Set(BANK_HOLIDAY_CHANGES.map((c) => c.year));
    for (let year = 1990; year <= 2030; year++) {
      if (!changed.has(year)) expect(bankHolidays(year)).toEqual(standardBankHolidays(year));
    }
  });

  it('refuses a change that does not fit the year', () => {
    const standard = standardBankHolidays(2009);
    const change = (removes: string[], adds: string[]) => [
      { year: 2009, reason: 'test', removes, adds: adds.map((date) => ({ date, name: 'Extra' })) },
    ];
    expect(() => applyBankHolidayChanges(2009, standard, change(['2009-05-05'], []))).toThrow(
      "Bank holiday change 'test' removes 2009-05-05, which is not a bank holiday",
    );
    expect(() => applyBankHolidayChanges(2009, standard, change([], ['2009-05-04']))).toThrow(
      'adds 2009-05-04, which is already a bank holiday',
    );
    expect(() => applyBankHolidayChanges(2009, standard, change([], ['2010-05-04']))).toThrow(
      'adds 2010-05-04, which is not in 2009',
    );
    expect(() => applyBankHolidayChanges(2009, standard, change([], ['2009-02-30']))).toThrow("'2009-02-30'");
  });
});
