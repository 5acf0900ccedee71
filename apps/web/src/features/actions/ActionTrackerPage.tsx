import { useCallback, useMemo, useRef, useState } from 'react';
import { Link, useLocation, useNavigate } from 'react-router';
import { ACCESS, mayUse } from '../../app/access';
import { useDocumentTitle } from '../../app/useDocumentTitle';
import { useFormKey } from '../../app/useFormKey';
import { QueryState } from '../../components/QueryState';
import { useSignedInUser } from '../auth/current-user';
import { plural, referenceNames } from './action-format';
import { describeFilter, filterFromSearch, filterToSearch, hasFilters, toApiFilter, type ActionFilterParams } from './action-params';
import { ActionCard } from './ActionCard';
import { ActionCreatePanel } from './ActionCreatePanel';
import { ActionFilters } from './ActionFilters';
import { useReferenceOptionsQuery } from '../reference/useReferenceOptionsQuery';
import { useLearningActionsQuery, type ActionRecord } from './useLearningActionsQuery';
import { useManagedFocus } from './useManagedFocus';
import './actions.css';

/** Which form is open: one at a time, so a half-made change is never lost by opening another. */
type Open = { kind: 'edit'; id: string } | { kind: 'create' } | null;

/**
 * The learning-action tracker: filters kept in the URL, the actions (overdue
 * first), and for officers and managers inline editing, close and reopen,
 * and a form for new actions. Analysts see the same list without controls.
 */
export function ActionTrackerPage() {
  const user = useSignedInUser();
  const location = useLocation();
  const filtersForm = useFormKey(location.search);
  const navigate = useNavigate();
  const { filter, problems } = useMemo(() => filterFromSearch(location.search), [location.search]);
  const apiFilter = useMemo(() => toApiFilter(filter), [filter]);
  const [result, reexecute] = useLearningActionsQuery(apiFilter);
  const [optionsResult] = useReferenceOptionsQuery();
  const options = optionsResult.data;
  const names = useMemo(() => (options ? referenceNames(options) : undefined), [options]);
  const mayWrite = mayUse(user.role, ACCESS.ACTIONS_WRITE);

  const [open, setOpen] = useState<Open>(null);
  const [blocked, setBlocked] = useState(0);
  const [created, setCreated] = useState<ActionRecord | null>(null);
  const [formErrors, setFormErrors] = useState(false);
  useDocumentTitle('Learning actions', formErrors);
  const dirty = useRef(false);
  const focusNext = useManagedFocus();
  const addButton = useRef<HTMLButtonElement>(null);
  const createdRef = useRef<HTMLDivElement>(null);

  const retry = useCallback(() => reexecute({ requestPolicy: 'network-only' }), [reexecute]);
  const setDirty = useCallback((value: boolean) => {
    dirty.current = value;
  }, []);

  /** Opens a form unless another one has unsaved changes (that one then says so). */
  function request(next: Exclude<Open, null>) {
    if (open && dirty.current && !(open.kind === next.kind && (next.kind === 'create' || (open.kind === 'edit' && open.id === next.id)))) {
      setBlocked((n) => n + 1);
      return;
    }
    setCreated(null);
    setBlocked(0);
    setOpen(next);
  }

  function close() {
    setOpen(null);
    setBlocked(0);
  }

  function applyFilters(next: ActionFilterParams) {
    const query = filterToSearch(next);
    const search = query ? `?${query}` : '';
    filtersForm.submitted(search);
    navigate({ search });
  }

  const actions = result.data?.learningActions;
  const filtered = hasFilters(filter);
  const described = describeFilter(filter, names);
  const createdShown = created && actions?.some((a) => a.id === created.id);
  // Kept while the list refreshes (e.g. after a save), so the live region is not re-announced for nothing.
  const summary = useRef('');
  if (actions && !result.fetching) {
    const matching = actions.length === 1 ? '1 action matches' : `${actions.length} actions match`;
    summary.current = `${filtered ? `${matching}: ${described.join(', ')}. ` : ''}Overdue actions come first, then the rest by due date.`;
  }

  return (
    <>
      <h1 className="heading-xl">Learning actions</h1>
      <p className="lead">
        The actions agreed after complaints: who owns them, when they are due and what has been done.
      </p>
      {!mayWrite && (
        <p className="inset-text">Your role can read the actions but not change them.</p>
      )}

      {problems.length > 0 && (
        <div className="inset-text inset-text--warning" role="status">
          <p>Part of this link could not be used, so it was left out:</p>
          <ul className="list list--bullet">
            {problems.map((problem) => (
              <li key={`${problem.field}:${problem.message}`}>
                <code>{problem.field}</code>: {problem.message}
              </li>
            ))}
          </ul>
        </div>
      )}

      <div className="actions-layout">
        <div className="actions-layout__filters">
          <ActionFilters key={filtersForm.key} filter={filter} options={options} optionsFetching={optionsResult.fetching} onApply={applyFilters} />
        </div>

        <section className="actions-layout__results" aria-labelledby="actions-heading">
          <h2 className="heading-l" id="actions-heading">
            {actions ? plural(actions.length, 'action') : 'Actions'}
          </h2>
          <p role="status" className="actions-summary">
            {summary.current}
          </p>

          {created && (
            <div className="notification" role="status" tabIndex={-1} ref={createdRef}>
              <p className="notification__text">Action added: “{created.issueIdentified}”.</p>
              {actions && !result.fetching && !createdShown && (
                <p className="actions-created__hint">
                  It is not in the list because of the filters. <Link to="/actions">Clear the filters</Link> to see it.
                </p>
              )}
            </div>
          )}

          {mayWrite && open?.kind !== 'create' && (
            <button type="button" className="button" ref={addButton} onClick={() => request({ kind: 'create' })}>
              Add a learning action
            </button>
          )}
          {mayWrite && open?.kind === 'create' && (
            <ActionCreatePanel
              user={user}
              options={options}
              onDirtyChange={setDirty}
              onErrorsChange={setFormErrors}
              blockedKey={blocked}
              onCancel={() => {
                close();
                focusNext(() => addButton.current);
              }}
              onCreated={(action) => {
                close();
                setCreated(action);
                focusNext(() => createdRef.current);
              }}
            />
          )}

          <QueryState
            result={result}
            label="learning actions"
            isEmpty={(data) => data.learningActions.length === 0}
            empty={
              filtered ? (
                <>
                  No actions match these filters. <Link to="/actions">Clear the filters</Link> to see every action.
                </>
              ) : (
                'There are no learning actions yet.'
              )
            }
            onRetry={retry}
          >
            {(data) => (
              <ol className="list action-list">
                {data.learningActions.map((action) => (
                  <ActionCard
                    key={action.id}
                    action={action}
                    user={user}
                    options={options}
                    names={names}
                    editing={open?.kind === 'edit' && open.id === action.id}
                    onEdit={() => request({ kind: 'edit', id: action.id })}
                    onStopEditing={close}
                    onDirtyChange={setDirty}
                    onErrorsChange={setFormErrors}
                    blockedKey={open?.kind === 'edit' && open.id === action.id ? blocked : 0}
                  />
                ))}
              </ol>
            )}
          </QueryState>
        </section>
      </div>
    </>
  );
}
