import { timelineEntries } from './contact-timeline';
import type { CaseTimelineEvent } from './useContactQuery';

/** The contact's history, oldest first, as an ordered list labelled by its heading. */
export function ContactTimeline({ events, headingId }: { events: readonly CaseTimelineEvent[]; headingId: string }) {
  const entries = timelineEntries(events);
  return (
    <ol className="case-timeline" aria-labelledby={headingId}>
      {entries.map((entry) => (
        <li key={entry.key} className="case-timeline__item">
          <h3 className="case-timeline__title">{entry.title}</h3>
          <p className="case-timeline__date">
            {entry.date ? <time dateTime={entry.date}>{entry.dateText}</time> : entry.dateText}
          </p>
          {entry.details.map((detail) => (
            <p key={detail} className="case-timeline__detail">
              {detail}
            </p>
          ))}
        </li>
      ))}
    </ol>
  );
}
