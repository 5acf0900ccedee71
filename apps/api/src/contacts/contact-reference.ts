/**
 * Reference numbers for contacts that arrive without one: CS/<year the financial
 * year starts>/<sequence>, e.g. CS/2009/0042, numbered within the financial year.
 */
import { EntityManager, Like } from 'typeorm';
import { Contact } from './contact.entity';

export function referencePrefix(financialYear: string): string {
  return `CS/${financialYear.slice(0, 4)}/`;
}

/** Hands out the next free references for one financial year, inside the caller's transaction. */
export async function nextReferences(manager: EntityManager, financialYear: string, count: number, taken: Set<string>): Promise<string[]> {
  const prefix = referencePrefix(financialYear);
  let sequence = await manager.count(Contact, { where: { reference: Like(`${prefix}%`) } });
  const result: string[] = [];
  while (result.length < count) {
    sequence += 1;
    const candidate = `${prefix}${String(sequence).padStart(4, '0')}`;
    if (taken.has(candidate)) continue;
    if (await manager.exists(Contact, { where: { reference: candidate } })) continue;
    result.push(candidate);
    taken.add(candidate);
  }
  return result;
}
