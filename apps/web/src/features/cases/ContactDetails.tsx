import type { ReactNode } from 'react';
import { formatDate, workingDays } from './case-dates';
import { COMPLAINANT_TYPES, CONTACT_STATUSES, OUTCOMES, STAGES } from './case-labels';
import { dueRows, type DueState } from './contact-status';
import type { CaseContact } from './useContactQuery';

/** What the contact is: a summary list (GOV.UK) of its details. */
export function ContactDetails({ contact }: { contact: CaseContact }) {
  const [mainArea, ...otherAreas] = contact.serviceAreas;
  const [mainIssue, ...otherIssues] = contact.issues;
  return (
    <dl className="case-summary">
      <Row term="Status">
        {CONTACT_STATUSES[contact.status]}
        {contact.nextDueDate && ` (next step due ${formatDate(contact.nextDueDate)})`}
      </Row>
      <Row term="Record type">{contact.recordType.name}</Row>
      <Row term="How it was received">{contact.channel.name}</Row>
      <Row term="Date received">{formatDate(contact.receivedDate)}</Row>
      <Row term="Who made the contact">{COMPLAINANT_TYPES[contact.complainantType]}</Row>
      {contact.stage && <Row term="Stage">{STAGES[contact.stage]}</Row>}
      <Row term="Outcome">
        {OUTCOMES[contact.outcome]}
        {contact.workingDaysToResponse !== null && ` (responded in ${workingDays(contact.workingDaysToResponse)})`}
      </Row>
      <Row term="Service areas">
        <ul className="list">
          {mainArea && <li>{mainArea.name} (main)</li>}
          {otherAreas.map((area) => (
            <li key={area.code}>{area.name}</li>
          ))}
        </ul>
      </Row>
      <Row term="Issues">
        <ul className="list">
          {mainIssue && <li>{mainIssue.name} (main)</li>}
          {otherIssues.map((issue) => (
            <li key={issue.code}>{issue.name}</li>
          ))}
        </ul>
      </Row>
      <Row term="Summary">{contact.summary ? <span className="case-summary__text">{contact.summary}</span> : 'None recorded'}</Row>
    </dl>
  );
}

function Row({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div className="case-summary__row">
      <dt className="case-summary__key">{term}</dt>
      <dd className="case-summary__value">{children}</dd>
    </div>
  );
}

const TAG_CLASS: Record<DueState, string> = {
  OVERDUE: 'case-tag case-tag--overdue',
  DONE_LATE: 'case-tag case-tag--late',
  DONE_ON_TIME: 'case-tag case-tag--done',
  WAITING: 'case-tag case-tag--waiting',
  NOT_NEEDED: 'case-tag case-tag--neutral',
};

/** Each step's due date, when it was done and where it stands (in words, with a coloured tag). */
export function DueDates({ contact, today, headingId }: { contact: CaseContact; today: string; headingId: string }) {
  const rows = dueRows(contact, today);
  if (rows.length === 0) {
    return <p>No acknowledgement or response is due for a {contact.recordType.name.toLowerCase()}.</p>;
  }
  return (
    <div className="table-scroll" role="region" aria-labelledby={headingId} tabIndex={0}>
      <table className="table case-table" aria-labelledby={headingId}>
        <thead>
          <tr>
            <th scope="col">Step</th>
            <th scope="col">Due by</th>
            <th scope="col">Done on</th>
            <th scope="col">Status</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key}>
              <th scope="row">{row.step}</th>
              <td>{row.due ? formatDate(row.due) : 'No due date'}</td>
              <td>{row.done ? formatDate(row.done) : row.state === 'NOT_NEEDED' ? 'Not done' : 'Not yet'}</td>
              <td>
                <strong className={TAG_CLASS[row.state]}>{row.status}</strong>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
