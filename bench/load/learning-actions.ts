/**
 * The learning actions the officer updates under load: a fixed set recorded
 * for the dataset's latest year (so the annual report's Appendix 1 lists them),
 * kept in the dataset between runs. Each update sends the version it expects,
 * as the web app does; the pool hands an action to one writer at a time, so a
 * VersionConflict under load means a lost answer or a real race, not the bench
 * racing itself.
 */
import { LATEST_YEAR } from './mix';
import { operation, setupGraphql } from './setup-client';

const OWNER = 'bench:load officers';
export const ACTION_COUNT = 24;

const LIST = 'query Actions($filter: LearningActionFilter) { learningActions(filter: $filter) { id version } }';
const CREATE = 'mutation Create($input: CreateLearningActionInput!) { createLearningAction(input: $input) { id version } }';
const UPDATE = `mutation Update($id: ID!, $expectedVersion: Int!, $input: UpdateLearningActionInput!) {
  updateLearningAction(id: $id, expectedVersion: $expectedVersion, input: $input) {
    __typename
    ... on LearningAction { version }
    ... on VersionConflict { current { version } }
  }
}`;

interface ActionState {
  id: string;
  version: number;
  busy: boolean;
}

/** The bench's actions (created on first use), with their current versions. */
export async function ensureLearningActions(baseUrl: string, officerToken: string): Promise<ActionPool> {
  const list = () =>
    setupGraphql<{ learningActions: Array<{ id: string; version: number }> }>(
      baseUrl,
      operation(LIST, { filter: { financialYear: LATEST_YEAR, owner: OWNER } }),
      officerToken,
      'listing the learning actions',
    );
  const existing = (await list()).data.learningActions;
  for (let n = existing.length + 1; n <= ACTION_COUNT; n++) {
    const input = { issueIdentified: `bench:load issue ${n}`, actionNeeded: `bench:load action ${n}`, byWhom: OWNER, financialYear: LATEST_YEAR };
    const { data } = await setupGraphql<{ createLearningAction: { id: string; version: number } }>(baseUrl, operation(CREATE, { input }), officerToken, 'creating a learning action');
    existing.push(data.createLearningAction);
  }
  return new ActionPool(existing.slice(0, ACTION_COUNT).map((a) => ({ id: a.id, version: a.version, busy: false })));
}

export interface UpdateOutcome {
  version: number;
  conflict: boolean;
}

/** The saved version, or the current one a VersionConflict reports; null when the answer has neither. */
export function readUpdateAnswer(body: string): UpdateOutcome | null {
  try {
    const result = JSON.parse(body)?.data?.updateLearningAction;
    if (result?.__typename === 'LearningAction') return { version: result.version, conflict: false };
    if (result?.__typename === 'VersionConflict') return { version: result.current.version, conflict: true };
  } catch {
    // Not JSON: the caller counts the error from the status and body.
  }
  return null;
}

export class ActionPool {
  private cursor = 0;
  private updates = 0;

  constructor(private readonly actions: ActionState[]) {}

  get size(): number {
    return this.actions.length;
  }

  /** The next action no one is updating (or, with more writers than actions, the next one anyway) and the update's body. */
  checkout(): { id: string; body: string } {
    let action = this.actions[this.cursor % this.actions.length];
    for (let tried = 0; action.busy && tried < this.actions.length; tried++) action = this.actions[++this.cursor % this.actions.length];
    this.cursor++;
    action.busy = true;
    const input = { furtherAction: `bench:load update ${++this.updates} at ${new Date().toISOString()}` };
    return { id: action.id, body: operation(UPDATE, { id: action.id, expectedVersion: action.version, input }) };
  }

  /** The update's answer arrived (with the version now current) or never will (null: keep the version last known). */
  release(id: string, outcome: UpdateOutcome | null): void {
    const action = this.actions.find((a) => a.id === id);
    if (!action) return;
    action.busy = false;
    if (outcome) action.version = outcome.version;
  }
}
