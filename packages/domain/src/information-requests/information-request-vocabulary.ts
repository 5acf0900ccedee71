/**
 * Words for information requests that the API and the web app share: why a
 * request's clock may be paused. (The key a reference is found by in a web
 * address is reference/reference-key.ts, the same rule as contacts'.)
 */

/**
 * Why the statutory clock is paused. What a pause does to the due date depends
 * on the rule in force (the API's timescales/deadline-rules.ts): a subject
 * access request's month starts when proof of identity arrives; an FOI
 * request's 20 working days start again when clarification arrives.
 */
export const CLOCK_PAUSE_REASONS = {
  AWAITING_ID: 'Awaiting proof of identity',
  AWAITING_CLARIFICATION: 'Awaiting clarification',
  AWAITING_FEE: 'Awaiting the fee',
} as const;
export type ClockPauseReason = keyof typeof CLOCK_PAUSE_REASONS;
