/**
 * Due dates of a stage under the Code (§6.2–6.5), in working days as the rest
 * of the product counts them (timescales/working-days.ts: weekends, Christmas
 * Day, Good Friday and bank holidays do not count; the start day never counts).
 *
 * The response is due N working days from the date the stage was
 * *acknowledged* (the Code's words), so it moves with the acknowledgement:
 * earlier when acknowledged early, later when acknowledged late. Until an
 * acknowledgement is recorded it is counted from the acknowledgement due date.
 * An extension (at most 10 working days, §6.5) is added onto that date.
 */
import { addWorkingDays } from '../timescales';
import { codeStageRule } from './code-deadline-rules';

export interface CodeStageDeadlines {
  acknowledgementDueDate: string;
  responseDueDate: string;
  ruleId: string;
  maxExtensionWorkingDays: number;
}

export interface CodeStageClockInput {
  stage: 'STAGE_1' | 'STAGE_2';
  /** Stage 1: the date received; Stage 2: the date escalation was asked for. */
  startDate: string;
  /** The stage's own acknowledgement due date, when it has one already (a contact's); else counted from startDate. */
  acknowledgementDueDate?: string | null;
  /** When the acknowledgement was sent; null while none is recorded. */
  acknowledgementSentDate: string | null;
  /** Working days added by an extension; null or 0 when none. */
  extensionWorkingDays: number | null;
}

export interface CodeStageClock extends CodeStageDeadlines {
  /** The response due date before any extension. */
  originalResponseDueDate: string;
  /** The due date now: originalResponseDueDate plus the extension. */
  responseDueDate: string;
  /** What the response period was counted from. */
  responseCountedFrom: 'ACKNOWLEDGEMENT_SENT_DATE' | 'ACKNOWLEDGEMENT_DUE_DATE';
}

/** A stage's clock: acknowledge N working days after the start; respond M working days after the acknowledgement. */
export function codeStageClock(input: CodeStageClockInput): CodeStageClock {
  const rule = codeStageRule(input.stage, input.startDate);
  const acknowledgementDueDate = input.acknowledgementDueDate ?? addWorkingDays(input.startDate, rule.acknowledgementWorkingDays);
  const from = input.acknowledgementSentDate ?? acknowledgementDueDate;
  const originalResponseDueDate = addWorkingDays(from, rule.responseWorkingDays);
  return {
    acknowledgementDueDate,
    originalResponseDueDate,
    responseDueDate: extendedResponseDueDate(originalResponseDueDate, input.extensionWorkingDays ?? 0),
    responseCountedFrom: input.acknowledgementSentDate ? 'ACKNOWLEDGEMENT_SENT_DATE' : 'ACKNOWLEDGEMENT_DUE_DATE',
    ruleId: rule.id,
    maxExtensionWorkingDays: rule.maxExtensionWorkingDays,
  };
}

/** The due dates of a stage not yet acknowledged nor extended (the response counted from the acknowledgement due date). */
export function codeStageDeadlines(stage: 'STAGE_1' | 'STAGE_2', startDate: string): CodeStageDeadlines {
  const { acknowledgementDueDate, responseDueDate, ruleId, maxExtensionWorkingDays } = codeStageClock({
    stage,
    startDate,
    acknowledgementSentDate: null,
    extensionWorkingDays: null,
  });
  return { acknowledgementDueDate, responseDueDate, ruleId, maxExtensionWorkingDays };
}

/** The due date after an extension of `workingDays` (checked against the limit by the caller, extensionProblems). */
export function extendedResponseDueDate(originalResponseDueDate: string, workingDays: number): string {
  return addWorkingDays(originalResponseDueDate, workingDays);
}
