/**
 * db:copy moves every table between databases with identical per-table
 * checksums and the same annual report. On SQLite: a SQLite → SQLite copy.
 * On MySQL (TEST_DIALECT=mysql): the demo database SQLite → MariaDB → SQLite.
 */
import { copyDatabase } from './db-copy';
import { OperationError } from './operation-error';
import { annualReport, emptyMysql, scratchDirectory, sqliteDemo, type ScratchDirectory, tableNames, tableSummaries, type ScratchDatabase } from '../test-support/operations-databases';
import { testDialect } from '../test-support/test-database';

const onMysql = testDialect() === 'mysql';
let files: ScratchDirectory;
const scratch: ScratchDatabase[] = [];

beforeAll(() => {
  files = scratchDirectory();
});
afterAll(async () => {
  for (const db of scratch) await db.drop();
  await files?.drop();
});

(onMysql ? describe.skip : describe)('db:copy on SQLite', () => {
  it('copies the demo database into a new file with every table identical and no sessions', async () => {
    const source = await sqliteDemo(files.file('demo.sqlite'));
    const target = files.sqlite('copy.sqlite');
    const copied = await copyDatabase(source, target);
    const [before, after] = [await tableSummaries(source), await tableSummaries(target)];
    expect(after).toEqual(before);
    expect(copied.map((t) => t.name)).not.toContain('session');
    expect(before.contact!.rows).toBeGreaterThan(500);
    expect(await annualReport(target)).toEqual(await annualReport(source));
  });

  it('refuses a target that holds data, and the same database twice', async () => {
    const source = await sqliteDemo(files.file('demo2.sqlite'));
    const other = await sqliteDemo(files.file('other.sqlite'));
    const before = await tableSummaries(other);
    await expect(copyDatabase(source, other)).rejects.toThrow(/is not empty \(app_user has \d+ rows/);
    await expect(copyDatabase(source, source)).rejects.toThrow(OperationError);
    expect(await tableSummaries(other)).toEqual(before);
  });

  it('refuses a source that does not exist, creating nothing', async () => {
    const missing = files.sqlite('missing.sqlite');
    await expect(copyDatabase(missing, files.sqlite('never.sqlite'))).rejects.toThrow(/no SQLite database at/);
    expect(await tableNames(files.sqlite('never.sqlite'))).toEqual([]);
  });
});

(onMysql ? describe : describe.skip)('db:copy between SQLite and MariaDB', () => {
  it('copies the demo database SQLite → MariaDB → SQLite with identical checksums and the same 2009/10 report', async () => {
    const sqlite = await sqliteDemo(files.file('demo.sqlite'));
    const mysql = await emptyMysql();
    scratch.push(mysql);
    const back = files.sqlite('back.sqlite');

    await copyDatabase(sqlite, mysql.config);
    await copyDatabase(mysql.config, back);

    const [original, onMariaDb, roundTrip] = [await tableSummaries(sqlite), await tableSummaries(mysql.config), await tableSummaries(back)];
    expect(onMariaDb).toEqual(original);
    expect(roundTrip).toEqual(original);
    expect(Object.keys(original)).not.toContain('session');

    const report = await annualReport(sqlite);
    expect(report.tables.length).toBeGreaterThan(5);
    expect(await annualReport(mysql.config)).toEqual(report);
    expect(await annualReport(back)).toEqual(report);
  });

  it('refuses a MariaDB database that holds data, and leaves it as it was', async () => {
    const sqlite = await sqliteDemo(files.file('demo3.sqlite'));
    const mysql = await emptyMysql();
    scratch.push(mysql);
    await copyDatabase(sqlite, mysql.config);
    const before = await tableSummaries(mysql.config);
    await expect(copyDatabase(sqlite, mysql.config)).rejects.toThrow(/is not empty/);
    expect(await tableSummaries(mysql.config)).toEqual(before);
  });
});
