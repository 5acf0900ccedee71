import { useEffect, useRef, useState } from 'react';
import { Link, useLocation, useParams } from 'react-router';
import { todayIso } from '@complaints/domain';
import { ACCESS, mayUse } from '../../app/access';
import { useDocumentTitle } from '../../app/useDocumentTitle';
import { QueryState } from '../../components/QueryState';
import { useSignedInUser } from '../auth/current-user';
import { dueSentence } from './request-due';
import { KIND_LABELS, STATUS_LABELS, STATUS_TAGS } from './request-labels';
import { REGISTER_PATH } from './request-path';
import { RequestDetails } from './RequestDetails';
import { RequestHistory } from './RequestHistory';
import { RequestSteps } from './RequestSteps';
import { useInformationRequestQuery, type RequestData } from './useInformationRequestQuery';
import './information-requests.css';

/** /information-requests/:reference (each / of the reference as -): a request, where it stands, its steps and history. */
export function RequestPage() {
  const { reference = '' } = useParams();
  const location = useLocation();
  const recorded = (location.state as { recorded?: string } | null)?.recorded;
  const [result, reexecute] = useInformationRequestQuery(reference);
  const request = result.data?.informationRequestByReference ?? null;
  // On arrival from the form, the frame puts focus on <main>; after a step, focus goes to the notice.
  const [notice, setNotice] = useState<{ text: string; focus: boolean } | null>(recorded ? { text: `Request ${recorded} recorded`, focus: false } : null);
  const noticeRef = useRef<HTMLDivElement>(null);
  useDocumentTitle(request ? `Information request ${request.reference}` : 'Information request');

  useEffect(() => {
    // The step's form has gone: put focus on what happened instead, so it is read out.
    if (notice?.focus) noticeRef.current?.focus();
  }, [notice]);

  return (
    <>
      <p>
        <Link to={REGISTER_PATH} className="ir-back-link">
          Back to information requests
        </Link>
      </p>
      {notice && (
        <div className="notification ir-notice" role="status" tabIndex={-1} ref={noticeRef}>
          <p className="notification__text">
            {notice.text}. <a href="#history">See its history</a>
          </p>
        </div>
      )}
      <h1 className="heading-xl">
        {request ? (
          <>
            <span className="ir-caption">{KIND_LABELS[request.kind]} request</span> {request.reference}
          </>
        ) : (
          'Information request'
        )}
      </h1>
      <QueryState
        result={result}
        label="information request"
        isEmpty={(data) => data.informationRequestByReference === null}
        empty="There is no information request here that you may see. The reference may have been mistyped, or it may belong to a service area that is not yours."
        onRetry={() => reexecute({ requestPolicy: 'network-only' })}
      >
        {(data) => data.informationRequestByReference && <RequestView request={data.informationRequestByReference} onRecorded={(text) => setNotice({ text, focus: true })} />}
      </QueryState>
    </>
  );
}

function RequestView({ request, onRecorded }: { request: RequestData; onRecorded: (message: string) => void }) {
  const user = useSignedInUser();
  const today = todayIso();
  return (
    <>
      <p>
        <strong className={STATUS_TAGS[request.status]}>{STATUS_LABELS[request.status]}</strong> {dueSentence(request)}
      </p>
      <h2 className="heading-l">Details</h2>
      <RequestDetails request={request} />

      <h2 className="heading-l" id="history" tabIndex={-1}>
        History
      </h2>
      <RequestHistory entries={request.history} headingId="history" />

      <h2 className="heading-l">Record the next step</h2>
      {mayUse(user.role, ACCESS.CASES_WRITE) ? (
        <RequestSteps request={request} today={today} onRecorded={onRecorded} />
      ) : (
        <p>You can read this request. Complaints officers record its steps.</p>
      )}
    </>
  );
}
