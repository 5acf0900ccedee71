/**
 * One-off changes to the England and Wales bank holidays, made by royal
 * proclamation on top of the standard pattern (see bank-holidays.ts).
 *
 * When a new change is announced, add a row here: `removes` lists standard
 * holidays that were moved away (the code checks they exist, so a typo fails
 * loudly), `adds` lists the extra or moved-to days.
 */

import type { IsoDate } from './iso-date';

export interface BankHolidayChange {
  year: number;
  reason: string;
  removes: readonly IsoDate[];
  adds: readonly { date: IsoDate; name: string }[];
}

export const BANK_HOLIDAY_CHANGES: readonly BankHolidayChange[] = [
  {
    year: 1995,
    reason: '50th anniversary of VE day: early May bank holiday moved from 1 May to 8 May',
    removes: ['1995-05-01'],
    adds: [{ date: '1995-05-08', name: 'Early May bank holiday (VE day)' }],
  },
  {
    year: 1999,
    reason: 'Millennium: extra bank holiday on 31 December',
    removes: [],
    adds: [{ date: '1999-12-31', name: 'Millennium Eve' }],
  },
  {
    year: 2002,
    reason: "Queen's golden jubilee: spring bank holiday moved to 4 June, extra holiday on 3 June",
    removes: ['2002-05-27'],
    adds: [
      { date: '2002-06-03', name: 'Golden Jubilee bank holiday' },
      { date: '2002-06-04', name: 'Spring bank holiday' },
    ],
  },
  {
    year: 2011,
    reason: 'Royal wedding',
    removes: [],
    adds: [{ date: '2011-04-29', name: 'Royal wedding' }],
  },
  {
    year: 2012,
    reason: "Queen's diamond jubilee: spring bank holiday moved to 4 June, extra holiday on 5 June",
    removes: ['2012-05-28'],
    adds: [
      { date: '2012-06-04', name: 'Spring bank holiday' },
      { date: '2012-06-05', name: 'Queen’s Diamond Jubilee' },
    ],
  },
  {
    year: 2020,
    reason: '75th anniversary of VE day: early May bank holiday moved to Friday 8 May',
    removes: ['2020-05-04'],
    adds: [{ date: '2020-05-08', name: 'Early May bank holiday (VE day)' }],
  },
  {
    year: 2022,
    reason: "Queen's platinum jubilee: spring bank holiday moved to 2 June, extra holiday on 3 June",
    removes: ['2022-05-30'],
    adds: [
      { date: '2022-06-02', name: 'Spring bank holiday' },
      { date: '2022-06-03', name: 'Platinum Jubilee bank holiday' },
    ],
  },
  {
    year: 2022,
    reason: 'State funeral of Queen Elizabeth II',
    removes: [],
    adds: [{ date: '2022-09-19', name: 'Bank Holiday for the State Funeral of Queen Elizabeth II' }],
  },
  {
    year: 2023,
    reason: 'Coronation of King Charles III',
    removes: [],
    adds: [{ date: '2023-05-08', name: 'Bank holiday for the coronation of King Charles III' }],
  },
];
