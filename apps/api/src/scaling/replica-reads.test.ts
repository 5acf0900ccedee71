/**
 * Where an aggregate statement runs when there are replicas, decided by
 * replica-reads.ts, with the servers' answers scripted (the real servers are
 * in replication.integration.test.ts).
 */
import type { DataSource } from 'typeorm';
import { hasReplicas, replicaReader } from './replica-reads';

interface Script {
  /** The primary's answer to the position query. */
  position?: { pos: string; usable: number } | Error;
  /** The replica's answer to the wait: 0 reached; -1 timed out; an Error: unreachable. */
  wait?: number | Error;
}

function fakeDatabase(script: Script) {
  const primary: string[] = [];
  const replica: string[] = [];
  let released = 0;
  const dataSource = {
    options: { type: 'mariadb', replication: { master: {}, slaves: [{}] } },
    async query(sql: string) {
      primary.push(sql);
      if (/gtid_binlog_pos/.test(sql)) {
        if (script.position instanceof Error) throw script.position;
        return [script.position ?? { pos: '0-1-42', usable: 1 }];
      }
      return [{ on: 'primary' }];
    },
    createQueryRunner(mode: string) {
      expect(mode).toBe('slave');
      return {
        async connect() {
          if (script.wait instanceof Error) throw script.wait;
        },
        async query(sql: string, params: unknown[]) {
          replica.push(/MASTER_GTID_WAIT/.test(sql) ? `wait ${JSON.stringify(params)}` : sql);
          if (/MASTER_GTID_WAIT/.test(sql)) return [{ r: script.wait ?? 0 }];
          return [{ on: 'replica' }];
        },
        async release() {
          released += 1;
        },
      };
    },
  };
  return { dataSource: dataSource as unknown as DataSource, primary, replica, released: () => released };
}

const timed = (ms: number) => `SELECT 1 /* ${Math.round(ms) > 0 ? 'limited' : 'none'} */`;

describe('replica reads', () => {
  it('knows a data source with replicas', () => {
    expect(hasReplicas(fakeDatabase({}).dataSource)).toBe(true);
    expect(hasReplicas({ options: { type: 'mysql' } } as unknown as DataSource)).toBe(false);
  });

  it('reads the replica once it has applied the primary position, read once per aggregate', async () => {
    const db = fakeDatabase({});
    const reader = replicaReader(db.dataSource, 'mariadb', 500);
    const run = {};
    expect(await reader.run(run, timed, [], 10_000)).toEqual([{ on: 'replica' }]);
    expect(await reader.run(run, timed, [], 10_000)).toEqual([{ on: 'replica' }]);
    expect(db.primary.filter((sql) => /gtid_binlog_pos/.test(sql))).toHaveLength(1);
    expect(db.replica).toEqual(['wait ["0-1-42",0.5]', 'SELECT 1 /* limited */', 'wait ["0-1-42",0.5]', 'SELECT 1 /* limited */']);
    expect(reader.stats).toEqual({ replica: 2, primaryAfterWait: 0, primaryFallback: 0 });
    expect(db.released()).toBe(2);
    // Another aggregate reads the position afresh: it must see writes acknowledged since.
    await reader.run({}, timed, [], 10_000);
    expect(db.primary.filter((sql) => /gtid_binlog_pos/.test(sql))).toHaveLength(2);
  });

  it('waits no longer than the aggregate has left', async () => {
    const db = fakeDatabase({});
    await replicaReader(db.dataSource, 'mariadb', 500).run({}, timed, [], 200);
    expect(db.replica[0]).toMatch(/^wait \["0-1-42",0\.(19|2)\d*\]$/);
  });

  it('reads the primary when the replica is further behind than the wait', async () => {
    const db = fakeDatabase({ wait: -1 });
    const reader = replicaReader(db.dataSource, 'mariadb', 500);
    expect(await reader.run({}, timed, [], 10_000)).toEqual([{ on: 'primary' }]);
    expect(reader.stats).toEqual({ replica: 0, primaryAfterWait: 1, primaryFallback: 0 });
    expect(db.released()).toBe(1);
  });

  it('reads the primary when no replica answers', async () => {
    const db = fakeDatabase({ wait: new Error('connect ECONNREFUSED') });
    const reader = replicaReader(db.dataSource, 'mariadb', 500);
    expect(await reader.run({}, timed, [], 10_000)).toEqual([{ on: 'primary' }]);
    expect(reader.stats).toEqual({ replica: 0, primaryAfterWait: 0, primaryFallback: 1 });
  });

  it('reads the primary when the primary has no position to offer (binary log off) or cannot say', async () => {
    for (const position of [{ pos: '', usable: 0 }, new Error('gone')]) {
      const db = fakeDatabase({ position });
      const reader = replicaReader(db.dataSource, 'mariadb', 500);
      expect(await reader.run({}, timed, [], 10_000)).toEqual([{ on: 'primary' }]);
      expect(db.replica).toEqual([]);
      expect(reader.stats.primaryFallback).toBe(1);
    }
  });

  it('needs no wait when nothing was ever written', async () => {
    const db = fakeDatabase({ position: { pos: '', usable: 1 } });
    expect(await replicaReader(db.dataSource, 'mariadb', 500).run({}, timed, [], 10_000)).toEqual([{ on: 'replica' }]);
    expect(db.replica).toEqual(['SELECT 1 /* limited */']);
  });
});
