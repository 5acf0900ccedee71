import { IcoClock } from './IcoClock';
import { formatLondonTime } from './incident-clock';
import { ENCRYPTION_STATES, ICO_DECISIONS, INCIDENT_ACTION_KINDS, INCIDENT_FORMATS, RISK_LEVELS, SUBJECTS_DECISIONS } from './lost-information-labels';
import type { IncidentData } from './useLostInformation';

/** An incident read-only, for service managers: every answer in words. */
export function IncidentDetails({ incident: i }: { incident: IncidentData }) {
  const row = (label: string, value: string | null | undefined) => (
    <div className="summary-list__row">
      <dt className="summary-list__key">{label}</dt>
      <dd className="summary-list__value">{value || 'Not recorded'}</dd>
    </div>
  );
  return (
    <>
      <p>
        <IcoClock incident={i} />
      </p>
      <dl className="summary-list">
        {row('Discovered', formatLondonTime(i.discoveredAt))}
        {row('Happened', i.occurredAt ? formatLondonTime(i.occurredAt) : null)}
        {row('Format', INCIDENT_FORMATS[i.format])}
        {row('What information', i.dataDescription)}
        {row('About how many people', String(i.peopleAffected))}
        {row('Encrypted', ENCRYPTION_STATES[i.encrypted])}
        {row('Reported by', i.reportedBy)}
        {row('Service area', i.serviceArea?.name)}
        {row('Risk level', i.riskLevel ? `${RISK_LEVELS[i.riskLevel]} (likelihood ${i.likelihood}, severity ${i.severity})` : null)}
        {row('ICO decision', i.icoDecision ? `${ICO_DECISIONS[i.icoDecision]}${i.icoDecidedAt ? `, ${formatLondonTime(i.icoDecidedAt)}` : ''}` : 'Not yet made')}
        {row('Reason', i.icoDecisionReason)}
        {row('ICO notified', i.icoNotifiedAt ? formatLondonTime(i.icoNotifiedAt) : null)}
        {row('People affected told?', i.subjectsDecision ? SUBJECTS_DECISIONS[i.subjectsDecision] : 'Not yet decided')}
        {row('Told on', i.subjectsToldOn)}
        {row('Lessons learned', i.lessonsLearned)}
        {row('Learning actions', i.learningActions.map((a) => a.issueIdentified).join('; '))}
        {row('Status', i.status === 'CLOSED' ? `Closed ${i.closedOn}` : 'Open')}
      </dl>
      <h2 className="heading-m">Containment and recovery</h2>
      {i.actions.length ? (
        <ul className="list">
          {i.actions.map((a) => (
            <li key={a.id}>
              {INCIDENT_ACTION_KINDS[a.kind]}, {a.takenOn}: {a.description}
            </li>
          ))}
        </ul>
      ) : (
        <p>No actions recorded.</p>
      )}
    </>
  );
}
