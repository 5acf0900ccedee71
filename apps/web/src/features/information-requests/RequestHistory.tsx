import { historyItems } from './request-history';
import type { RequestHistoryEntry } from './useInformationRequestQuery';

/** The request's history, oldest first, as an ordered list labelled by its heading. */
export function RequestHistory({ entries, headingId }: { entries: readonly RequestHistoryEntry[]; headingId: string }) {
  return (
    <ol className="ir-timeline" aria-labelledby={headingId}>
      {historyItems(entries).map((item) => (
        <li key={item.key} className="ir-timeline__item">
          <h3 className="ir-timeline__title">{item.title}</h3>
          <p className="ir-timeline__date">
            <time dateTime={item.date}>{item.dateText}</time>
          </p>
          {item.details.map((detail) => (
            <p key={detail} className="ir-timeline__detail">
              {detail}
            </p>
          ))}
        </li>
      ))}
    </ol>
  );
}
