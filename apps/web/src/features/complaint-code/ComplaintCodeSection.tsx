import {
  CODE_STAGES,
  CODE_TIMESCALES,
  COMPLAINT_REGIMES,
  REFUSAL_REASONS,
  REFUSAL_SUBJECTS,
  REMEDY_TYPES,
  todayIso,
  type CodeStage,
  type ComplaintRegime,
  type RefusalReason,
  type RefusalSubject,
  type RemedyType,
} from '@complaints/domain';
import type { ReactNode } from 'react';
import { QueryState } from '../../components/QueryState';
import type { CodeStage as CodeStageGql, ComplaintRegime as ComplaintRegimeGql, RefusalReason as RefusalReasonGql, RefusalSubject as RefusalSubjectGql, RemedyType as RemedyTypeGql } from '../../graphql/graphql';
import { formatDate } from '../cases/case-dates';
import { useCaseOfficersQuery } from '../cases/useCaseOfficersQuery';
import './complaint-code.css';
import { stage2Escalations } from './agreed-statement';
import { AgreedStatementPanel } from './AgreedStatementPanel';
import { CodeStepForm } from './CodeStepForm';
import {
  useAddAdjustment,
  useAddRemedy,
  useCaseComplaintCode,
  useCompleteRemedy,
  useEscalateCodeComplaint,
  useExtendCodeStage,
  useOverrideRegime,
  useRefuseComplaint,
  useReviewAdjustment,
  useSetCodeStageHandler,
  useSetResponsePoints,
  type CaseComplaintCode,
} from './useComplaintCode';

const options = (labels: Record<string, string>) => Object.entries(labels).map(([value, label]) => ({ value, label }));
const date = (iso: string | null | undefined) => (iso ? formatDate(iso) : '—');

export interface ComplaintCodeSectionProps {
  contactId: string;
  /** Officers record; service managers read. */
  canWrite: boolean;
  onRecorded: (message: string) => void;
}

/**
 * The case page's panels for the procedure a contact follows (issue 13): the
 * regime and why (with an officer's override), and, for complaints under the
 * Ombudsman's Complaint Handling Code, its stages (handlers, extension,
 * Stage 2 by someone else), refusal, reasonable adjustments, points raised and remedies;
 * for a Children Act Stage 2, when its statement of complaint was agreed.
 */
export function ComplaintCodeSection({ contactId, canWrite, onRecorded }: ComplaintCodeSectionProps) {
  const [result, reexecute] = useCaseComplaintCode(contactId);
  const refresh = (message: string) => {
    reexecute({ requestPolicy: 'network-only' });
    onRecorded(message);
  };
  return (
    <section aria-labelledby="procedure-heading">
      <h2 className="heading-l" id="procedure-heading">
        Complaints procedure
      </h2>
      <QueryState result={result} label="complaints procedure" isEmpty={(d) => !d.contact} empty="This contact's procedure could not be found.">
        {(data) => <Panels code={data.contact!} canWrite={canWrite} onRecorded={refresh} />}
      </QueryState>
    </section>
  );
}

function Panel({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section className="code-panel" aria-labelledby={id}>
      <h3 className="heading-m" id={id}>
        {title}
      </h3>
      {children}
    </section>
  );
}

function Panels({ code, canWrite, onRecorded }: { code: CaseComplaintCode; canWrite: boolean; onRecorded: (message: string) => void }) {
  const underCode = code.regime === 'COMPLAINT_HANDLING_CODE';
  const stage2 = stage2Escalations(code);
  return (
    <>
      <RegimePanel code={code} canWrite={canWrite} onRecorded={onRecorded} />
      {stage2.length > 0 && <AgreedStatementPanel escalations={stage2} canWrite={canWrite} today={todayIso()} onRecorded={onRecorded} />}
      {code.fromServiceRequest && (
        <Panel id="code-service-request" title="Service request it came from">
          <p>
            Received {date(code.fromServiceRequest.receivedDate)}; became this complaint on {date(code.fromServiceRequest.convertedDate)}.
          </p>
          <p>{code.fromServiceRequest.summary}</p>
          {code.fromServiceRequest.reviewNote && (
            <p>
              Last review ({date(code.fromServiceRequest.reviewedDate)}): {code.fromServiceRequest.reviewNote}
            </p>
          )}
        </Panel>
      )}
      {underCode && <StagesPanel code={code} canWrite={canWrite} onRecorded={onRecorded} />}
      {(underCode || code.regime === 'CORPORATE_PROCEDURE' || code.refusals.length > 0) && <RefusalPanel code={code} canWrite={canWrite} onRecorded={onRecorded} />}
      <AdjustmentsPanel code={code} canWrite={canWrite} onRecorded={onRecorded} />
      {underCode && <PointsPanel code={code} canWrite={canWrite} onRecorded={onRecorded} />}
      <RemediesPanel code={code} canWrite={canWrite} onRecorded={onRecorded} />
    </>
  );
}

