/**
 * Reference numbers for contacts that arrive without one: CS/<year the financial
 * year starts>/<sequence>, e.g. CS/2009/0042, numbered within the financial year.
 */
import { EntityManager } from 'typeorm';
import { Contact } from './contact.entity';

export function referencePrefix(financialYear: string): string {
  return `CS/${financialYear.slice(0, 4)}/`;
}

/** The sequence number of a generated reference, or null for one typed in another form. */
export function sequenceOf(reference: string, prefix: string): number | null {
  const rest = reference.startsWith(prefix) ? reference.slice(prefix.length) : '';
  return /^\d+$/.test(rest) ? Number(rest) : null;
}

/**
 * Hands out the next free references for one financial year, inside the caller's
 * transaction: one query for the highest number used (longest, then greatest,
 * so CS/2009/10000 beats CS/2009/9999), then counting on.
 */
export async function nextReferences(manager: EntityManager, financialYear: string, count: number, taken: Set<string>): Promise<string[]> {
  const prefix = referencePrefix(financialYear);
  const highest = await manager
    .getRepository(Contact)
    .createQueryBuilder('c')
    .select('c.reference', 'reference')
    .where("c.reference LIKE :prefix ESCAPE '!'", { prefix: `${prefix}%` })
    .orderBy('LENGTH(c.reference)', 'DESC')
    .addOrderBy('c.reference', 'DESC')
    .limit(1)
    .getRawOne<{ reference: string }>();
  let sequence = highest ? (sequenceOf(highest.reference, prefix) ?? 0) : 0;
  const result: string[] = [];
  while (result.length < count) {
    sequence += 1;
    const candidate = `${prefix}${String(sequence).padStart(4, '0')}`;
    if (taken.has(candidate)) continue;
    result.push(candidate);
    taken.add(candidate);
  }
  return result;
}
