/**
 * Per-request context. Loaders batch relation reads so that a page of contacts
 * costs a fixed number of queries, however many fields the client asks for.
 */
import DataLoader from 'dataloader';
import { DataSource, In } from 'typeorm';
import { LearningActionIssue } from '../actions/learning-action-issue.entity';
import type { AccessibilityStatementDetails } from '../accessibility/accessibility-statement.types';
import type { AuthService } from '../auth/auth.service';
import type { AuthUser } from '../auth/session.service';
import { ContactIssue } from '../contacts/contact-issue.entity';
import { ContactServiceArea } from '../contacts/contact-service-area.entity';
import { Escalation } from '../contacts/escalation.entity';
import type { DataVersions } from '../data-versions/data-versions';
import { FeedbackForm } from '../feedback/feedback-form.entity';
import type { HaveYourSayLimits } from '../have-your-say/have-your-say-limits';
import { cachedReferenceCatalog, type ReferenceCatalog } from '../reference/reference-catalog';
import { NO_RESULT_CACHE, type ResultCache } from '../result-cache/result-cache';

export interface Loaders {
  /** All reference data, read once per request. */
  catalog(): Promise<ReferenceCatalog>;
  serviceAreaIdsByContact: DataLoader<number, number[]>;
  issueIdsByContact: DataLoader<number, number[]>;
  escalationsByContact: DataLoader<number, Escalation[]>;
  feedbackByContact: DataLoader<number, FeedbackForm | null>;
  /** The issues each learning action answers, in issue-id order. */
  issueIdsByLearningAction: DataLoader<number, number[]>;
}

/** What resolvers may do to the HTTP exchange: only the session cookie. */
export interface SessionCookie {
  set(token: string, expiresAt: Date): void;
  clear(): void;
}

export interface GraphQLContext {
  dataSource: DataSource;
  loaders: Loaders;
  /** The signed-in user, or null. */
  user: AuthUser | null;
  /** The token this request was authenticated with (to end the session on logout). */
  token: string | null;
  /** The client's address, for rate-limiting sign-in and "Have your say" messages. */
  address: string;
  /** How many "Have your say" messages each address may send (have-your-say/have-your-say-limits.ts). */
  haveYourSayLimits: HaveYourSayLimits;
  auth: AuthService;
  sessionCookie: SessionCookie;
  /** Answers of trends and the annual report, keyed by the data versions they read (result-cache/). */
  resultCache: ResultCache;
  /** The data versions read with the session (MySQL/MariaDB, signed in), for the result cache; read there when absent. */
  dataVersions?: DataVersions;
  /** The accessibility statement's configured parts (config), the same for every request. */
  accessibilityStatement: AccessibilityStatementDetails;
}

function groupBy<T, K>(rows: T[], key: (row: T) => K): Map<K, T[]> {
  const map = new Map<K, T[]>();
  for (const row of rows) {
    const list = map.get(key(row)) ?? [];
    list.push(row);
    map.set(key(row), list);
  }
  return map;
}

/** Links in the order they were named: primary first. */
function linkedIds<T extends { contactId: number; isPrimary: boolean }>(rows: T[], id: (row: T) => number, contactIds: readonly number[]) {
  const byContact = groupBy(rows, (r) => r.contactId);
  return contactIds.map((contactId) =>
    (byContact.get(contactId) ?? []).sort((a, b) => Number(b.isPrimary) - Number(a.isPrimary) || id(a) - id(b)).map(id),
  );
}

export function createLoaders(dataSource: DataSource): Loaders {
  let catalog: Promise<ReferenceCatalog> | null = null;
  const manager = dataSource.manager;
  return {
    catalog: () => (catalog ??= cachedReferenceCatalog(dataSource)),
    serviceAreaIdsByContact: new DataLoader(async (ids) =>
      linkedIds(await manager.find(ContactServiceArea, { where: { contactId: In([...ids]) } }), (r) => r.serviceAreaId, ids),
    ),
    issueIdsByContact: new DataLoader(async (ids) =>
      linkedIds(await manager.find(ContactIssue, { where: { contactId: In([...ids]) } }), (r) => r.issueId, ids),
    ),
    escalationsByContact: new DataLoader(async (ids) => {
      const rows = await manager.find(Escalation, { where: { contactId: In([...ids]) }, order: { requestedDate: 'ASC', id: 'ASC' } });
      const byContact = groupBy(rows, (r) => r.contactId);
      return ids.map((id) => byContact.get(id) ?? []);
    }),
    feedbackByContact: new DataLoader(async (ids) => {
      const rows = await manager.find(FeedbackForm, { where: { contactId: In([...ids]) } });
      const byContact = new Map(rows.map((r) => [r.contactId, r]));
      return ids.map((id) => byContact.get(id) ?? null);
    }),
    issueIdsByLearningAction: new DataLoader(async (ids) => {
      const rows = await manager.find(LearningActionIssue, { where: { learningActionId: In([...ids]) }, order: { issueId: 'ASC' } });
      const byAction = groupBy(rows, (r) => r.learningActionId);
      return ids.map((id) => (byAction.get(id) ?? []).map((r) => r.issueId));
    }),
  };
}

export type RequestContext = Pick<GraphQLContext, 'user' | 'token' | 'address' | 'sessionCookie' | 'haveYourSayLimits' | 'dataVersions' | 'accessibilityStatement'>;

export function createContext(dataSource: DataSource, auth: AuthService, request: RequestContext, resultCache: ResultCache = NO_RESULT_CACHE): GraphQLContext {
  return { dataSource, loaders: createLoaders(dataSource), auth, resultCache, ...request };
}
