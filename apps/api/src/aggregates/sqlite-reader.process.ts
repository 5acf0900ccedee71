/**
 * Entry point of a child process that runs aggregate SELECTs for the API on
 * its own read-only connection to the SQLite file (WAL: it reads the last
 * committed state while the API writes). better-sqlite3 is synchronous and a
 * worker thread cannot be stopped inside a statement, so the API runs these in
 * a process it can kill when a statement overruns its time limit.
 *
 * Protocol over IPC: { ready: true } (or { error }) once the database is open;
 * then { sql, params } in, { rows } or { error: { message, code } } out.
 */
import Database from 'better-sqlite3';

interface Request {
  sql: string;
  params: unknown[];
}

const path = process.argv[2];
if (!path || !process.send) {
  console.error('sqlite-reader: start me with fork(file, [databasePath])');
  process.exit(2);
}

function describe(error: unknown): { message: string; code?: string } {
  const e = error as { message?: string; code?: string };
  return { message: String(e?.message ?? error), code: e?.code };
}

let db: Database.Database;
try {
  db = new Database(path, { readonly: true, fileMustExist: true });
  db.pragma('busy_timeout = 5000');
  process.send({ ready: true });
} catch (error) {
  process.send({ error: describe(error) }, () => process.exit(1));
}

process.on('message', ({ sql, params }: Request) => {
  try {
    const bound = params.map((p) => (typeof p === 'boolean' ? Number(p) : p));
    process.send!({ rows: db.prepare(sql).all(...bound) });
  } catch (error) {
    process.send!({ error: describe(error) });
  }
});

// The API went away: nothing more to do.
process.on('disconnect', () => process.exit(0));
