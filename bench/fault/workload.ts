/**
 * The fault test's clients: officers recording contacts and updating a
 * learning action, readers listing contacts, and a /healthz poller. Every
 * request is logged with when it started, how long it took and how it ended;
 * every write carries a marker of the client's own, so the database can be
 * checked afterwards against the writes the API acknowledged.
 */

export type RequestKind = 'create-contact' | 'update-action' | 'read-action' | 'read-contacts' | 'healthz';

export interface RequestLog {
  kind: RequestKind;
  startedAt: number;
  ms: number;
  status: number;
  /** "ok", the first GraphQL error's code, or the transport error. */
  code: string;
  /** The write's marker (contact summary, or the action's new furtherAction). */
  marker?: string;
  /** The API said the write was saved. */
  acknowledged?: boolean;
}

const TIMEOUT_MS = 15_000;
const PAUSE_MS = 100;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const CREATE_CONTACT = `mutation($input: CreateContactInput!) { createContact(input: $input) { id } }`;
const UPDATE_ACTION = `mutation($id: ID!, $v: Int!, $input: UpdateLearningActionInput!) {
  updateLearningAction(id: $id, expectedVersion: $v, input: $input) {
    __typename ... on LearningAction { version } ... on VersionConflict { current { version } }
  }
}`;
const READ_ACTION = `query($id: ID!) { learningAction(id: $id) { version } }`;
const READ_CONTACTS = `{ contacts(page: { first: 5 }) { totalCount edges { node { id reference } } } }`;

export class Workload {
  readonly log: RequestLog[] = [];
  private stopping = false;
  private counter = 0;

  constructor(
    private readonly baseUrl: string,
    private readonly token: string,
    private readonly run: string,
  ) {}

  private async timed<T>(kind: RequestKind, send: () => Promise<Response>, read: (status: number, body: any) => T & { code: string }, extra: Partial<RequestLog> = {}): Promise<(T & { code: string }) | null> {
    const startedAt = Date.now();
    try {
      const res = await send();
      const body = await res.json().catch(() => null);
      const result = read(res.status, body);
      this.log.push({ kind, startedAt, ms: Date.now() - startedAt, status: res.status, ...extra, ...result });
      return result;
    } catch (error) {
      this.log.push({ kind, startedAt, ms: Date.now() - startedAt, status: 0, code: (error as Error).name === 'TimeoutError' ? 'TIMEOUT' : String((error as Error).message), ...extra, acknowledged: extra.marker ? false : undefined });
      return null;
    }
  }

  private graphql(query: string, variables: Record<string, unknown> = {}): Promise<Response> {
    return fetch(`${this.baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${this.token}` },
      body: JSON.stringify({ query, variables }),
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
  }

  private static code(body: any): string {
    return body?.errors?.[0]?.extensions?.code ?? (body?.data ? 'ok' : 'no data');
  }

  private marker(): string {
    this.counter += 1;
    return `fault-${this.run}-${this.counter}`;
  }

  async writer(): Promise<void> {
    while (!this.stopping) {
      const marker = this.marker();
      const input = {
        recordType: 'STATUTORY_COMPLAINT',
        channel: 'EMAIL',
        receivedDate: '2025-06-02',
        serviceAreas: ['SOCIAL_CARE'],
        issues: ['COMMUNICATION_LACK_OF'],
        complainantType: 'PARENT_OR_CARER',
        summary: marker,
      };
      await this.timed('create-contact', () => this.graphql(CREATE_CONTACT, { input }), (_status, body) => ({ code: Workload.code(body), acknowledged: Boolean(body?.data?.createContact?.id) }), { marker });
      await sleep(PAUSE_MS);
    }
  }

  /** Updates one learning action, expecting its version; after a failed save it reads the version again (the save may have committed). */
  async actionUpdater(actionId: string, version: number): Promise<void> {
    let expected: number | null = version;
    while (!this.stopping) {
      if (expected === null) {
        const read = await this.timed('read-action', () => this.graphql(READ_ACTION, { id: actionId }), (_s, body) => ({ code: Workload.code(body), version: body?.data?.learningAction?.version as number | undefined }));
        expected = read?.version ?? null;
        if (expected === null) {
          await sleep(PAUSE_MS);
          continue;
        }
      }
      const marker = this.marker();
      const result = await this.timed(
        'update-action',
        () => this.graphql(UPDATE_ACTION, { id: actionId, v: expected, input: { furtherAction: marker } }),
        (_s, body) => {
          const saved = body?.data?.updateLearningAction;
          return { code: Workload.code(body), acknowledged: saved?.__typename === 'LearningAction', version: (saved?.version ?? saved?.current?.version) as number | undefined };
        },
        { marker },
      );
      expected = result?.acknowledged ? (result.version ?? null) : null;
      await sleep(PAUSE_MS);
    }
  }

  async reader(): Promise<void> {
    while (!this.stopping) {
      await this.timed('read-contacts', () => this.graphql(READ_CONTACTS), (_s, body) => ({ code: Workload.code(body) }));
      await sleep(PAUSE_MS);
    }
  }

  async healthPoller(): Promise<void> {
    while (!this.stopping) {
      await this.timed(
        'healthz',
        () => fetch(`${this.baseUrl}/healthz`, { signal: AbortSignal.timeout(TIMEOUT_MS) }),
        (_s, body) => ({ code: body?.status ?? 'no status' }),
      );
      await sleep(250);
    }
  }

  stop(): void {
    this.stopping = true;
  }
}
