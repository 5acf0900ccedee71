/**
 * Words for the lost-information register (report 12.2) that the API and the
 * web app share: how the information was held, whether it was encrypted, the
 * two notification decisions (UK GDPR articles 33 and 34) and the kinds of
 * action taken.
 */

export const INCIDENT_FORMATS = {
  PAPER: 'Paper records',
  CD_DVD: 'CD or DVD',
  USB_STICK: 'USB stick',
  LAPTOP: 'Laptop',
  MOBILE_DEVICE: 'Phone or tablet',
  EMAIL_WRONG_RECIPIENT: 'E-mail to the wrong person',
  POST_WRONG_ADDRESS: 'Post to the wrong address',
  OTHER: 'Other',
} as const;
export type IncidentFormat = keyof typeof INCIDENT_FORMATS;

export const ENCRYPTION_STATES = {
  YES: 'Encrypted',
  NO: 'Not encrypted',
  UNKNOWN: 'Not known',
} as const;
export type EncryptionState = keyof typeof ENCRYPTION_STATES;

/** Article 33: whether the incident is notified to the Information Commissioner's Office. */
export const ICO_DECISIONS = {
  NOTIFY: 'Notify the ICO',
  DO_NOT_NOTIFY: 'Do not notify the ICO',
} as const;
export type IcoDecision = keyof typeof ICO_DECISIONS;

/** Article 34: whether the people the information is about are told. */
export const SUBJECTS_DECISIONS = {
  TELL: 'Tell the people affected',
  DO_NOT_TELL: 'Do not tell the people affected',
} as const;
export type SubjectsDecision = keyof typeof SUBJECTS_DECISIONS;

export const INCIDENT_ACTION_KINDS = {
  CONTAINMENT: 'Containment',
  RECOVERY: 'Recovery',
} as const;
export type IncidentActionKind = keyof typeof INCIDENT_ACTION_KINDS;

export const RISK_LEVELS = {
  LOW: 'Low',
  MEDIUM: 'Medium',
  HIGH: 'High',
} as const;
export type RiskLevel = keyof typeof RISK_LEVELS;

/** Likelihood and severity of harm are each scored 1 (remote / minimal) to 5 (almost certain / severe). */
export const RISK_SCORE_MIN = 1;
export const RISK_SCORE_MAX = 5;

/**
 * The risk level of a likelihood × severity score on the usual 5 × 5 matrix:
 * up to 4 low, up to 12 medium, 15 and above high. Null until both are scored.
 */
export function riskLevel(likelihood: number | null | undefined, severity: number | null | undefined): RiskLevel | null {
  if (likelihood == null || severity == null) return null;
  const score = likelihood * severity;
  if (score <= 4) return 'LOW';
  if (score <= 12) return 'MEDIUM';
  return 'HIGH';
}

export function isRiskScore(value: number): boolean {
  return Number.isInteger(value) && value >= RISK_SCORE_MIN && value <= RISK_SCORE_MAX;
}
