/**
 * Inserts the Code's provisions (seed data, code-provisions.ts) a database does
 * not have yet, and keeps their paraphrased text as shipped. Idempotent; runs
 * with the standard reference data on every start.
 */
import type { EntityManager } from 'typeorm';
import { CODE_PROVISIONS } from './code-provisions';
import { CodeProvision } from './code-provision.entity';

export async function ensureCodeProvisions(manager: EntityManager): Promise<void> {
  const rows = CODE_PROVISIONS.map((p, i) => ({ code: p.code, sortOrder: i, section: p.section, title: p.title, requirement: p.requirement, measure: p.measure }));
  await manager.upsert(CodeProvision, rows, ['code']);
}
