import { cacheExchange, type Cache, type CacheExchangeOpts, type KeyingConfig, type Logger, type UpdatesConfig } from '@urql/exchange-graphcache';
import { Client, fetchExchange, mapExchange, type CombinedError } from 'urql';

/** Same-origin path: Vite (dev) and nginx (docker) proxy it to the API on port 4000. */
export const GRAPHQL_ENDPOINT = '/graphql';

export interface GraphqlClientOptions {
  url?: string;
  /** Called when the API says the session has ended (UNAUTHENTICATED), e.g. it expired. */
  onUnauthenticated?: () => void;
}

export function isUnauthenticated(error: CombinedError): boolean {
  return error.graphQLErrors.some((e) => e.extensions?.code === 'UNAUTHENTICATED');
}

/** Reference data is asked for by code (rarely by id): the same code is the same row. */
const byCode = (data: { code?: unknown; id?: unknown }) =>
  typeof data.code === 'string' ? data.code : typeof data.id === 'string' ? data.id : null;

/** Kept inside their parent: no identity of their own, or an id that repeats across parents (a report's 'table1' every year). */
const EMBEDDED = [
  'AdminAuditLog',
  'AnnualReport',
  'AnonymisedRecords',
  'AuditChange',
  'CaseworkItem',
  'CaseworkQueue',
  'Complainant',
  'ContactConnection',
  'ContactEdge',
  'ContactPermissions',
  'CreatedEmbed',
  'EmbedPermissions',
  'FieldChange',
  'HaveYourSayReceipt',
  'ClockPauseOption',
  'InformationRequestConnection',
  'InformationRequestEdge',
  'InformationRequestHistoryEntry',
  'InformationRequestKindSummary',
  'InformationRequestPermissions',
  'InformationRequestQueue',
  'InformationRequestSummary',
  'LearningActionPermissions',
  'LearningCapturedRate',
  'LearningOutcome',
  'LoginResult',
  'LostInformationFormatCount',
  'LostInformationQueueItem',
  'LostInformationSummary',
  'PageInfo',
  'RecordsDueForDeletion',
  'ReportRow',
  'ReportTable',
  'StageAssignment',
  'SavedChartPermissions',
  'TimelineEvent',
  'TrendComparisonRange',
  'TrendPoint',
  'TrendPrevious',
  'TrendResult',
  'TrendSeries',
  'UserWithTemporaryPassword',
  'VersionConflict',
  'ConvertedServiceRequest',
] as const;

export const CACHE_KEYS: KeyingConfig = {
  ...Object.fromEntries(EMBEDDED.map((type) => [type, () => null])),
  ...Object.fromEntries(['Channel', 'Division', 'Issue', 'IssueCategory', 'RecordType', 'ServiceArea'].map((type) => [type, byCode])),
};

/** Drops every cached answer of these Query fields (all arguments), so queries showing them ask again. */
function invalidateLists(cache: Cache, ...fieldNames: string[]) {
  for (const field of cache.inspectFields('Query')) {
    if (fieldNames.includes(field.fieldName)) cache.invalidate('Query', field.fieldName, field.arguments);
  }
}

/** A contact step answers with the contact's id only: refetch that contact and the lists it may move in. */
function contactChanged(result: Record<string, unknown>, _args: unknown, cache: Cache, info: { fieldName: string }) {
  const contact = result[info.fieldName] as { id?: string } | null;
  if (contact?.id) cache.invalidate({ __typename: 'Contact', id: contact.id });
  invalidateLists(cache, 'contacts', 'caseworkQueue', ...AGGREGATES);
}

/** Answers computed from every contact and action: any change to those may change them. */
const AGGREGATES = ['trend', 'annualReport', 'informationRequestSummary'];

/**
 * A version-checked change that was saved may move the action in or out of a
 * filtered list. A VersionConflict changed nothing (its `current` record
 * updates the cache by id): refetching the lists then would race the
 * person's next save and could land after it, showing the older version.
 */
function actionChanged(result: Record<string, unknown>, _args: unknown, cache: Cache, info: { fieldName: string }) {
  const answer = result[info.fieldName] as { __typename?: string } | null;
  if (answer?.__typename === 'LearningAction') invalidateLists(cache, 'learningActions', 'annualReport');
}

/**
 * A request's steps answer with the whole request (the cache updates it by id); the register,
 * the queue and the summary may count it differently now.
 */
const INFORMATION_REQUEST_LISTS = ['informationRequests', 'informationRequestQueue', 'informationRequestSummary'];
const INFORMATION_REQUEST_CHANGES = [
  'recordInformationRequest',
  'acknowledgeInformationRequest',
  'extendInformationRequest',
  'pauseInformationRequest',
  'resumeInformationRequest',
  'completeInformationRequest',
  'withdrawInformationRequest',
];

