import { contactPath, referenceKey } from '@complaints/domain';
import { useEffect, useRef, useState } from 'react';
import { Link, Navigate, useLocation, useParams } from 'react-router';
import { ACCESS, mayUse } from '../../app/access';
import { useDocumentTitle } from '../../app/useDocumentTitle';
import { QueryState } from '../../components/QueryState';
import { useSignedInUser } from '../auth/current-user';
import { LearningAtClosure } from '../actions/LearningAtClosure';
import { todayIso } from '@complaints/domain';
import { ComplaintCodeSection } from '../complaint-code/ComplaintCodeSection';
import { AssignmentsSection } from './AssignmentsSection';
import { ComplainantSection } from './ComplainantSection';
import { ContactActions } from './ContactActions';
import { ContactDetails, DueDates } from './ContactDetails';
import { ContactTimeline } from './ContactTimeline';
import { FIND_PATH } from './find-params';
import { useContactQuery, type CaseContact } from './useContactQuery';
import './cases.css';

/**
 * /cases/:reference (e.g. /cases/CS-2009-0123, each / of the reference as -):
 * a contact's details, the people on it, due dates and history, and (for
 * officers) the next steps to record. An older address by number
 * (/cases/751) and other spellings of the reference move to this one.
 */
export function ContactPage() {
  const { reference = '' } = useParams();
  const location = useLocation();
  const recorded = (location.state as { recorded?: string } | null)?.recorded;
  const [result, reexecute] = useContactQuery(reference);
  const contact = result.data?.contactByReference ?? null;
  // On arrival from the form, the frame puts focus on <main>; after a step, focus goes to the notice.
  const [notice, setNotice] = useState<{ text: string; focus: boolean } | null>(
    recorded ? { text: `Contact ${recorded} recorded`, focus: false } : null,
  );
  const noticeRef = useRef<HTMLDivElement>(null);
  useDocumentTitle(contact ? `Contact ${contact.reference}` : 'Contact');

  useEffect(() => {
    // The step's form has gone: put focus on what happened instead, so it is read out.
    if (notice?.focus) noticeRef.current?.focus();
  }, [notice]);

  const numbered = result.data?.contact;
  if (!contact && numbered) return <Navigate replace to={contactPath(numbered.reference)} state={location.state} />;
  if (contact && reference !== referenceKey(contact.reference)) return <Navigate replace to={contactPath(contact.reference)} state={location.state} />;

  return (
    <>
      <p>
        <Link to="/cases" className="case-back-link">
          Back to case work
        </Link>
      </p>
      {notice && (
        <div className="notification" role="status" tabIndex={-1} ref={noticeRef}>
          <p className="notification__text">
            {notice.text}. <a href="#history">See its history</a>
          </p>
        </div>
      )}
      <h1 className="heading-xl">
        {contact ? (
          <>
            <span className="case-caption">{contact.recordType.name}</span> {contact.reference}
          </>
        ) : (
          'Contact'
        )}
      </h1>
      <QueryState
        result={result}
        label="contact"
        isEmpty={(data) => data.contactByReference === null && !data.contact}
        empty={
          <>
            There is no contact {reference ? `with the reference ${reference}` : 'here'} that you may see. It may have been mistyped, or belong to a service area that
            is not yours. <Link to={FIND_PATH}>Find a contact</Link>
          </>
        }
        onRetry={() => reexecute({ requestPolicy: 'network-only' })}
      >
        {(data) =>
          data.contactByReference && (
            <ContactView
              contact={data.contactByReference}
              onRecorded={(message) => {
                // No refetch here: the normalized cache drops the contact a step changed (and the
                // lists it may move in), so this page's query asks again (app/graphql-client.ts).
                setNotice({ text: message, focus: true });
              }}
            />
          )
        }
      </QueryState>
    </>
  );
}

function ContactView({ contact, onRecorded }: { contact: CaseContact; onRecorded: (message: string) => void }) {
  const user = useSignedInUser();
  const today = todayIso();
  const mayWrite = mayUse(user.role, ACCESS.CASES_WRITE);
  return (
    <div className="case-contact">
      <h2 className="heading-l">Details</h2>
      <ContactDetails contact={contact} />

      {mayUse(user.role, ACCESS.COMPLAINANTS_READ) && (
        <>
          <h2 className="heading-l" id="complainant-heading">
            Complainant
          </h2>
          <ComplainantSection contact={contact} headingId="complainant-heading" canEdit={mayWrite} onSaved={onRecorded} />
        </>
      )}

      <h2 className="heading-l" id="officers-heading">
        Handling officers
      </h2>
      <AssignmentsSection contact={contact} headingId="officers-heading" canAssign={mayWrite} onAssigned={onRecorded} />

      <ComplaintCodeSection contactId={contact.id} canWrite={mayUse(user.role, ACCESS.COMPLAINT_CODE_WRITE)} onRecorded={onRecorded} />

      <h2 className="heading-l" id="due-dates">
        Due dates
      </h2>
      <DueDates contact={contact} today={today} headingId="due-dates" />

      <h2 className="heading-l" id="history" tabIndex={-1}>
        History
      </h2>
      <ContactTimeline events={contact.timeline} headingId="history" />

      <LearningAtClosure contact={contact} canRecord={mayWrite} onRecorded={onRecorded} />

      <h2 className="heading-l">Record the next step</h2>
      {mayWrite ? (
        <ContactActions contact={contact} today={today} onRecorded={onRecorded} />
      ) : (
        <p>You can read this contact. Complaints officers record its steps.</p>
      )}
    </div>
  );
}
