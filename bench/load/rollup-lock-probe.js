/**
 * Preloaded into the API process by `bench:load --contact-writes N` on MySQL/MariaDB (NODE_OPTIONS=--require):
 * measures, inside the API, how long each transaction holds the `rollup_lock` row that serialises contact
 * writers (apps/api/src/rollups/rollup-maintenance.ts). It wraps TypeORM's MysqlQueryRunner.query: the lock is
 * held from the moment `SELECT … FROM rollup_lock … FOR UPDATE` returns until the transaction's COMMIT (or
 * ROLLBACK) returns. One JSON line per transaction goes to BENCH_ROLLUP_LOCK_LOG:
 * { waitMs, holdMs, refreshMs, refreshStatements, commitMs, outcome }. Plain JavaScript, because the API
 * runs as built (node dist/main.js), without the bench's TypeScript loader.
 */
'use strict';
const { appendFileSync } = require('fs');
const { join } = require('path');
const { performance } = require('perf_hooks');

const file = process.env.BENCH_ROLLUP_LOCK_LOG;
if (file) {
  const { MysqlQueryRunner } = require(require.resolve('typeorm/driver/mysql/MysqlQueryRunner', { paths: [join(process.cwd(), 'apps/api')] }));
  const LOCK = /\bFROM\s+`?rollup_lock`?\b[\s\S]*\bFOR\s+UPDATE\b/i;
  const REFRESH = /^\s*(DELETE|INSERT|UPDATE)\b[\s\S]*\brollup_(month|days)_/i;
  /** @type {WeakMap<object, { requested: number, acquired: number, refreshMs: number, refreshStatements: number }>} */
  const held = new WeakMap();
  let lines = [];
  const flush = () => {
    if (!lines.length) return;
    appendFileSync(file, lines.join(''));
    lines = [];
  };
  setInterval(flush, 1000).unref();
  process.on('exit', flush);

  const query = MysqlQueryRunner.prototype.query;
  MysqlQueryRunner.prototype.query = async function probedQuery(sql, ...rest) {
    const started = performance.now();
    const result = await query.call(this, sql, ...rest);
    if (typeof sql !== 'string') return result;
    const ended = performance.now();
    const lock = held.get(this);
    if (LOCK.test(sql)) {
      held.set(this, { requested: started, acquired: ended, refreshMs: 0, refreshStatements: 0 });
    } else if (lock && REFRESH.test(sql)) {
      lock.refreshMs += ended - started;
      lock.refreshStatements += 1;
    } else if (lock && /^\s*(COMMIT|ROLLBACK)\s*$/i.test(sql)) {
      held.delete(this);
      const round = (n) => Math.round(n * 100) / 100;
      lines.push(
        `${JSON.stringify({
          waitMs: round(lock.acquired - lock.requested),
          holdMs: round(ended - lock.acquired),
          refreshMs: round(lock.refreshMs),
          refreshStatements: lock.refreshStatements,
          commitMs: round(ended - started),
          outcome: /COMMIT/i.test(sql) ? 'commit' : 'rollback',
        })}\n`,
      );
    }
    return result;
  };
}
