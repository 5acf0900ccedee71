import { isIsoDate } from '@complaints/domain';
import { formatDate } from '../cases/case-dates';
import type { CaseComplaintCode } from './useComplaintCode';

export type AgreedStatementEscalation = CaseComplaintCode['escalations'][number];

/** The Children Act Stage 2 escalations a statement of complaint belongs to (Stage 3 has none). */
export function stage2Escalations(code: Pick<CaseComplaintCode, 'escalations'>): AgreedStatementEscalation[] {
  return code.escalations.filter((e) => e.stage === 'STAGE_2');
}

/**
 * The form's own check of the agreed date, the same rules the API applies
 * (a real date, not in the future, not before Stage 2 was asked for): null when it may be sent.
 */
export function validateAgreedDate(
  value: string,
  { today, requestedDate, unreadable = false, label }: { today: string; requestedDate: string; unreadable?: boolean; label: string },
): string | null {
  if (value === '' && !unreadable) return `Enter the ${label.charAt(0).toLowerCase()}${label.slice(1)}`;
  if (unreadable || !isIsoDate(value)) return `${label} must be a real date`;
  if (value > today) return `${label} must be today or in the past`;
  if (value < requestedDate) return `${label} must be the same as or after the date Stage 2 was asked for (${formatDate(requestedDate)})`;
  return null;
}
