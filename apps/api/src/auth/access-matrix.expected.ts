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
 *   MEMBER   the Member Responsible for Complaints (Complaint Handling Code §9.5–9.7):
 *            figures under the disclosure rules only (disclosedTrend, the Code's
 *            report, the self-assessment, the Ombudsman's figures); never a case,
 *            a complainant, the undisclosed trend or annual report, or an export of rows
 *   NOBODY   nobody signed in: sign in, sign out, `me`, the health check,
 *            "Have your say", the accessibility statement, and published
 *            charts (embeds) with a valid token
 *
 * Y = allowed (the operation succeeds, no error), - = refused (UNAUTHENTICATED
 * for nobody, FORBIDDEN for a signed-in role) with nothing written.
 * Every Query and Mutation field, and every HTTP route, needs a row.
 */
export const WHO = ['ADMIN', 'COMPLAINTS_OFFICER', 'SERVICE_MANAGER', 'ANALYST', 'MEMBER', 'NOBODY'] as const;
export type Column = (typeof WHO)[number];

const TABLE = `
  operation                        ADMIN  OFFICER  MANAGER  ANALYST  MEMBER  NOBODY
  # signing in
  me                                 Y       Y        Y        Y       Y       Y
  login                              Y       Y        Y        Y       Y       Y
  logout                             Y       Y        Y        Y       Y       Y
  # reference data: every signed-in user reads it, only administrators change it
  recordTypes                        Y       Y        Y        Y       Y       -
  channels                           Y       Y        Y        Y       Y       -
  divisions                          Y       Y        Y        Y       Y       -
  serviceAreas                       Y       Y        Y        Y       Y       -
  issueCategories                    Y       Y        Y        Y       Y       -
  saveReferenceItem                  Y       -        -        -       -       -
  retireReferenceItem                Y       -        -        -       -       -
  reinstateReferenceItem             Y       -        -        -       -       -
  taxonomyMappings                   Y       Y        Y        Y       Y       -
  addTaxonomyMapping                 Y       -        -        -       -       -
  # retention: administrators set how long records are kept, list those due for deletion and anonymise them
  # (references and dates only; no role reads personal data through it)
  retentionPeriods                   Y       -        -        -       -       -
  setRetentionPeriod                 Y       -        -        -       -       -
  recordsDueForDeletion              Y       -        -        -       -       -
  anonymiseRecords                   Y       -        -        -       -       -
  # users: administrators manage accounts; everyone changes their own password
  users                              Y       -        -        -       -       -
  user                               Y       -        -        -       -       -
  createUser                         Y       -        -        -       -       -
  updateUser                         Y       -        -        -       -       -
  setUserActive                      Y       -        -        -       -       -
  resetUserPassword                  Y       -        -        -       -       -
  clearSignInLimits                  Y       -        -        -       -       -
  changeOwnPassword                  Y       Y        Y        Y       Y       -
  # the audit log of administrative changes (users, reference data)
  adminAuditLog                      Y       -        -        -       -       -
  # contacts: personal details
  contacts                           -       Y        Y        -       -       -
  contact                            -       Y        Y        -       -       -
  contact timeline                   -       Y        Y        -       -       -
  caseworkQueue                      -       Y        Y        -       -       -
  contactByReference                 -       Y        Y        -       -       -
  caseOfficers                       -       Y        Y        -       -       -
  assignContact                      -       Y        -        -       -       -
  # complainants' details: personal data for officers and the case's service manager only;
  # analysts (and administrators) never reach them, nor find contacts by them
  contact complainant                -       Y        Y        -       -       -
  contacts by complainant name       -       Y        Y        -       -       -
  saveComplainant                    -       Y        -        -       -       -
  createContact                      -       Y        -        -       -       -
  acknowledgeContact                 -       Y        -        -       -       -
  recordResponse                     -       Y        -        -       -       -
  extendContact                      -       Y        -        -       -       -
  escalateContact                    -       Y        -        -       -       -
  recordPanelHeld                    -       Y        -        -       -       -
  recordEscalationResponse           -       Y        -        -       -       -
  withdrawContact                    -       Y        -        -       -       -
  # learning at closure: what was learned from a complaint is part of its case record; officers record it
  recordLearningOutcome              -       Y        -        -       -       -
  contact learningOutcome            -       Y        Y        -       -       -
  # information requests: personal details (requester's name, history), except the summary (counts)
  informationRequests                -       Y        Y        -       -       -
  informationRequest                 -       Y        Y        -       -       -
  informationRequest history         -       Y        Y        -       -       -
  informationRequestByReference      -       Y        Y        -       -       -
  informationRequestQueue            -       Y        Y        -       -       -
  recordInformationRequest           -       Y        -        -       -       -
  acknowledgeInformationRequest      -       Y        -        -       -       -
  completeInformationRequest         -       Y        -        -       -       -
  extendInformationRequest           -       Y        -        -       -       -
  pauseInformationRequest            -       Y        -        -       -       -
  resumeInformationRequest           -       Y        -        -       -       -
  withdrawInformationRequest         -       Y        -        -       -       -
  informationRequestSummary          -       Y        Y        Y       -       -
  # the lost-information register (12.2): what was lost about whom; officers keep it, managers read their
  # areas' incidents, and every role reading aggregates gets the counts only (by format, outcome, within 72 hours)
  lostInformationIncidents           -       Y        Y        -       -       -
  lostInformationIncident            -       Y        Y        -       -       -
  lostInformationIncidentByReference -       Y        Y        -       -       -
  caseworkQueue lostInformation      -       Y        Y        -       -       -
  recordLostInformationIncident      -       Y        -        -       -       -
  updateLostInformationIncident      -       Y        -        -       -       -
  lostInformationSummary             -       Y        Y        Y       -       -
  # the Complaint Handling Code (issue 13): the regime and the Code's case records (service requests, refusals,
  # adjustments, points raised, remedies, stage handlers) are personal data for officers and the case's service
  # manager; officers record them; every role reading aggregates gets the counts only
  contact complaintCode              -       Y        Y        -       -       -
  serviceRequests                    -       Y        Y        -       -       -
  serviceRequest                     -       Y        Y        -       -       -
  adjustmentReviewsDue               -       Y        Y        -       -       -
  complaintCodeSummary               -       Y        Y        Y       -       -
  overrideContactRegime              -       Y        -        -       -       -
  recordServiceRequest               -       Y        -        -       -       -
  reviewServiceRequest               -       Y        -        -       -       -
  convertServiceRequest              -       Y        -        -       -       -
  refuseComplaint                    -       Y        -        -       -       -
  setCodeStageHandler                -       Y        -        -       -       -
  extendCodeStage                    -       Y        -        -       -       -
  escalateCodeComplaint              -       Y        -        -       -       -
  acknowledgeCodeStage2              -       Y        -        -       -       -
  respondCodeStage2                  -       Y        -        -       -       -
  setResponsePoints                  -       Y        -        -       -       -
  addRemedy                          -       Y        -        -       -       -
  completeRemedy                     -       Y        -        -       -       -
  addReasonableAdjustment            -       Y        -        -       -       -
  reviewReasonableAdjustment         -       Y        -        -       -       -
  recordAgreedStatement              -       Y        -        -       -       -
  # aggregates: no personal details
  trend                              -       Y        Y        Y       -       -
  annualReport                       -       Y        Y        Y       -       -
  # learning actions (Appendix 1)
  learningActions                    -       Y        Y        Y       -       -
  learningAction                     -       Y        Y        Y       -       -
  createLearningAction               -       Y        Y        -       -       -
  updateLearningAction               -       Y        Y        -       -       -
  closeLearningAction                -       Y        Y        -       -       -
  reopenLearningAction               -       Y        Y        -       -       -
  # the progress log: whoever reads the tracker reads it; officers and the action's area's managers add to it
  learningActions progress           -       Y        Y        Y       -       -
  addLearningActionProgress          -       Y        Y        -       -       -
  # service activity (table 6): counts, no personal details; officers and administrators enter
  # them, and every signed-in role reads them (administrators see what they enter)
  serviceActivity                    Y       Y        Y        Y       Y       -
  saveServiceActivity                Y       Y        -        -       -       -
  POST /import/service-activity      Y       Y        -        -       -       -
  # saved charts: whoever reads aggregates saves them and opens any by id (shared by link); the owner
  # changes one, the owner or an administrator deletes it
  savedCharts                        -       Y        Y        Y       -       -
  savedChart                         -       Y        Y        Y       -       -
  saveChart                          -       Y        Y        Y       -       -
  updateSavedChart                   -       Y        Y        Y       -       -
  deleteSavedChart                   Y       Y        Y        Y       -       -
  # embeds: analysts and officers publish; the register and revoke/pause/resume for administrators
  # (every embed, never its figures) and for whoever published one or owns its chart
  createEmbed                        -       Y        -        Y       -       -
  embeds                             Y       Y        Y        Y       -       -
  revokeEmbed                        Y       Y        Y        Y       -       -
  pauseEmbed                         Y       Y        Y        Y       -       -
  resumeEmbed                        Y       Y        Y        Y       -       -
  # "Have your say" (12.3): anyone sends a message from the public page (limited per address); officers triage
  # them, recording each as a contact or closing it. The messages are personal data: no one else reads them
  submitHaveYourSay                  Y       Y        Y        Y       Y       Y
  haveYourSayTriage                  -       Y        -        -       -       -
  convertHaveYourSay                 -       Y        -        -       -       -
  closeHaveYourSay                   -       Y        -        -       -       -
  # the accessibility statement's configured contact: public, as the statement must be (PSBAR 2018)
  accessibilityStatement             Y       Y        Y        Y       Y       Y
  # the Complaint Handling Code's report (issue 13): every figure under the disclosure rules, so the Member Responsible
  # for Complaints reads them too; officers keep the self-assessment, the Ombudsman's figures and the governance response
  disclosedTrend                     -       Y        Y        Y       Y       -
  complaintCodeReport                -       Y        Y        Y       Y       -
  codeProvisions                     -       Y        Y        Y       Y       -
  selfAssessments                    -       Y        Y        Y       Y       -
  createSelfAssessment               -       Y        -        -       -       -
  updateSelfAssessmentEntry          -       Y        -        -       -       -
  addSelfAssessmentAction            -       Y        -        -       -       -
  completeSelfAssessmentAction       -       Y        -        -       -       -
  approveSelfAssessment              -       Y        -        -       -       -
  saveGovernanceResponse             -       Y        -        -       -       -
  ombudsmanLetters                   -       Y        Y        Y       Y       -
  saveOmbudsmanLetter                -       Y        -        -       -       -
  ombudsmanBenchmark                 -       Y        Y        Y       Y       -
  setOmbudsmanComparators            -       Y        -        -       -       -
  # HTTP routes
  GET /healthz                       Y       Y        Y        Y       Y       Y
  # embeds: intranet readers never sign in; the token in the URL is the key (a bad one: 404/410)
  GET /embed/:token                  Y       Y        Y        Y       Y       Y
  GET /embed/:token.svg              Y       Y        Y        Y       Y       Y
  GET /embed/:token.png              Y       Y        Y        Y       Y       Y
  GET /embed/:token.csv              Y       Y        Y        Y       Y       Y
  GET /embed/static/embed.css        Y       Y        Y        Y       Y       Y
  GET /export/trend.csv              -       Y        Y        Y       -       -
  GET /export/trend.svg              -       Y        Y        Y       -       -
  GET /export/trend.png              -       Y        Y        Y       -       -
  GET /report/:year                  -       Y        Y        Y       -       -
  GET /export/report/:year/:file     -       Y        Y        Y       -       -
  GET /import/contacts/template.csv  -       Y        -        -       -       -
  POST /import/contacts              -       Y        -        -       -       -
  GET /code-report/:year             -       Y        Y        Y       Y       -
  GET /export/code-report/:year/:file  -     Y        Y        Y       Y       -
  GET /self-assessment/:id           -       Y        Y        Y       Y       -
  GET /export/self-assessment/:file  -       Y        Y        Y       Y       -
  POST /import/ombudsman-statistics  -       Y        -        -       -       -
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
