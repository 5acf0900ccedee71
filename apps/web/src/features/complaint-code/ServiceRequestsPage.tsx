import { COMPLAINANT_TYPES, SERVICE_REQUEST_STATUSES, todayIso, type ServiceRequestStatus } from '@complaints/domain';
import { useState } from 'react';
import { Link } from 'react-router';
import { contactPath } from '@complaints/domain';
import { ACCESS, mayUse } from '../../app/access';
import { useDocumentTitle } from '../../app/useDocumentTitle';
import { QueryState } from '../../components/QueryState';
import { SelectField } from '../../components/SelectField';
import type { ComplainantType } from '../../graphql/graphql';
import { useSignedInUser } from '../auth/current-user';
import { formatDate } from '../cases/case-dates';
import { CodeStepForm } from './CodeStepForm';
import {
  useConvertServiceRequest,
  useRecordServiceRequest,
  useReviewServiceRequest,
  useServiceRequestFormOptions,
  useServiceRequestsQuery,
  type ServiceRequestRow,
} from './useServiceRequests';
import './complaint-code.css';

type Option = { value: string; label: string };
const inUse = (item: { retiredFrom?: string | null }, today: string) => !item.retiredFrom || item.retiredFrom > today;

/**
 * /service-requests: requests for a service, a fix or a reconsidered decision
 * (the Ombudsman's Complaint Handling Code §1.2), recorded and reviewed apart
 * from complaints (§1.8). One that turns into dissatisfaction becomes a Stage 1
 * complaint, keeping the request and its reviews linked to it.
 */
export function ServiceRequestsPage() {
  useDocumentTitle('Service requests');
  const user = useSignedInUser();
  const canWrite = mayUse(user.role, ACCESS.COMPLAINT_CODE_WRITE);
  const [status, setStatus] = useState('OPEN');
  const [result, reexecute] = useServiceRequestsQuery(status);
  const [optionsResult] = useServiceRequestFormOptions();
  const [notice, setNotice] = useState<string | null>(null);
  const [, record] = useRecordServiceRequest();
  const today = todayIso();
  const o = optionsResult.data;
  const areas: Option[] = (o?.serviceAreas ?? []).filter((a) => inUse(a, today)).map((a) => ({ value: a.code, label: a.name }));
  const channels: Option[] = (o?.channels ?? []).filter((c) => inUse(c, today)).map((c) => ({ value: c.code, label: c.name }));
  const issues: Option[] = (o?.issueCategories ?? []).flatMap((c) => c.issues.filter((i) => inUse(i, today)).map((i) => ({ value: i.code, label: `${c.name}: ${i.name}` })));
  const saved = (message: string) => {
    setNotice(message);
    reexecute({ requestPolicy: 'network-only' });
  };

  return (
    <>
      <h1 className="heading-xl">Service requests</h1>
      <p>
        A service request asks the council to provide or improve a service, put something right or reconsider a decision. It is not a complaint, but it is recorded
        and reviewed; if the person is still dissatisfied it becomes a Stage 1 complaint.
      </p>
      <div role="status" className={notice ? 'notification' : undefined}>
        {notice && <p className="notification__text">{notice}.</p>}
      </div>
      {canWrite && (
        <CodeStepForm
          id="new-service-request"
          title="Record a service request"
          submitLabel="Record the service request"
          savedMessage="Service request recorded"
          fields={[
            { name: 'receivedDate', label: 'Date received', kind: 'date', required: true, initial: today },
            { name: 'serviceArea', label: 'Service area', kind: 'select', options: areas, required: true },
            { name: 'summary', label: 'What was asked for', kind: 'textarea', required: true },
          ]}
          onSubmit={(v) => record({ input: { receivedDate: v.receivedDate!, serviceArea: v.serviceArea!, summary: v.summary! } })}
          onSaved={saved}
        />
      )}
      <h2 className="heading-l">Requests</h2>
      <SelectField
        id="service-request-status"
        label="Show"
        options={[{ value: '', label: 'All' }, ...Object.entries(SERVICE_REQUEST_STATUSES).map(([value, label]) => ({ value, label }))]}
        value={status}
        onChange={setStatus}
      />
      <QueryState
        result={result}
        label="service requests"
        isEmpty={(d) => d.serviceRequests.length === 0}
        empty="There are no service requests to show."
        onRetry={() => reexecute({ requestPolicy: 'network-only' })}
      >
        {(data) => (
          <ul className="list service-requests" aria-label="Service requests">
            {data.serviceRequests.map((r) => (
              <ServiceRequestItem key={r.id} request={r} canWrite={canWrite} channels={channels} issues={issues} onSaved={saved} />
            ))}
          </ul>
        )}
      </QueryState>
    </>
  );
}

function ServiceRequestItem({
  request,
  canWrite,
  channels,
  issues,
  onSaved,
}: {
  request: ServiceRequestRow;
  canWrite: boolean;
  channels: Option[];
  issues: Option[];
  onSaved: (message: string) => void;
}) {
  const [, review] = useReviewServiceRequest();
  const [, convert] = useConvertServiceRequest();
  const headingId = `service-request-${request.id}`;
  return (
    <li className="service-request" aria-labelledby={headingId}>
      <h3 className="heading-s" id={headingId}>
        {request.summary}
      </h3>
      <p>
        {request.serviceArea.name}. Received {formatDate(request.receivedDate)}. {SERVICE_REQUEST_STATUSES[request.status as ServiceRequestStatus]}
        {request.resolvedDate ? ` on ${formatDate(request.resolvedDate)}` : ''}
        {request.convertedContactReference && (
          <>
            {' '}
            on {formatDate(request.convertedDate!)}: <Link to={contactPath(request.convertedContactReference)}>{request.convertedContactReference}</Link>
          </>
        )}
        .
      </p>
      {request.reviewNote && (
        <p>
          Last review ({formatDate(request.reviewedDate!)}): {request.reviewNote}
        </p>
      )}
      {canWrite && request.status === 'OPEN' && (
        <>
          <CodeStepForm
            id={`review-${request.id}`}
            title="Record a review"
            submitLabel="Record the review"
            savedMessage="Review recorded"
            fields={[
              { name: 'reviewedDate', label: 'Date reviewed', kind: 'date', required: true, initial: todayIso() },
              { name: 'note', label: 'What the review found', kind: 'textarea', required: true },
              { name: 'resolved', label: 'The request is resolved', kind: 'checkbox' },
            ]}
            onSubmit={(v) => review({ id: request.id, reviewedDate: v.reviewedDate!, note: v.note!, resolved: v.resolved === 'true' })}
            onSaved={onSaved}
          />
          <CodeStepForm
            id={`convert-${request.id}`}
            title="Make it a Stage 1 complaint"
            submitLabel="Make it a complaint"
            savedMessage="Stage 1 complaint recorded from the service request"
            fields={[
              { name: 'receivedDate', label: 'Date the person expressed dissatisfaction', kind: 'date', required: true, initial: todayIso() },
              { name: 'channel', label: 'How', kind: 'select', options: channels, required: true },
              { name: 'issues', label: 'Issue', kind: 'select', options: issues, required: true },
              { name: 'complainantType', label: 'Complainant', kind: 'select', options: Object.entries(COMPLAINANT_TYPES).map(([value, label]) => ({ value, label })), required: true },
            ]}
            onSubmit={(v) =>
              convert({
                id: request.id,
                input: { receivedDate: v.receivedDate!, channel: v.channel!, issues: [v.issues!], complainantType: v.complainantType as ComplainantType },
              })
            }
            onSaved={onSaved}
          />
        </>
      )}
    </li>
  );
}
