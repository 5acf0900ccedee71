/**
 * Checks a complainant's details and puts them in their stored form, by the
 * rule the web app also checks them with (checkComplainantDetails in
 * @complaints/domain), adding the surname's search key. Pure. Problems never
 * repeat the value given.
 */
import { checkComplainantDetails } from '@complaints/domain';
import type { FieldProblem } from '../graphql/errors';
import type { Complainant } from './complainant.entity';
import type { ComplainantInput } from './complainant.inputs';
import { nameKey } from './complainant-name';

export type ComplainantRow = Omit<Complainant, 'contactId' | 'contact' | 'createdAt' | 'updatedAt'>;

/** `prefix` names the input the fields sit in (e.g. 'complainant.' inside a new contact). */
export function prepareComplainant(input: ComplainantInput, prefix = ''): { ok: true; row: ComplainantRow } | { ok: false; problems: FieldProblem[] } {
  const { details, problems } = checkComplainantDetails(input);
  if (problems.length) return { ok: false, problems: problems.map((p) => ({ field: `${prefix}${p.field}`, message: p.message })) };
  return { ok: true, row: { ...details, familyNameKey: nameKey(details.familyName) } };
}
