/**
 * Due dates of a stage under the Code (§6.2–6.5), in working days as the rest
 * of the product counts them (timescales/working-days.ts: weekends, Christmas
 * Day, Good Friday and bank holidays do not count; the start day never counts).
 */
import { addWorkingDays } from '../timescales';
import { codeStageRule } from './code-deadline-rules';

export interface CodeStageDeadlines {
  acknowledgementDueDate: string;
  responseDueDate: string;
  ruleId: string;
  maxExtensionWorkingDays: number;
}

/** Acknowledge N working days after the start; respond M working days after the acknowledgement due date. */
export function codeStageDeadlines(stage: 'STAGE_1' | 'STAGE_2', startDate: string): CodeStageDeadlines {
  const rule = codeStageRule(stage, startDate);
  const acknowledgementDueDate = addWorkingDays(startDate, rule.acknowledgementWorkingDays);
  return {
    acknowledgementDueDate,
    responseDueDate: addWorkingDays(acknowledgementDueDate, rule.responseWorkingDays),
    ruleId: rule.id,
    maxExtensionWorkingDays: rule.maxExtensionWorkingDays,
  };
}

/** The due date after an extension of `workingDays` (checked against the limit by the caller, extensionProblems). */
export function extendedResponseDueDate(originalResponseDueDate: string, workingDays: number): string {
  return addWorkingDays(originalResponseDueDate, workingDays);
}
