/**
 * The Complaint Handling Code's words and limits, shared by the API (GraphQL
 * enums, validation) and the web app (labels). Paraphrased from the Code
 * (2024); section numbers in comments.
 */

/** The Code's two stages (§5.2: no "stage 0"). */
export const CODE_STAGES = { STAGE_1: 'Stage 1', STAGE_2: 'Stage 2' } as const;
export type CodeStage = keyof typeof CODE_STAGES;

/**
 * Working-day limits of each stage (§6.2–6.5). Stage 1's numbers are the same
 * as the dated deadline rule `corporate-complaint-lgsco-code-2026`; the API
 * reads the dates from its dated rules, these are the limits the forms show.
 */
export const CODE_TIMESCALES: Readonly<Record<CodeStage, { acknowledgeWorkingDays: number; respondWorkingDays: number; maxExtensionWorkingDays: number }>> = {
  STAGE_1: { acknowledgeWorkingDays: 5, respondWorkingDays: 10, maxExtensionWorkingDays: 10 },
  STAGE_2: { acknowledgeWorkingDays: 5, respondWorkingDays: 20, maxExtensionWorkingDays: 10 },
};

/** Why a complaint (or an escalation, §5.7) may be refused: the Code's exclusions (§2), in our words. */
export const REFUSAL_REASONS = {
  OUT_OF_TIME: 'Made more than 12 months after the matter or after the person knew of it (§2.2)',
  LEGAL_PROCEEDINGS: 'The matter is, or has been, the subject of legal proceedings',
  OTHER_STATUTORY_ROUTE: 'Another statutory route or tribunal exists for it',
  ALREADY_CONSIDERED: 'Already considered through the complaints procedure',
  NOT_ABOUT_COUNCIL: 'Not about the council, its staff or those acting for it',
  SERVICE_REQUEST: 'A request for service, not a complaint (§1.2)',
  UNREASONABLE_BEHAVIOUR: "Covered by the council's unreasonable behaviour policy",
  OTHER: 'Another reason, explained in the evidence',
} as const;
export type RefusalReason = keyof typeof REFUSAL_REASONS;

/** What was refused: accepting the complaint (§2.1) or escalating it to Stage 2 (§5.7). */
export const REFUSAL_SUBJECTS = { COMPLAINT: 'Accepting the complaint', ESCALATION: 'Escalation to Stage 2' } as const;
export type RefusalSubject = keyof typeof REFUSAL_SUBJECTS;

/** The Code's remedies (§7.1), in our words. */
export const REMEDY_TYPES = {
  APOLOGY: 'Apology',
  ACKNOWLEDGEMENT: 'Acknowledgement of what went wrong',
  EXPLANATION: 'Explanation',
  ACTION_ON_DELAY: 'Action on a delay',
  RECONSIDERED_DECISION: 'Decision reconsidered',
  AMENDED_RECORD: 'Record amended',
  FINANCIAL_REMEDY: 'Financial remedy',
  CHANGED_POLICY: 'Policy, procedure or practice changed',
  SERVICE_PROVIDED: 'Service provided',
  TRAINING: 'Staff training',
  OTHER: 'Other',
} as const;
export type RemedyType = keyof typeof REMEDY_TYPES;

/** A service request's state (§1.2, §1.8). */
export const SERVICE_REQUEST_STATUSES = {
  OPEN: 'Open',
  RESOLVED: 'Resolved',
  CONVERTED: 'Became a Stage 1 complaint',
} as const;
export type ServiceRequestStatus = keyof typeof SERVICE_REQUEST_STATUSES;

export const CODE_TEXT_MAX = 2000;

/** Problems with a Stage 1 or Stage 2 extension (§6.4–6.5), by field; empty when it may be recorded. */
export function extensionProblems(
  stage: CodeStage,
  input: { workingDays: number; reason: string; complainantToldDate: string; startDate: string; today: string },
): { field: string; message: string }[] {
  const problems: { field: string; message: string }[] = [];
  const max = CODE_TIMESCALES[stage].maxExtensionWorkingDays;
  if (!Number.isInteger(input.workingDays) || input.workingDays < 1) problems.push({ field: 'workingDays', message: 'must be a whole number of working days, at least 1' });
  else if (input.workingDays > max) problems.push({ field: 'workingDays', message: `the Code allows at most ${max} more working days at ${CODE_STAGES[stage]}` });
  if (!input.reason.trim()) problems.push({ field: 'reason', message: 'give the reason for the extension (§6.4)' });
  else if (input.reason.length > CODE_TEXT_MAX) problems.push({ field: 'reason', message: `must be at most ${CODE_TEXT_MAX} characters` });
  if (!/^\d{4}-\d{2}-\d{2}$/.test(input.complainantToldDate)) problems.push({ field: 'complainantToldDate', message: 'give the date the complainant was told, as YYYY-MM-DD' });
  else if (input.complainantToldDate > input.today) problems.push({ field: 'complainantToldDate', message: `${input.complainantToldDate} is in the future` });
  else if (input.complainantToldDate < input.startDate) problems.push({ field: 'complainantToldDate', message: `${input.complainantToldDate} is before the stage began on ${input.startDate}` });
  return problems;
}

/** A reasonable adjustment's review is due (a reminder in the officer's queue) on or after its review date, until reviewed again. */
export function adjustmentReviewDue(reviewDate: string | null, today: string): boolean {
  return reviewDate !== null && reviewDate <= today;
}

/** The Stage 2 handler must not be the person who handled Stage 1 (Code §6). */
export function sameHandlerProblem(stage1HandlerId: number | null, stage2HandlerId: number): { field: string; message: string } | null {
  return stage1HandlerId !== null && stage1HandlerId === stage2HandlerId
    ? { field: 'handlerUserId', message: 'Stage 2 must be handled by someone other than the Stage 1 handler' }
    : null;
}
