/**
 * Who may do what, typed by hand from the README's role table and the product's
 * intent — deliberately NOT derived from ACCESS in role.ts, so that a wrong
 * policy in the code fails the access-matrix test instead of becoming its
 * expectation. Change a row only when the intended policy changes.
 *
 *   ADMIN    users and reference data; nothing about cases or figures
 *   OFFICER  (COMPLAINTS_OFFICER) records and updates contacts and information
 *            requests, keeps the learning-action tracker, reads aggregates
 *   MANAGER  (SERVICE_MANAGER) their areas' contacts and information requests
 *            (read only), their areas' learning actions (read and write),
 *            directorate-wide aggregates
 *   ANALYST  aggregates (trends, the annual report, exports) and the
 *            learning-action tracker (no personal details), never case records
 *   NOBODY   nobody signed in: sign in, sign out, `me`, the health check
 *
 * Y = allowed (the operation succeeds, no error), - = refused (UNAUTHENTICATED
 * for nobody, FORBIDDEN for a signed-in role) with nothing written.
 * Every Query and Mutation field, and every HTTP route, needs a row.
 */
export const WHO = ['ADMIN', 'COMPLAINTS_OFFICER', 'SERVICE_MANAGER', 'ANALYST', 'NOBODY'] as const;
export type Column = (typeof WHO)[number];

const TABLE = `
  operation                        ADMIN  OFFICER  MANAGER  ANALYST  NOBODY
  # signing in
  me                                 Y       Y        Y        Y       Y
  login                              Y       Y        Y        Y       Y
  logout                             Y       Y        Y        Y       Y
  # reference data: every signed-in user reads it, only administrators change it
  recordTypes                        Y       Y        Y        Y       -
  channels                           Y       Y        Y        Y       -
  divisions                          Y       Y        Y        Y       -
  serviceAreas                       Y       Y        Y        Y       -
  issueCategories                    Y       Y        Y        Y       -
  saveReferenceItem                  Y       -        -        -       -
  # users
  users                              Y       -        -        -       -
  createUser                         Y       -        -        -       -
  setUserActive                      Y       -        -        -       -
  clearSignInLimits                  Y       -        -        -       -
  # contacts: personal details
  contacts                           -       Y        Y        -       -
  contact                            -       Y        Y        -       -
  contact timeline                   -       Y        Y        -       -
  caseworkQueue                      -       Y        Y        -       -
  createContact                      -       Y        -        -       -
  acknowledgeContact                 -       Y        -        -       -
  recordResponse                     -       Y        -        -       -
  extendContact                      -       Y        -        -       -
  escalateContact                    -       Y        -        -       -
  recordPanelHeld                    -       Y        -        -       -
  recordEscalationResponse           -       Y        -        -       -
  withdrawContact                    -       Y        -        -       -
  # information requests: personal details, except the summary (counts)
  informationRequests                -       Y        Y        -       -
  informationRequest                 -       Y        Y        -       -
  recordInformationRequest           -       Y        -        -       -
  completeInformationRequest         -       Y        -        -       -
  extendInformationRequest           -       Y        -        -       -
  informationRequestSummary          -       Y        Y        Y       -
  # aggregates: no personal details
  trend                              -       Y        Y        Y       -
  annualReport                       -       Y        Y        Y       -
  # learning actions (Appendix 1)
  learningActions                    -       Y        Y        Y       -
  learningAction                     -       Y        Y        Y       -
  createLearningAction               -       Y        Y        -       -
  updateLearningAction               -       Y        Y        -       -
  closeLearningAction                -       Y        Y        -       -
  reopenLearningAction               -       Y        Y        -       -
  # service activity (table 6): counts, no personal details; officers and administrators enter
  # them, and every signed-in role reads them (administrators see what they enter)
  serviceActivity                    Y       Y        Y        Y       -
  saveServiceActivity                Y       Y        -        -       -
  POST /import/service-activity      Y       Y        -        -       -
  # HTTP routes
  GET /healthz                       Y       Y        Y        Y       Y
  GET /export/trend.csv              -       Y        Y        Y       -
  GET /report/:year                  -       Y        Y        Y       -
  GET /export/report/:year/:file     -       Y        Y        Y       -
  GET /import/contacts/template.csv  -       Y        -        -       -
  POST /import/contacts              -       Y        -        -       -
`;

/** operation → who → allowed? */
export const EXPECTED_ACCESS: ReadonlyMap<string, Readonly<Record<Column, boolean>>> = parse(TABLE);

function parse(table: string): Map<string, Record<Column, boolean>> {
  const rows = new Map<string, Record<Column, boolean>>();
  const lines = table.split('\n').map((l) => l.trim()).filter((l) => l && !l.startsWith('#'));
  for (const line of lines.slice(1)) {
    const cells = line.split(/\s+/);
    const marks = cells.slice(-WHO.length);
    const name = cells.slice(0, -WHO.length).join(' ');
    if (marks.length !== WHO.length || marks.some((m) => m !== 'Y' && m !== '-')) throw new Error(`access-matrix.expected: bad row '${line}'`);
    if (rows.has(name)) throw new Error(`access-matrix.expected: '${name}' has two rows`);
    rows.set(name, Object.fromEntries(WHO.map((who, i) => [who, marks[i] === 'Y'])) as Record<Column, boolean>);
  }
  return rows;
}
