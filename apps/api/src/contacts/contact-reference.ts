/**
 * Reference numbers for contacts that arrive without one: CS/<year the financial
 * year starts>/<sequence>, e.g. CS/2009/0042, numbered within the financial year
 * by the reference_sequence counter (reference-numbers/reference-sequence.ts).
 */
import { referenceKey } from '@complaints/domain';
import { EntityManager, In } from 'typeorm';
import { allocateReferences } from '../reference-numbers/reference-sequence';
import { Contact } from './contact.entity';

export { sequenceOf } from '../reference-numbers/reference-sequence';

export function referencePrefix(financialYear: string): string {
  return `CS/${financialYear.slice(0, 4)}/`;
}

/**
 * Hands out the next free references for one financial year, inside the
 * caller's transaction, skipping those in `taken` (references given in the same
 * batch) and any already saved — by key, so a generated CS/2009/0042 never
 * lands beside a CS-2009-0042 typed in by hand.
 */
export async function nextReferences(manager: EntityManager, financialYear: string, count: number, taken: Set<string>): Promise<string[]> {
  const takenKeys = new Set([...taken].map(referenceKey));
  const result: string[] = [];
  while (result.length < count) {
    // Each call adds what it hands out to `taken`, so a number skipped here is not offered again.
    const candidates = await allocateReferences(manager, Contact, referencePrefix(financialYear), count - result.length, taken);
    const saved = await manager.find(Contact, { select: { referenceKey: true }, where: { referenceKey: In(candidates.map(referenceKey)) } });
    const savedKeys = new Set(saved.map((c) => c.referenceKey));
    for (const candidate of candidates) {
      const key = referenceKey(candidate);
      if (takenKeys.has(key) || savedKeys.has(key)) continue;
      takenKeys.add(key);
      result.push(candidate);
    }
  }
  return result;
}
