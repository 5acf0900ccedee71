/**
 * Pure rules for the evidence the product pre-fills in a self-assessment:
 * the sentence it writes for a measured figure, and whether the figure shows
 * the provision is not met. Kept apart from the SQL so unit tests reach them.
 */

/**
 * The share of cases in time below which the data shows a timescale is not met.
 * The Code sets its timescales for every complaint; the Ombudsman looks for a
 * pattern rather than one late reply that the person was told about (§5.5), so
 * a handful of late responses does not flag the provision but a pattern does.
 */
export const TIMELINESS_THRESHOLD_PERCENT = 95;

export interface ShareFigure {
  /** e.g. 'Stage 1 responses within 10 working days' */
  label: string;
  met: number;
  of: number;
}

/** "Stage 1 responses within 10 working days: 84 % of 312" (whole percent; "none recorded" when there is no base). */
export function shareEvidence(figure: ShareFigure): string {
  if (figure.of === 0) return `${figure.label}: none recorded in the year`;
  return `${figure.label}: ${Math.round((100 * figure.met) / figure.of)} % of ${figure.of}`;
}

/** True when the share is below the threshold (nothing to count is never a finding). */
export function shareBelowThreshold(figure: Pick<ShareFigure, 'met' | 'of'>, thresholdPercent = TIMELINESS_THRESHOLD_PERCENT): boolean {
  return figure.of > 0 && (100 * figure.met) / figure.of < thresholdPercent;
}

export interface MeasuredEvidence {
  /** What the product measured, in one or two sentences. */
  text: string;
  /** True when the data shows the provision is not met. */
  flagged: boolean;
  /** Why it is flagged, when it is. */
  flagReason: string | null;
}

export function shareMeasure(figure: ShareFigure, extra: string[] = []): MeasuredEvidence {
  const flagged = shareBelowThreshold(figure);
  return {
    text: [shareEvidence(figure), ...extra].join('. '),
    flagged,
    flagReason: flagged ? `Below ${TIMELINESS_THRESHOLD_PERCENT} % in the year.` : null,
  };
}