type PanelProps = { code: CaseComplaintCode; canWrite: boolean; onRecorded: (message: string) => void };

function RegimePanel({ code, canWrite, onRecorded }: PanelProps) {
  const [, override] = useOverrideRegime();
  return (
    <Panel id="code-regime" title="Procedure">
      <dl className="summary-list">
        <div className="summary-list__row">
          <dt className="summary-list__key">Follows</dt>
          <dd className="summary-list__value">{COMPLAINT_REGIMES[code.regime as ComplaintRegime]}</dd>
        </div>
        <div className="summary-list__row">
          <dt className="summary-list__key">Why</dt>
          <dd className="summary-list__value">
            {code.regimeOverrideReason ? (
              <>
                Changed by an officer from “{COMPLAINT_REGIMES[code.regimeDecided as ComplaintRegime]}”: {code.regimeOverrideReason}
                <br />
                The rules chose that because: {code.regimeReason}
              </>
            ) : (
              code.regimeReason
            )}
          </dd>
        </div>
      </dl>
      {canWrite && (
        <CodeStepForm
          id="regime-override"
          title="Change the procedure"
          submitLabel="Change the procedure"
          savedMessage="Procedure changed"
          fields={[
            { name: 'regime', label: 'Procedure', kind: 'select', options: options(COMPLAINT_REGIMES), required: true, initial: code.regime },
            { name: 'reason', label: 'Reason for the change', kind: 'textarea', required: true, hint: 'Kept with the case, beside the procedure the rules chose.' },
          ]}
          onSubmit={(v) => override({ contactId: code.id, regime: v.regime as ComplaintRegimeGql, reason: v.reason! })}
          onSaved={onRecorded}
        />
      )}
    </Panel>
  );
}