/** Every reference list: a value added, renamed, moved, retired or reinstated shows in each. */
const REFERENCE_LISTS = ['recordTypes', 'channels', 'divisions', 'serviceAreas', 'issueCategories'];

/** Administrative changes: the audit log gains an entry; reference changes rename labels in lists and figures. */
function userChanged(_result: unknown, _args: unknown, cache: Cache) {
  invalidateLists(cache, 'adminAuditLog');
}
function referenceChanged(_result: unknown, _args: unknown, cache: Cache) {
  invalidateLists(cache, 'adminAuditLog', ...REFERENCE_LISTS, ...AGGREGATES);
}

const CONTACT_STEPS = [
  'acknowledgeContact',
  'recordResponse',
  'extendContact',
  'escalateContact',
  'recordPanelHeld',
  'recordEscalationResponse',
  'withdrawContact',
];

const CODE_CASE_STEPS = [
  'overrideContactRegime',
  'refuseComplaint',
  'setCodeStageHandler',
  'extendCodeStage',
  'escalateCodeComplaint',
  'acknowledgeCodeStage2',
  'respondCodeStage2',
  'setResponsePoints',
  'addRemedy',
  'completeRemedy',
  'addReasonableAdjustment',
  'reviewReasonableAdjustment',
];

/** A Code step changes the contact's panels (and, for an extension, its due dates): ask for the contact again, and the counts. */
function codeStepChanged(_result: unknown, args: Record<string, unknown>, cache: Cache) {
  const input = args.input as { contactId?: string } | undefined;
  const contactId = (args.contactId as string | undefined) ?? input?.contactId;
  if (contactId) cache.invalidate({ __typename: 'Contact', id: String(contactId) });
  invalidateLists(cache, 'contacts', 'caseworkQueue', 'adjustmentReviewsDue', 'complaintCodeSummary');
}

/**
 * What a mutation changes beyond the records it returns (which the cache
 * updates by id itself): a new record belongs in lists that cannot know of it.
 */
