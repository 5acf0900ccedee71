/**
 * References for requests recorded without one: ATR/ or FOI/, the year the
 * financial year starts, and a sequence within it, e.g. FOI/2026/0001, as in
 * the demo data; counted by the reference_sequence counter.
 */
import { referenceKey } from '@complaints/domain';
import { EntityManager } from 'typeorm';
import type { InformationRequestKind } from '../reference/reference-data';
import { allocateReferences } from '../reference-numbers/reference-sequence';
import { InformationRequest } from './information-request.entity';

export const REFERENCE_PREFIX: Record<InformationRequestKind, string> = { ACCESS_TO_RECORDS: 'ATR', FREEDOM_OF_INFORMATION: 'FOI' };

export function informationRequestReferencePrefix(kind: InformationRequestKind, financialYear: string): string {
  return `${REFERENCE_PREFIX[kind]}/${financialYear.slice(0, 4)}/`;
}

/**
 * The next free reference, inside the caller's transaction. A number typed in
 * with '-' for '/' (FOI-2026-0001) has the same web address as the generated
 * one would (referenceKey), so it is skipped too.
 */
export async function nextInformationRequestReference(manager: EntityManager, kind: InformationRequestKind, financialYear: string): Promise<string> {
  const taken = new Set<string>();
  for (;;) {
    const [reference] = await allocateReferences(manager, InformationRequest, informationRequestReferencePrefix(kind, financialYear), 1, taken);
    if (!(await manager.exists(InformationRequest, { where: { referenceKey: referenceKey(reference) } }))) return reference;
  }
}
