/**
 * The Code's stage timescales as dated data, like timescales/deadline-rules.ts:
 * to change one from a date, add a rule with a new id and `appliesFrom`; the
 * rule in force on the stage's start date is used, so past dates stay as they were.
 *
 * Stage 1 is the contact rule `corporate-complaint-lgsco-code-2026` itself
 * (timescales/deadline-rules.ts); its extension limit is the difference
 * between its extended and normal response periods. Stage 2 is here because
 * the escalation rules are keyed by stage alone and belong to the Children Act.
 */
import { findDeadlineRule } from '../timescales';

export interface CodeStageRule {
  id: string;
  stage: 'STAGE_1' | 'STAGE_2';
  appliesFrom: string;
  description: string;
  source: string;
  acknowledgementWorkingDays: number;
  /** Counted from the day the stage was acknowledged; from the acknowledgement due date until it is (§6.2–6.5). */
  responseWorkingDays: number;
  maxExtensionWorkingDays: number;
}

export const CODE_STAGE_2_RULES: readonly CodeStageRule[] = [
  {
    id: 'lgsco-code-stage-2-2026',
    stage: 'STAGE_2',
    appliesFrom: '2026-04-01',
    description:
      "Stage 2 under the Ombudsman's Complaint Handling Code: acknowledge within 5 working days of the escalation request; " +
      'respond within 20 working days of the date it was acknowledged (of the acknowledgement due date until then); ' +
      'extend by at most 10 more, with the reason, telling the complainant.',
    source: 'Local Government and Social Care Ombudsman, Complaint Handling Code, section 6 (as adopted by the council)',
    acknowledgementWorkingDays: 5,
    responseWorkingDays: 20,
    maxExtensionWorkingDays: 10,
  },
];

/** The rule in force for a stage starting on `date` (the earliest rule before the first `appliesFrom`). */
export function codeStageRule(stage: 'STAGE_1' | 'STAGE_2', date: string): CodeStageRule {
  if (stage === 'STAGE_1') {
    const rule = findDeadlineRule({ kind: 'CONTACT', recordType: 'CORPORATE_COMPLAINT' }, date < '2026-04-01' ? '2026-04-01' : date);
    if (rule.acknowledgementWorkingDays === null || !rule.response || rule.response.extendedWorkingDays === null) {
      throw new Error(`Deadline rule ${rule.id} cannot serve as the Code's Stage 1`);
    }
    return {
      id: rule.id,
      stage,
      appliesFrom: rule.appliesFrom,
      description: rule.description,
      source: rule.source,
      acknowledgementWorkingDays: rule.acknowledgementWorkingDays,
      responseWorkingDays: rule.response.workingDays,
      maxExtensionWorkingDays: rule.response.extendedWorkingDays - rule.response.workingDays,
    };
  }
  const candidates = CODE_STAGE_2_RULES.filter((r) => r.appliesFrom <= date).sort((a, b) => b.appliesFrom.localeCompare(a.appliesFrom));
  return candidates[0] ?? CODE_STAGE_2_RULES[0];
}