export const CACHE_UPDATES: UpdatesConfig = {
  Mutation: {
    // Appendix 1 of the report lists the actions and counts their issues' complaints.
    createLearningAction: (_result, _args, cache) => invalidateLists(cache, 'learningActions', 'annualReport'),
    // A change can move an action in or out of a filtered list (status, overdue).
    updateLearningAction: actionChanged,
    closeLearningAction: actionChanged,
    reopenLearningAction: actionChanged,
    // A new action belongs in the tracker, and a linked one counts another complaint; the rate changes.
    recordLearningOutcome: (_result, _args, cache) => invalidateLists(cache, 'learningActions', ...AGGREGATES),
    createContact: (_result, _args, cache) => invalidateLists(cache, 'contacts', 'caseworkQueue', ...AGGREGATES),
    // A message recorded as a contact leaves the triage list and joins the contacts and figures; a closed one just leaves.
    convertHaveYourSay: (_result, _args, cache) => invalidateLists(cache, 'haveYourSayTriage', 'contacts', 'caseworkQueue', ...AGGREGATES),
    closeHaveYourSay: (_result, _args, cache) => invalidateLists(cache, 'haveYourSayTriage'),
    // A lost-information incident belongs in the register; its ICO clock in the queue; its counts in the summary and the report.
    recordLostInformationIncident: (_result, _args, cache) => invalidateLists(cache, 'lostInformationIncidents', 'caseworkQueue', 'lostInformationSummary', 'annualReport'),
    updateLostInformationIncident: (_result, _args, cache) => invalidateLists(cache, 'lostInformationIncidents', 'caseworkQueue', 'lostInformationSummary', 'annualReport'),
    // The answer updates the contact itself; who handles it, and its complainant's name, show in these lists too.
    assignContact: (_result, _args, cache) => invalidateLists(cache, 'contacts', 'caseworkQueue'),
    saveComplainant: (_result, _args, cache) => invalidateLists(cache, 'contacts'),
    // A year saved for the first time belongs in its (empty) list; table 6 of that year's report shows it.
    saveServiceActivity: (_result, _args, cache) => invalidateLists(cache, 'serviceActivity', 'annualReport'),
    ...Object.fromEntries(CONTACT_STEPS.map((name) => [name, contactChanged])),
    // The Complaint Handling Code's steps (issue 13): the contact's panels and dates, the lists and the counts.
    ...Object.fromEntries(CODE_CASE_STEPS.map((name) => [name, codeStepChanged])),
    recordServiceRequest: (_result, _args, cache) => invalidateLists(cache, 'serviceRequests', 'complaintCodeSummary'),
    reviewServiceRequest: (_result, _args, cache) => invalidateLists(cache, 'serviceRequests', 'complaintCodeSummary'),
    // The agreed statement can move the Stage 2 due date (CHILDREN_ACT_STAGE2_CLOCK): the lists showing it are asked again.
    recordAgreedStatement: (_result, _args, cache) => invalidateLists(cache, 'contacts', 'caseworkQueue'),
    convertServiceRequest: (_result, _args, cache) => invalidateLists(cache, 'serviceRequests', 'contacts', 'caseworkQueue', 'complaintCodeSummary', ...AGGREGATES),
    // Saved charts are listed most recently changed first; the register names each embed's chart.
    saveChart: (_result, _args, cache) => invalidateLists(cache, 'savedCharts'),
    updateSavedChart: (_result, _args, cache) => invalidateLists(cache, 'savedCharts', 'embeds'),
    // Its embeds go with it.
    deleteSavedChart: (_result, args, cache) => {
      cache.invalidate({ __typename: 'SavedChart', id: String(args.id) });
      invalidateLists(cache, 'savedCharts', 'embeds');
    },
    // A new embed belongs in the register; pause, resume and revoke answer the embed, updated by id.
    createEmbed: (_result, _args, cache) => invalidateLists(cache, 'embeds'),
    // A new account belongs in the list of users; the others answer the account, updated by id.
    createUser: (_result, _args, cache) => invalidateLists(cache, 'users', 'adminAuditLog'),
    updateUser: userChanged,
    setUserActive: userChanged,
    resetUserPassword: userChanged,
    changeOwnPassword: userChanged,
    saveReferenceItem: referenceChanged,
    retireReferenceItem: referenceChanged,
    reinstateReferenceItem: referenceChanged,
    // A mapping retires its old value too, and changes what trends in the current taxonomy count.
    addTaxonomyMapping: (result, args, cache) => {
      referenceChanged(result, args, cache);
      invalidateLists(cache, 'taxonomyMappings');
    },
    // A longer or shorter period moves records in or out of the report; anonymised records leave it. Both are audited.
    setRetentionPeriod: (_result, _args, cache) => invalidateLists(cache, 'recordsDueForDeletion', 'adminAuditLog'),
    anonymiseRecords: (_result, _args, cache) => invalidateLists(cache, 'recordsDueForDeletion', 'adminAuditLog', 'contacts', 'informationRequests'),
    ...Object.fromEntries(
      INFORMATION_REQUEST_CHANGES.map((name) => [name, (_result: unknown, _args: unknown, cache: Cache) => invalidateLists(cache, ...INFORMATION_REQUEST_LISTS, 'annualReport')]),
    ),
  },
};

/** The schema's unions, so the cache matches `... on` fragments exactly instead of guessing. */
const POSSIBLE_TYPES = { LearningActionChangeResult: ['LearningAction', 'VersionConflict'] };

/**
 * Warnings and errors (graphcache's debug notes are dropped), less one: without the whole schema, graphcache writes a
 * union result through every `... on` fragment and reports each member's fields
 * the answer lacks as "Invalid undefined". Those are expected, so not shown.
 */
const logger: Logger = (severity, message) => {
  if (severity === 'debug' || message.startsWith('Invalid undefined:')) return;
  console[severity](message);
};

/** The normalized cache's configuration (tests build their cache from it too). */
export const CACHE_OPTIONS: CacheExchangeOpts = { keys: CACHE_KEYS, updates: CACHE_UPDATES, possibleTypes: POSSIBLE_TYPES, logger };

/**
 * Creates the urql client, with a normalized cache: a saved record updates
 * every query showing it. A factory rather than a singleton: the app makes a
 * fresh one (with an empty cache) whenever someone signs in or out, so nothing
 * one person loaded is shown to the next, and tests build their own.
 */
export function createGraphqlClient({ url = GRAPHQL_ENDPOINT, onUnauthenticated }: GraphqlClientOptions = {}): Client {
  return new Client({
    url,
    exchanges: [
      cacheExchange(CACHE_OPTIONS),
      mapExchange({
        onError(error) {
          if (onUnauthenticated && isUnauthenticated(error)) onUnauthenticated();
        },
      }),
      fetchExchange,
    ],
    // Always POST. urql would otherwise send queries as GET, which Apollo Server's
    // CSRF prevention rejects (a GET carries no preflight-forcing header).
    preferGetMethod: false,
    // Send the session cookie to our own origin only.
    fetchOptions: { credentials: 'same-origin' },
  });
}
