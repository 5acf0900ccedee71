import { Link } from 'react-router';
import { ACCESS, mayUse } from '../../app/access';
import { useDocumentTitle } from '../../app/useDocumentTitle';
import { QueryState } from '../../components/QueryState';
import { useSignedInUser } from '../auth/current-user';
import { IcoClock } from './IcoClock';
import { formatLondonTime, useNow } from './incident-clock';
import { INCIDENT_FORMATS, incidentPath, REGISTER_PATH } from './lost-information-labels';
import { useLostInformationIncidents, type IncidentData } from './useLostInformation';
import './lost-information.css';

/**
 * /lost-information: the register of personal information lost outside the
 * office (report 12.2), newest first, each with its 72-hour ICO clock.
 * Officers record and edit; service managers read their areas' incidents.
 */
export function LostInformationPage() {
  const user = useSignedInUser();
  const [result, reexecute] = useLostInformationIncidents();
  const now = useNow();
  useDocumentTitle('Lost information');
  return (
    <>
      <h1 className="heading-xl">Lost information</h1>
      <p className="lead">Personal information lost outside the office: paper, discs, USB sticks, laptops, phones, and e-mail or post to the wrong person.</p>
      <p>
        The decision whether to tell the Information Commissioner’s Office (ICO) is due within 72 hours of discovering the loss. The 72 hours
        run through nights, weekends and bank holidays.
      </p>
      {user.role === 'SERVICE_MANAGER' && <p>You see the incidents of your service areas only.</p>}
      {mayUse(user.role, ACCESS.LOST_INFORMATION_WRITE) && (
        <p>
          <Link to={`${REGISTER_PATH}/new`} className="button li-button-link">
            Record an incident
          </Link>
        </p>
      )}
      <QueryState
        result={result}
        label="incidents"
        isEmpty={(data) => data.lostInformationIncidents.length === 0}
        empty="No incidents recorded."
        onRetry={() => reexecute({ requestPolicy: 'network-only' })}
      >
        {(data) => <Register incidents={data.lostInformationIncidents} now={now} />}
      </QueryState>
    </>
  );
}

function Register({ incidents, now }: { incidents: IncidentData[]; now: Date }) {
  return (
    <div className="li-table-scroll" role="region" aria-labelledby="li-register-caption" tabIndex={0}>
      <table className="li-table">
        <caption id="li-register-caption" className="visually-hidden">
          Lost-information incidents, newest discovered first
        </caption>
        <thead>
          <tr>
            <th scope="col">Reference</th>
            <th scope="col">Discovered</th>
            <th scope="col">Format</th>
            <th scope="col">Service area</th>
            <th scope="col">People</th>
            <th scope="col">ICO (72 hours)</th>
            <th scope="col">Status</th>
          </tr>
        </thead>
        <tbody>
          {incidents.map((incident) => (
            <tr key={incident.id}>
              <th scope="row">
                <Link to={incidentPath(incident.id)}>{incident.reference}</Link>
              </th>
              <td>{formatLondonTime(incident.discoveredAt)}</td>
              <td>{INCIDENT_FORMATS[incident.format]}</td>
              <td>{incident.serviceArea?.name ?? '–'}</td>
              <td>{incident.peopleAffected}</td>
              <td>
                <IcoClock incident={incident} now={now} />
              </td>
              <td>{incident.status === 'CLOSED' ? `Closed ${incident.closedOn ?? ''}` : 'Open'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
