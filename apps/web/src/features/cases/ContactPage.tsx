import { useEffect, useRef, useState } from 'react';
import { Link, useLocation, useParams } from 'react-router';
import { ACCESS, mayUse } from '../../app/access';
import { useDocumentTitle } from '../../app/useDocumentTitle';
import { QueryState } from '../../components/QueryState';
import { useSignedInUser } from '../auth/current-user';
import { todayIso } from '@complaints/domain';
import { ContactActions } from './ContactActions';
import { ContactDetails, DueDates } from './ContactDetails';
import { ContactTimeline } from './ContactTimeline';
import { useContactQuery, type CaseContact } from './useContactQuery';
import './cases.css';

/** /cases/:id: a contact's details, due dates and history, and (for officers) the next steps to record. */
export function ContactPage() {
  const { id = '' } = useParams();
  const location = useLocation();
  const recorded = (location.state as { recorded?: string } | null)?.recorded;
  const [result, reexecute] = useContactQuery(id);
  const contact = result.data?.contact ?? null;
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
        isEmpty={(data) => data.contact === null}
        empty="There is no contact here that you may see. It may have been mistyped, or belong to a service area that is not yours."
        onRetry={() => reexecute({ requestPolicy: 'network-only' })}
      >
        {(data) =>
          data.contact && (
            <ContactView
              contact={data.contact}
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
  return (
    <div className="case-contact">
      <h2 className="heading-l">Details</h2>
      <ContactDetails contact={contact} />

      <h2 className="heading-l" id="due-dates">
        Due dates
      </h2>
      <DueDates contact={contact} today={today} headingId="due-dates" />

      <h2 className="heading-l" id="history" tabIndex={-1}>
        History
      </h2>
      <ContactTimeline events={contact.timeline} headingId="history" />

      <h2 className="heading-l">Record the next step</h2>
      {mayUse(user.role, ACCESS.CASES_WRITE) ? (
        <ContactActions contact={contact} today={today} onRecorded={onRecorded} />
      ) : (
        <p>You can read this contact. Complaints officers record its steps.</p>
      )}
    </div>
  );
}
