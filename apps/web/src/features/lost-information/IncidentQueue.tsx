import { Link } from 'react-router';
import { IcoClock } from './IcoClock';
import { useNow } from './incident-clock';
import { INCIDENT_FORMATS, incidentPath } from './lost-information-labels';
import type { IncidentFormat } from '../../graphql/graphql';
import './lost-information.css';

export interface IncidentQueueItem {
  incident: { id: string; reference: string; format: IncidentFormat; discoveredAt: string; icoDecision?: 'NOTIFY' | 'DO_NOT_NOTIFY' | null };
}

/**
 * Lost-information incidents waiting for their ICO decision, at the top of
 * the casework queue: overdue first (the API orders them by the 72-hour
 * deadline), each with its live clock.
 */
export function IncidentQueue({ items }: { items: readonly IncidentQueueItem[] | undefined }) {
  const now = useNow();
  if (!items?.length) return null;
  return (
    <section className="li-queue" aria-labelledby="li-queue-heading">
      <h2 className="heading-m" id="li-queue-heading">
        Lost information: ICO decisions waiting ({items.length})
      </h2>
      <ol className="li-queue__list">
        {items.map(({ incident }) => (
          <li key={incident.id}>
            <Link to={incidentPath(incident.id)}>{incident.reference}</Link> ({INCIDENT_FORMATS[incident.format]}): <IcoClock incident={incident} now={now} />
          </li>
        ))}
      </ol>
    </section>
  );
}
