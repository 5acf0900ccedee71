import { useRef, useState, type ReactNode } from 'react';
import type { CurrentUser } from '../auth/current-user';
import { compareWithConflict, type ActionConflict } from './action-conflict';
import { actionErrorsFromApi, valuesOf, type ActionValues } from './action-form';
import { NOT_SET, formatDateTime, plural, type ReferenceNames } from './action-format';
import { FIELD_LABELS } from './action-labels';
import { useCloseLearningAction, useReopenLearningAction } from './action-mutations';
import { ActionCloseForm, CLOSING_NOTE_LABEL } from './ActionCloseForm';
import { ActionEditor } from './ActionEditor';
import { ActionHistory } from './ActionHistory';
import { ActionProgress } from './ActionProgress';
import { noteError, noteErrorsFromApi } from './progress-form';
import { DueDate, OverdueTag, StatusTag } from './ActionStatus';
import { ConflictAlert } from './ConflictAlert';
import type { ReferenceOptions } from '../reference/useReferenceOptionsQuery';
import type { ActionRecord } from './useLearningActionsQuery';
import { useManagedFocus } from './useManagedFocus';

export interface ActionCardProps {
  action: ActionRecord;
  user: CurrentUser;
  options: ReferenceOptions | undefined;
  names: ReferenceNames | undefined;
  editing: boolean;
  /** Asks to open this action's editor (the page allows one at a time). */
  onEdit: () => void;
  onStopEditing: () => void;
  onDirtyChange: (dirty: boolean) => void;
  onErrorsChange: (showing: boolean) => void;
  blockedKey: number;
}

type StatusChange = 'close' | 'reopen';

const DONE: Record<StatusChange, string> = {
  close: 'Action closed: its status is now Completed.',
  reopen: 'Action reopened: its status is now Ongoing.',
};

/** The close form's draft: the closing note, and what is wrong with it. */
interface Closing {
  note: string;
  errors: { field?: string; form?: string };
  attempt: number;
}

/** Whether a close or reopen still has something to do on the stored version. */
const stillNeeded = (doing: StatusChange, status: ActionValues['status']) => (doing === 'close' ? status !== 'COMPLETED' : status === 'COMPLETED');

/**
 * One learning action: what it is, who owns it, when it is due (saying so when
 * overdue), its status with close (asking for a closing note) and reopen, an
 * inline editor, its progress log and its history.
 * Controls appear as the API's `viewerCan` says. Saved and conflicting versions
 * reach the card through the normalized cache, so it only keeps what it is saying.
 */
