import { isServerTimeout, withServerTimeLimit } from './aggregate-limits';

describe('withServerTimeLimit', () => {
  it('wraps a MariaDB statement in SET STATEMENT max_statement_time, in seconds', () => {
    expect(withServerTimeLimit('SELECT 1', 'mariadb', 15_000)).toBe('SET STATEMENT max_statement_time=15.000 FOR SELECT 1');
    expect(withServerTimeLimit('SELECT 1', 'mariadb', 250)).toBe('SET STATEMENT max_statement_time=0.250 FOR SELECT 1');
  });

  it('never asks MariaDB for a limit of 0, which would mean none', () => {
    expect(withServerTimeLimit('SELECT 1', 'mariadb', 0)).toBe('SET STATEMENT max_statement_time=0.001 FOR SELECT 1');
    expect(withServerTimeLimit('SELECT 1', 'mariadb', -5)).toBe('SET STATEMENT max_statement_time=0.001 FOR SELECT 1');
  });

  it('puts the MAX_EXECUTION_TIME hint right after the SELECT keyword on MySQL, in whole ms', () => {
    expect(withServerTimeLimit('SELECT `c`.`id` FROM `contact` `c`', 'mysql', 1500.2)).toBe(
      'SELECT /*+ MAX_EXECUTION_TIME(1501) */ `c`.`id` FROM `contact` `c`',
    );
    expect(withServerTimeLimit('  select DISTINCT 1', 'mysql', 10)).toBe('  select /*+ MAX_EXECUTION_TIME(10) */ DISTINCT 1');
  });

  it('refuses to limit anything but a SELECT on MySQL', () => {
    expect(() => withServerTimeLimit('WITH x AS (SELECT 1) SELECT * FROM x', 'mysql', 10)).toThrow(/SELECT/);
  });
});

describe('isServerTimeout', () => {
  it("recognises MariaDB's and MySQL's time-limit errors, bare or wrapped by TypeORM", () => {
    expect(isServerTimeout({ errno: 1969 })).toBe(true);
    expect(isServerTimeout({ driverError: { errno: 3024 } })).toBe(true);
  });

  it('is false for any other error', () => {
    expect(isServerTimeout(new Error('boom'))).toBe(false);
    expect(isServerTimeout({ driverError: { errno: 1062 } })).toBe(false);
    expect(isServerTimeout(null)).toBe(false);
  });
});
