/**
 * References for requests recorded without one: ATR/ or FOI/, the year the
 * financial year starts, and a sequence within it, e.g. FOI/2026/0001, as in
 * the demo data.
 */
import { EntityManager, Like } from 'typeorm';
import type { InformationRequestKind } from '../reference/reference-data';
import { InformationRequest } from './information-request.entity';

export const REFERENCE_PREFIX: Record<InformationRequestKind, string> = { ACCESS_TO_RECORDS: 'ATR', FREEDOM_OF_INFORMATION: 'FOI' };

export function informationRequestReferencePrefix(kind: InformationRequestKind, financialYear: string): string {
  return `${REFERENCE_PREFIX[kind]}/${financialYear.slice(0, 4)}/`;
}

/** The next free reference, inside the caller's transaction (the unique index settles any race). */
export async function nextInformationRequestReference(manager: EntityManager, kind: InformationRequestKind, financialYear: string): Promise<string> {
  const prefix = informationRequestReferencePrefix(kind, financialYear);
  let sequence = await manager.count(InformationRequest, { where: { reference: Like(`${prefix}%`) } });
  for (;;) {
    sequence += 1;
    const candidate = `${prefix}${String(sequence).padStart(4, '0')}`;
    if (!(await manager.exists(InformationRequest, { where: { reference: candidate } }))) return candidate;
  }
}