export function ActionCard({ action, user, options, names, editing, onEdit, onStopEditing, onDirtyChange, onErrorsChange, blockedKey }: ActionCardProps) {
  const [notice, setNotice] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [statusConflict, setStatusConflict] = useState<{ doing: StatusChange; conflict: ActionConflict; base: ActionValues; note: string } | null>(null);
  const [closing, setClosing] = useState<Closing | null>(null);
  const [{ fetching: closeFetching }, close] = useCloseLearningAction();
  const [{ fetching: reopening }, reopen] = useReopenLearningAction();
  const focusNext = useManagedFocus();
  const editButton = useRef<HTMLButtonElement>(null);
  const noticeRef = useRef<HTMLDivElement>(null);
  const problemRef = useRef<HTMLDivElement>(null);

  const idPrefix = `action-${action.id}`;
  const titleId = `${idPrefix}-title`;
  const can = action.viewerCan;
  const busy = closeFetching || reopening;
  const closeButton = useRef<HTMLButtonElement>(null);

  function announce(message: string) {
    setProblem(null);
    setNotice(message);
    focusNext(() => noticeRef.current);
  }

  function startEditing() {
    setNotice(null);
    setProblem(null);
    setStatusConflict(null);
    setClosing(null);
    onEdit();
  }

  function startClosing() {
    setNotice(null);
    setProblem(null);
    setStatusConflict(null);
    setClosing({ note: '', errors: {}, attempt: 0 });
  }

  function cancelClosing() {
    setClosing(null);
    focusNext(() => closeButton.current);
  }

  function submitClosing() {
    if (!closing) return;
    const field = noteError(CLOSING_NOTE_LABEL, closing.note, 'Enter a closing note: what was done, and how you know it worked');
    if (field) {
      setClosing({ ...closing, errors: { field }, attempt: closing.attempt + 1 });
      return;
    }
    void changeStatus('close', action.version, valuesOf(action), closing.note.trim());
  }

  function cancelEditing() {
    onStopEditing();
    focusNext(() => editButton.current);
  }

  function saved(message: string) {
    onStopEditing();
    announce(message);
  }

  /** `note`: the closing note (close only). */
  async function changeStatus(doing: StatusChange, expectedVersion: number, base: ActionValues, note = '') {
    setNotice(null);
    setProblem(null);
    const variables = { id: action.id, expectedVersion };
    const result = doing === 'close' ? await close({ ...variables, closingNote: note }) : await reopen(variables);
    const data = result.data;
    const answer = data && ('closeLearningAction' in data ? data.closeLearningAction : data.reopenLearningAction);
    if (answer?.__typename === 'LearningAction') {
      setStatusConflict(null);
      setClosing(null);
      announce(DONE[doing]);
      return;
    }
    if (answer?.__typename === 'VersionConflict') {
      setClosing(null);
      setStatusConflict({ doing, conflict: answer, base, note });
      return;
    }
    setStatusConflict(null);
    if (doing === 'close' && result.error) {
      // A refused note goes back beside the field, with the note as typed.
      const errors = noteErrorsFromApi(result.error, 'closingNote', CLOSING_NOTE_LABEL);
      setClosing((current) => ({ note: current?.note ?? note, errors, attempt: (current?.attempt ?? 0) + 1 }));
      return;
    }
    const errors = result.error ? actionErrorsFromApi(result.error, doing === 'close' ? 'closed' : 'reopened') : {};
    setProblem(Object.values(errors).filter(Boolean).join(' ') || 'The action could not be changed. Try again.');
    focusNext(() => problemRef.current);
  }

  function statusTheirs() {
    setStatusConflict(null);
    announce('This action now shows their version. Nothing was changed by you.');
  }

  function statusMineAgain() {
    if (!statusConflict) return;
    const { doing, conflict, base, note } = statusConflict;
    const { current } = conflict;
    if (!stillNeeded(doing, current.status)) {
      setStatusConflict(null);
      announce(doing === 'close' ? 'It is already Completed, so there was nothing more to do.' : 'It is no longer Completed, so there was nothing to reopen.');
      return;
    }
    void changeStatus(doing, current.version, base, note);
  }

  return (
    <li className="action-card" id={idPrefix}>
      <article aria-labelledby={titleId}>
        <div className="action-card__header">
          <h3 className="action-card__title" id={titleId}>
            {action.issueIdentified}
          </h3>
          <p className="action-card__tags">
            <span className="visually-hidden">Status: </span>
            <StatusTag status={action.status} />
            {action.overdue && <OverdueTag />}
          </p>
        </div>

        {notice && (
          <div className="notification action-card__notice" role="status" tabIndex={-1} ref={noticeRef}>
            <p className="notification__text">{notice}</p>
          </div>
        )}
        {problem && (
          <div className="inset-text inset-text--warning" role="alert" tabIndex={-1} ref={problemRef}>
            <p>{problem}</p>
          </div>
        )}
        {statusConflict && (
          <ConflictAlert
            idPrefix={idPrefix}
            conflict={statusConflict.conflict}
            comparison={compareWithConflict(
              statusConflict.conflict,
              statusConflict.base,
              { ...statusConflict.base, status: statusConflict.doing === 'close' ? 'COMPLETED' : 'ONGOING' },
              names,
            )}
            notSaved={statusConflict.doing === 'close' ? 'The action has not been closed.' : 'The action has not been reopened.'}
            applyLabel={statusConflict.doing === 'close' ? 'Close it anyway' : 'Reopen it anyway'}
            onUseTheirs={statusTheirs}
            onApplyMine={statusMineAgain}
            busy={busy}
          />
        )}

        {editing ? (
          <ActionEditor
            action={action}
            user={user}
            options={options}
            names={names}
            onSaved={saved}
            onCancel={cancelEditing}
            onDirtyChange={onDirtyChange}
            onErrorsChange={onErrorsChange}
            blockedKey={blockedKey}
          />
        ) : (
          <>
            <dl className="summary-list">
              <Row label="Action needed">{action.actionNeeded}</Row>
              <Row label="By whom">{action.byWhom}</Row>
              <Row label="Due date">
                <DueDate dueDate={action.dueDate} overdue={action.overdue} />
              </Row>
              <Row label="Service area">{action.serviceArea?.name ?? NOT_SET}</Row>
              <Row label="Issue category">{action.issueCategory?.name ?? NOT_SET}</Row>
              <Row label={FIELD_LABELS.issues}>
                {action.issues.length ? (
                  <ul className="list action-card__issues">
                    {action.issues.map((issue) => (
                      <li key={issue.code}>{issue.name}</li>
                    ))}
                  </ul>
                ) : (
                  'None named'
                )}
              </Row>
              <Row label="Number of complaints">{action.count ?? NOT_SET}</Row>
              <Row label="Complaints that led to it">
                {action.linkedComplaints
                  ? `${plural(action.linkedComplaints, 'complaint')} named this action as what was learned`
                  : 'None named it when their response was recorded'}
              </Row>
              <Row label="Further action">{action.furtherAction ?? 'None recorded'}</Row>
              {action.status === 'COMPLETED' && (
                <Row label={CLOSING_NOTE_LABEL}>
                  {action.closingNote ? (
                    <span className="action-card__long-text">{action.closingNote}</span>
                  ) : (
                    'None recorded: closed before closing notes were asked for'
                  )}
                </Row>
              )}
              <Row label="Financial year">{action.financialYear}</Row>
              <Row label="Last changed">
                {formatDateTime(action.updatedAt)} (version {action.version})
              </Row>
            </dl>
            {closing ? (
              <ActionCloseForm
                idPrefix={idPrefix}
                title={action.issueIdentified}
                note={closing.note}
                onNoteChange={(note) => setClosing({ ...closing, note })}
                errors={closing.errors}
                attempt={closing.attempt}
                busy={closeFetching}
                onSubmit={submitClosing}
                onCancel={cancelClosing}
              />
            ) : can.update || can.close || can.reopen ? (
              <div className="button-group action-card__buttons">
                {can.update && (
                  <button type="button" className="button button--secondary" ref={editButton} onClick={startEditing}>
                    Edit<span className="visually-hidden"> “{action.issueIdentified}”</span>
                  </button>
                )}
                {can.reopen && (
                  <button
                    type="button"
                    className="button button--secondary"
                    aria-disabled={busy || undefined}
                    onClick={() => !busy && void changeStatus('reopen', action.version, valuesOf(action))}
                  >
                    Reopen action<span className="visually-hidden"> “{action.issueIdentified}”</span>
                  </button>
                )}
                {can.close && (
                  <button type="button" className="button button--secondary" ref={closeButton} aria-disabled={busy || undefined} onClick={() => !busy && startClosing()}>
                    Close action<span className="visually-hidden"> “{action.issueIdentified}”</span>
                  </button>
                )}
                <p role="status" className="form-status">
                  {closeFetching ? 'Closing the action…' : reopening ? 'Reopening the action…' : ''}
                </p>
              </div>
            ) : (
              user.role === 'SERVICE_MANAGER' && (
                <p className="hint">You can change actions in your own service areas only.</p>
              )
            )}
          </>
        )}

        <ActionProgress idPrefix={idPrefix} actionId={action.id} title={action.issueIdentified} entries={action.progress} canAdd={can.addProgress && !editing} />
        <ActionHistory idPrefix={idPrefix} title={action.issueIdentified} history={action.history} names={names} />
      </article>
    </li>
  );
}

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="summary-list__row">
      <dt className="summary-list__key">{label}</dt>
      <dd className="summary-list__value">{children}</dd>
    </div>
  );
}
