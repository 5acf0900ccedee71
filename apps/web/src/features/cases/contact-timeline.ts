/** The contact's history (the API's timeline) as entries for an ordered list. Pure. */
import { formatDate, humaniseDates } from './case-dates';
import { OUTCOMES, STAGES, TIMELINE_KINDS } from './case-labels';
import type { CaseTimelineEvent } from './useContactQuery';

export interface TimelineEntry {
  key: string;
  title: string;
  /** ISO date for <time dateTime>; null where it was never recorded. */
  date: string | null;
  dateText: string;
  /** Further detail in sentences (due dates set, the outcome); may be empty. */
  details: string[];
}

function titleOf(event: CaseTimelineEvent): string {
  const stage = event.stage ? STAGES[event.stage] : null;
  switch (event.kind) {
    case 'ESCALATED':
      return stage ? `${stage} requested` : TIMELINE_KINDS.ESCALATED;
    case 'PANEL_HELD':
      return stage ? `${stage} review panel met` : TIMELINE_KINDS.PANEL_HELD;
    case 'ESCALATION_RESPONDED':
      return stage ? `${stage} response sent` : TIMELINE_KINDS.ESCALATION_RESPONDED;
    default:
      return TIMELINE_KINDS[event.kind];
  }
}

function sentence(text: string): string {
  const trimmed = text.trim();
  return trimmed.charAt(0).toUpperCase() + trimmed.slice(1);
}

/**
 * The API describes each event in clauses ('Received; acknowledgement due
 * 2010-01-14; response due 2010-01-25'): the first repeats what happened, which
 * the title says, so the rest become the details, with dates in words.
 */
export function timelineEntries(events: readonly CaseTimelineEvent[]): TimelineEntry[] {
  return events.map((event, index) => {
    const title = titleOf(event);
    const clauses = humaniseDates(event.description).split(';').map((c) => c.trim()).filter(Boolean);
    const first = clauses[0]?.toLowerCase() ?? '';
    // 'Response sent (upheld)' says the outcome, which gets a sentence of its own.
    if (first.startsWith(title.toLowerCase()) || first.startsWith(TIMELINE_KINDS[event.kind].toLowerCase())) clauses.shift();
    const details = clauses.map(sentence);
    if (event.outcome && event.outcome !== 'WITHDRAWN' && (event.kind === 'RESPONDED' || event.kind === 'ESCALATION_RESPONDED')) {
      details.push(`Outcome: ${OUTCOMES[event.outcome].toLowerCase()}`);
    }
    return {
      key: `${index}-${event.kind}`,
      title,
      date: event.date,
      dateText: event.date ? formatDate(event.date) : 'Date not recorded',
      details,
    };
  });
}
