/**
 * Reference numbers for contacts that arrive without one: CS/<year the financial
 * year starts>/<sequence>, e.g. CS/2009/0042, numbered within the financial year
 * by the reference_sequence counter (reference-numbers/reference-sequence.ts).
 */
import { EntityManager } from 'typeorm';
import { allocateReferences } from '../reference-numbers/reference-sequence';
import { Contact } from './contact.entity';

export { sequenceOf } from '../reference-numbers/reference-sequence';

export function referencePrefix(financialYear: string): string {
  return `CS/${financialYear.slice(0, 4)}/`;
}

/**
 * Hands out the next free references for one financial year, inside the
 * caller's transaction, skipping those in `taken` (references given in the same
 * batch) and any already saved.
 */
export function nextReferences(manager: EntityManager, financialYear: string, count: number, taken: Set<string>): Promise<string[]> {
  return allocateReferences(manager, Contact, referencePrefix(financialYear), count, taken);
}