function StagesPanel({ code, canWrite, onRecorded }: PanelProps) {
  const [officers] = useCaseOfficersQuery(code.id);
  const [, extend] = useExtendCodeStage();
  const [, escalate] = useEscalateCodeComplaint();
  const [, setHandler] = useSetCodeStageHandler();
  const handlerOptions = (officers.data?.caseOfficers ?? []).map((o) => ({ value: o.id, label: o.name }));
  const stage1 = code.codeStages.find((s) => s.stage === 'STAGE_1');
  const stage2 = code.codeStages.find((s) => s.stage === 'STAGE_2');
  const extendable = code.codeStages.filter((s) => s.extensionWorkingDays === null && !s.responseSentDate);
  const today = todayIso();
  return (
    <Panel id="code-stages" title="Stages under the Complaint Handling Code">
      {code.codeStages.length === 0 ? (
        <p>No stage is recorded yet.</p>
      ) : (
        <div className="table-scroll">
          <table className="table">
            <caption className="visually-hidden">Stages under the Complaint Handling Code</caption>
            <thead>
              <tr>
                <th scope="col">Stage</th>
                <th scope="col">Handler</th>
                <th scope="col">Acknowledge by</th>
                <th scope="col">Respond by</th>
                <th scope="col">Responded</th>
                <th scope="col">Extension</th>
              </tr>
            </thead>
            <tbody>
              {code.codeStages.map((s) => (
                <tr key={s.id}>
                  <th scope="row">{CODE_STAGES[s.stage as CodeStage]}</th>
                  <td>{s.handlerName ?? 'Not yet chosen'}</td>
                  <td>
                    {date(s.acknowledgementDueDate)}
                    {s.acknowledgementSentDate ? ` (sent ${date(s.acknowledgementSentDate)})` : ''}
                  </td>
                  <td>{date(s.responseDueDate)}</td>
                  <td>
                    {s.responseSentDate
                      ? `${date(s.responseSentDate)}${s.respondedInTime ? ', in time' : ', late'}`
                      : s.responseDueDate < today
                        ? 'Not yet: overdue'
                        : 'Not yet'}
                  </td>
                  <td>
                    {s.extensionWorkingDays
                      ? `${s.extensionWorkingDays} working days (${s.extensionReason}); complainant told ${date(s.extensionToldDate)}`
                      : 'None'}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {canWrite && stage1 && !stage1.handlerUserId && (
        <CodeStepForm
          id="stage1-handler"
          title="Choose the Stage 1 handler"
          submitLabel="Save the handler"
          savedMessage="Stage 1 handler saved"
          fields={[{ name: 'handlerUserId', label: 'Stage 1 handler', kind: 'select', options: handlerOptions, required: true }]}
          onSubmit={(v) => setHandler({ contactId: code.id, stage: 'STAGE_1', handlerUserId: v.handlerUserId! })}
          onSaved={onRecorded}
        />
      )}
      {canWrite && extendable.length > 0 && (
        <CodeStepForm
          id="code-extension"
          title="Extend a stage"
          submitLabel="Record the extension"
          savedMessage="Extension recorded"
          fields={[
            { name: 'stage', label: 'Stage', kind: 'select', options: extendable.map((s) => ({ value: s.stage, label: CODE_STAGES[s.stage as CodeStage] })), required: true, initial: extendable[0]!.stage },
            { name: 'workingDays', label: 'Working days more', kind: 'number', required: true, hint: `At most ${CODE_TIMESCALES.STAGE_1.maxExtensionWorkingDays} (the Code §6.4).` },
            { name: 'reason', label: 'Reason', kind: 'textarea', required: true },
            { name: 'complainantToldDate', label: 'Date the complainant was told', kind: 'date', required: true, hint: 'With the reason, the new date and the Ombudsman’s details (§6.5).' },
          ]}
          onSubmit={(v) =>
            extend({ input: { contactId: code.id, stage: v.stage as CodeStageGql, workingDays: Number(v.workingDays), reason: v.reason!, complainantToldDate: v.complainantToldDate! } })
          }
          onSaved={onRecorded}
        />
      )}
      {canWrite && stage1?.responseSentDate && !stage2 && (
        <CodeStepForm
          id="code-stage2"
          title="Escalate to Stage 2"
          submitLabel="Escalate to Stage 2"
          savedMessage="Stage 2 recorded"
          fields={[
            { name: 'requestedDate', label: 'Date Stage 2 was asked for', kind: 'date', required: true },
            {
              name: 'handlerUserId',
              label: 'Stage 2 handler',
              kind: 'select',
              options: handlerOptions,
              required: true,
              hint: stage1.handlerName ? `Someone other than ${stage1.handlerName}, who handled Stage 1.` : 'Someone other than the Stage 1 handler.',
            },
          ]}
          onSubmit={(v) => escalate({ contactId: code.id, requestedDate: v.requestedDate!, handlerUserId: v.handlerUserId! })}
          onSaved={onRecorded}
        />
      )}
    </Panel>
  );
}

function RefusalPanel({ code, canWrite, onRecorded }: PanelProps) {
  const [, refuse] = useRefuseComplaint();
  return (
    <Panel id="code-refusals" title="Refusal">
      {code.refusals.length === 0 ? (
        <p>Neither the complaint nor an escalation has been refused.</p>
      ) : (
        <ul className="list">
          {code.refusals.map((r) => (
            <li key={r.id}>
              <strong>{REFUSAL_SUBJECTS[r.subject as RefusalSubject]} refused</strong> on {date(r.refusedDate)}: {REFUSAL_REASONS[r.reason as RefusalReason]}. Evidence: {r.evidence}. Told they may go to
              the Ombudsman on {date(r.ombudsmanSignpostedDate)}.
            </li>
          ))}
        </ul>
      )}
      {canWrite && (
        <CodeStepForm
          id="code-refusal"
          title="Record a refusal"
          submitLabel="Record the refusal"
          savedMessage="Refusal recorded"
          fields={[
            { name: 'subject', label: 'What is refused', kind: 'select', options: options(REFUSAL_SUBJECTS), required: true, initial: code.responseSentDate ? 'ESCALATION' : 'COMPLAINT' },
            { name: 'reason', label: 'Reason', kind: 'select', options: options(REFUSAL_REASONS), required: true, hint: 'Only for a reason the Code allows (§2); each case on its facts.' },
            { name: 'evidence', label: 'Evidence for the reason', kind: 'textarea', required: true },
            { name: 'refusedDate', label: 'Date refused', kind: 'date', required: true },
            { name: 'ombudsmanSignpostedDate', label: 'Date told they may go to the Ombudsman', kind: 'date', required: true },
          ]}
          onSubmit={(v) =>
            refuse({
              input: {
                contactId: code.id,
                subject: v.subject as RefusalSubjectGql,
                reason: v.reason as RefusalReasonGql,
                evidence: v.evidence!,
                refusedDate: v.refusedDate!,
                ombudsmanSignpostedDate: v.ombudsmanSignpostedDate!,
              },
            })
          }
          onSaved={onRecorded}
        />
      )}
    </Panel>
  );
}

function AdjustmentsPanel({ code, canWrite, onRecorded }: PanelProps) {
  const [, add] = useAddAdjustment();
  const [, review] = useReviewAdjustment();
  return (
    <Panel id="code-adjustments" title="Reasonable adjustments">
      {code.reasonableAdjustments.length === 0 ? (
        <p>No adjustments are recorded.</p>
      ) : (
        <ul className="list">
          {code.reasonableAdjustments.map((a) => (
            <li key={a.id}>
              <strong>{a.adjustment}</strong>, agreed {date(a.agreedDate)}.{' '}
              {a.endedDate ? `Ended ${date(a.endedDate)}.` : a.reviewDate ? `Review ${a.reviewDue ? 'due now' : 'due'} ${date(a.reviewDate)}.` : 'No review date.'}
              {canWrite && !a.endedDate && (
                <CodeStepForm
                  id={`adjustment-review-${a.id}`}
                  title={`Record a review of “${a.adjustment}”`}
                  submitLabel="Record the review"
                  savedMessage="Review recorded"
                  fields={[
                    { name: 'reviewedDate', label: 'Date reviewed', kind: 'date', required: true },
                    { name: 'nextReviewDate', label: 'Next review date', kind: 'date', hint: 'Leave empty if the adjustment has ended.' },
                    { name: 'ended', label: 'The adjustment has ended', kind: 'checkbox' },
                  ]}
                  onSubmit={(v) => review({ id: a.id, reviewedDate: v.reviewedDate!, nextReviewDate: v.nextReviewDate || null, ended: v.ended === 'true' })}
                  onSaved={onRecorded}
                />
              )}
            </li>
          ))}
        </ul>
      )}
      {canWrite && (
        <CodeStepForm
          id="code-adjustment"
          title="Record an adjustment"
          submitLabel="Record the adjustment"
          savedMessage="Adjustment recorded"
          fields={[
            { name: 'adjustment', label: 'Adjustment agreed', kind: 'textarea', required: true },
            { name: 'agreedDate', label: 'Date agreed', kind: 'date', required: true },
            { name: 'reviewDate', label: 'Review date', kind: 'date', hint: 'A reminder shows in your queue from this date (the Code §5.6).' },
          ]}
          onSubmit={(v) => add({ input: { contactId: code.id, adjustment: v.adjustment!, agreedDate: v.agreedDate!, reviewDate: v.reviewDate || null } })}
          onSaved={onRecorded}
        />
      )}
    </Panel>
  );
}

function PointsPanel({ code, canWrite, onRecorded }: PanelProps) {
  const [, save] = useSetResponsePoints();
  const stages = [...new Set(code.responsePoints.map((p) => p.stage))];
  const latest: CodeStage = code.codeStages.some((s) => s.stage === 'STAGE_2') ? 'STAGE_2' : 'STAGE_1';
  return (
    <Panel id="code-points" title="Points raised">
      {code.responsePoints.length === 0 ? (
        <p>No points are recorded.</p>
      ) : (
        stages.map((stage) => (
          <ul className="list" key={stage} aria-label={`Points raised at ${CODE_STAGES[stage as CodeStage]}`}>
            {code.responsePoints
              .filter((p) => p.stage === stage)
              .map((p) => (
                <li key={p.id}>
                  {CODE_STAGES[stage as CodeStage]}: {p.point} — {p.addressed ? 'addressed in the response' : 'not addressed'}
                </li>
              ))}
          </ul>
        ))
      )}
      {canWrite && (
        <CodeStepForm
          id="code-points"
          title={`Record the points raised at ${CODE_STAGES[latest]}`}
          submitLabel="Save the points"
          savedMessage="Points raised saved"
          fields={[
            { name: 'points', label: 'Points raised, one a line', kind: 'textarea', required: true, hint: 'Replaces the points recorded for this stage. Start a line with “-” for a point the response did not address.' },
          ]}
          onSubmit={(v) =>
            save({
              contactId: code.id,
              stage: latest,
              points: v
                .points!.split('\n')
                .map((line) => line.trim())
                .filter(Boolean)
                .map((line) => (line.startsWith('-') ? { point: line.slice(1).trim(), addressed: false } : { point: line, addressed: true })),
            })
          }
          onSaved={onRecorded}
        />
      )}
    </Panel>
  );
}

function RemediesPanel({ code, canWrite, onRecorded }: PanelProps) {
  const [, add] = useAddRemedy();
  const [, complete] = useCompleteRemedy();
  const today = todayIso();
  const latest: CodeStage = code.codeStages.some((s) => s.stage === 'STAGE_2') ? 'STAGE_2' : 'STAGE_1';
  return (
    <Panel id="code-remedies" title="Remedies">
      {code.remedies.length === 0 ? (
        <p>No remedies are recorded.</p>
      ) : (
        <ul className="list">
          {code.remedies.map((r) => (
            <li key={r.id}>
              <strong>{REMEDY_TYPES[r.type as RemedyType]}</strong>: {r.description}. Owner: {r.owner}. Due {date(r.dueDate)}.{' '}
              {r.completedDate ? `Done ${date(r.completedDate)}: ${r.completionEvidence}` : r.dueDate < today ? 'Not done: overdue.' : 'Not done yet.'}
              {canWrite && !r.completedDate && (
                <CodeStepForm
                  id={`remedy-complete-${r.id}`}
                  title={`Record that “${r.description}” was done`}
                  submitLabel="Record it as done"
                  savedMessage="Remedy recorded as done"
                  fields={[
                    { name: 'completedDate', label: 'Date done', kind: 'date', required: true },
                    { name: 'evidence', label: 'Evidence', kind: 'textarea', required: true, hint: 'Or, if it could not be done, why and what was offered instead (§7.4).' },
                  ]}
                  onSubmit={(v) => complete({ id: r.id, completedDate: v.completedDate!, evidence: v.evidence! })}
                  onSaved={onRecorded}
                />
              )}
            </li>
          ))}
        </ul>
      )}
      {canWrite && (
        <CodeStepForm
          id="code-remedy"
          title="Record a remedy"
          submitLabel="Record the remedy"
          savedMessage="Remedy recorded"
          fields={[
            { name: 'type', label: 'Type', kind: 'select', options: options(REMEDY_TYPES), required: true },
            { name: 'description', label: 'What will happen', kind: 'textarea', required: true },
            { name: 'owner', label: 'Owner', kind: 'text', required: true },
            { name: 'offeredDate', label: 'Date offered', kind: 'date', required: true },
            { name: 'dueDate', label: 'Due date', kind: 'date', required: true },
          ]}
          onSubmit={(v) =>
            add({ input: { contactId: code.id, stage: latest, type: v.type as RemedyTypeGql, description: v.description!, owner: v.owner!, offeredDate: v.offeredDate!, dueDate: v.dueDate! } })
          }
          onSaved={onRecorded}
        />
      )}
    </Panel>
  );
}
