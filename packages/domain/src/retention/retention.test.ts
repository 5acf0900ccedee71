import { addCalendarDays } from '../dates/iso-date';
import { anonymisedText, DEFAULT_RETENTION, isDueForDeletion, isRetentionYears, latestClosureDueBy, retentionDueDate } from './retention';

describe('retentionDueDate', () => {
  it('is the anniversary of closure, the given number of years on', () => {
    expect(retentionDueDate('2010-03-31', 6)).toBe('2016-03-31');
    expect(retentionDueDate('2009-04-01', 1)).toBe('2010-04-01');
    expect(retentionDueDate('2024-12-31', 2)).toBe('2026-12-31');
  });

  it('moves a 29 February closure to 1 March in a year without one, and keeps it in a leap year', () => {
    expect(retentionDueDate('2008-02-29', 6)).toBe('2014-03-01');
    expect(retentionDueDate('2008-02-29', 1)).toBe('2009-03-01');
    expect(retentionDueDate('2008-02-29', 4)).toBe('2012-02-29');
    expect(retentionDueDate('2096-02-29', 4)).toBe('2100-03-01'); // 2100 is not a leap year
    expect(retentionDueDate('2012-02-28', 6)).toBe('2018-02-28');
  });

  it('refuses a period that is not a whole number of years from 1 to 100, and a date that is not real', () => {
    expect(() => retentionDueDate('2010-01-01', 0)).toThrow(RangeError);
    expect(() => retentionDueDate('2010-01-01', 1.5)).toThrow(RangeError);
    expect(() => retentionDueDate('2010-01-01', 101)).toThrow(RangeError);
    expect(() => retentionDueDate('2010-02-30', 6)).toThrow();
  });
});

describe('latestClosureDueBy', () => {
  it('is the day whose record falls due exactly on the date asked about', () => {
    expect(latestClosureDueBy('2026-11-30', 6)).toBe('2020-11-30');
    expect(latestClosureDueBy('2014-03-01', 6)).toBe('2008-03-01');
    expect(latestClosureDueBy('2014-02-28', 6)).toBe('2008-02-28'); // 29 Feb 2008 falls due on 1 March 2014
    expect(latestClosureDueBy('2016-02-29', 3)).toBe('2013-02-28');
    expect(latestClosureDueBy('2016-02-29', 4)).toBe('2012-02-29');
  });

  it('agrees with retentionDueDate for every closure and as-of date over eight years, leap days included', () => {
    const disagreements: string[] = [];
    for (const years of [1, 2, 3, 4, 6]) {
      for (let asOf = '2012-01-01'; asOf <= '2019-12-31'; asOf = addCalendarDays(asOf, 29)) {
        const cutoff = latestClosureDueBy(asOf, years);
        for (let closed = addCalendarDays(cutoff, -3); closed <= addCalendarDays(cutoff, 3); closed = addCalendarDays(closed, 1)) {
          if (isDueForDeletion(closed, years, asOf) !== closed <= cutoff) disagreements.push(`${closed} + ${years} as of ${asOf}`);
        }
      }
      for (const asOf of ['2014-02-28', '2014-03-01', '2016-02-28', '2016-02-29', '2016-03-01']) {
        const cutoff = latestClosureDueBy(asOf, years);
        for (let closed = addCalendarDays(cutoff, -3); closed <= addCalendarDays(cutoff, 3); closed = addCalendarDays(closed, 1)) {
          if (isDueForDeletion(closed, years, asOf) !== closed <= cutoff) disagreements.push(`${closed} + ${years} as of ${asOf}`);
        }
      }
    }
    expect(disagreements).toEqual([]);
  });
});

describe('retention defaults', () => {
  it('keep contacts six years, FOI requests three and access-to-records requests two, each with its reason', () => {
    expect(DEFAULT_RETENTION.contact.years).toBe(6);
    expect(DEFAULT_RETENTION.informationRequest.FREEDOM_OF_INFORMATION.years).toBe(3);
    expect(DEFAULT_RETENTION.informationRequest.ACCESS_TO_RECORDS.years).toBe(2);
    for (const d of [DEFAULT_RETENTION.contact, ...Object.values(DEFAULT_RETENTION.informationRequest)]) {
      expect(isRetentionYears(d.years)).toBe(true);
      expect(d.basis.length).toBeGreaterThan(40);
    }
  });
});

describe('anonymisedText', () => {
  it('says when the text was removed', () => {
    expect(anonymisedText('2026-11-30')).toBe('[anonymised 2026-11-30]');
  });
});
