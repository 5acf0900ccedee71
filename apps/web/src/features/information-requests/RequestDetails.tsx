import type { ReactNode } from 'react';
import { formatDate } from '../cases/case-dates';
import { KIND_LABELS, PAUSE_REASON_LABELS, REQUESTER_TYPE_LABELS } from './request-labels';
import type { RequestData } from './useInformationRequestQuery';

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="ir-summary-list__row">
      <dt className="ir-summary-list__key">{label}</dt>
      <dd className="ir-summary-list__value">{children}</dd>
    </div>
  );
}

const notYet = <span className="hint-inline">Not yet</span>;
const none = <span className="hint-inline">Not recorded</span>;

/** What the request is and the dates of its steps, as a summary list. */
export function RequestDetails({ request }: { request: RequestData }) {
  return (
    <dl className="ir-summary-list">
      <Row label="Kind">{KIND_LABELS[request.kind]}</Row>
      <Row label="Reference">{request.reference}</Row>
      <Row label="Received">{formatDate(request.receivedDate)}</Row>
      <Row label="Who asked">{REQUESTER_TYPE_LABELS[request.requesterType]}</Row>
      <Row label="Requester’s name">{request.requesterName ?? none}</Row>
      <Row label="Service area">{request.serviceArea?.name ?? none}</Row>
      <Row label="What was asked for">{request.summary ?? none}</Row>
      {request.jointWithDirectorate && <Row label="Answered jointly with">{request.jointWithDirectorate}</Row>}
      <Row label="Acknowledged">{request.acknowledgedDate ? formatDate(request.acknowledgedDate) : notYet}</Row>
      <Row label="Deadline extended">{request.extended ? `Yes${request.extensionReason ? `: ${request.extensionReason}` : ''}` : 'No'}</Row>
      {request.clockPausedOn && request.clockPauseReason && (
        <Row label="Clock paused">
          Since {formatDate(request.clockPausedOn)}, {PAUSE_REASON_LABELS[request.clockPauseReason].toLowerCase()}
        </Row>
      )}
      <Row label={request.status === 'PAUSED' ? 'Due (before the pause)' : 'Due'}>{formatDate(request.dueDate)}</Row>
      <Row label="Response sent">{request.completedDate ? formatDate(request.completedDate) : notYet}</Row>
      {request.withdrawnDate && <Row label="Withdrawn">{formatDate(request.withdrawnDate)}</Row>}
    </dl>
  );
}
