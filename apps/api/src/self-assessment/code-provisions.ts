/**
 * The provisions of the Ombudsman's Complaint Handling Code (2024) a council
 * assesses itself against, as seed data (inserted by ensureCodeProvisions,
 * like the standard reference data).
 *
 * PARAPHRASED: every title and requirement below is written in our own words
 * from public summaries of the Local Government and Social Care Ombudsman's
 * Complaint Handling Code (lgo.org.uk, sections 1–9), with the Housing
 * Ombudsman's aligned Code and self-assessment form as the model for the
 * layout. They are not the Code's text: read the Code itself for its wording.
 *
 * `measure` names the figure the product can measure for the provision (see
 * provision-measures.ts); null where only the council can say.
 */
export type ProvisionMeasure =
  | 'SERVICE_REQUESTS'
  | 'REFUSALS_EXPLAINED'
  | 'STAGE_1_ACKNOWLEDGED'
  | 'STAGE_1_RESPONDED'
  | 'STAGE_1_EXTENDED'
  | 'STAGE_2_RESPONDED'
  | 'REASONABLE_ADJUSTMENTS'
  | 'REMEDIES_COMPLETED'
  | 'GOVERNANCE_RESPONSE'
  | 'LEARNING_ACTIONS'
  | 'MEMBER_RESPONSIBLE';

export interface CodeProvisionSeed {
  /** The Code's section number, e.g. '6.3' (a Stage 2 row the sources do not number is '6.S2'). */
  code: string;
  /** The Code's section (chapter) the provision sits in. */
  section: string;
  title: string;
  requirement: string;
  measure: ProvisionMeasure | null;
}

export const PROVISIONS_SOURCE =
  "Paraphrased by Complaints Insight from the Local Government and Social Care Ombudsman's Complaint Handling Code (2024), sections 1–9 (lgo.org.uk), in the layout of the Housing Ombudsman's self-assessment form. Not the Code's own words.";

export const CODE_PROVISIONS: readonly CodeProvisionSeed[] = [
  { code: '1.2', section: '1 Definitions', title: 'Service requests', requirement: 'A request to provide or improve a service, put a problem right or look again at a decision is handled as a service request, not as a complaint.', measure: 'SERVICE_REQUESTS' },
  { code: '1.4', section: '1 Definitions', title: 'What a complaint is', requirement: 'Any expression of dissatisfaction with the standard of service, or with what the council, its staff or anyone acting for it did or failed to do, is treated as a complaint, whoever it affects.', measure: null },
  { code: '1.5', section: '1 Definitions', title: 'No need to say "complaint"', requirement: 'Dissatisfaction is recognised as a complaint even when the word is not used, and complaints made through a representative or third party are handled in the same way.', measure: null },
  { code: '1.8', section: '1 Definitions', title: 'Service requests kept and reviewed', requirement: 'Service requests are recorded, monitored and reviewed regularly; when one turns into a complaint its earlier history stays with it.', measure: null },
  { code: '2.1', section: '2 Exclusions', title: 'Accepting complaints', requirement: 'A complaint is accepted unless there is a valid reason not to, and the evidence for that reason is kept.', measure: null },
  { code: '2.2', section: '2 Exclusions', title: 'Time limit', requirement: 'Complaints are accepted within twelve months of the matter, or of the person becoming aware of it, with discretion to accept older ones where fair.', measure: null },
  { code: '2.4', section: '2 Exclusions', title: 'Explaining a refusal', requirement: 'When a complaint is not accepted the person is told why and that they may ask the Ombudsman to look at the decision.', measure: 'REFUSALS_EXPLAINED' },
  { code: '2.5', section: '2 Exclusions', title: 'No blanket exclusions', requirement: 'Each complaint is considered on its own facts; no kind of complaint is excluded as a class.', measure: null },
  { code: '5.2', section: '5 The complaint handling process', title: 'Two stages', requirement: 'The procedure has two stages only, with no informal or "stage 0" step before Stage 1.', measure: null },
  { code: '5.5', section: '5 The complaint handling process', title: 'Telling people about delay', requirement: 'When a response will be late, the person is told why and when they will have it.', measure: null },
  { code: '5.6', section: '5 The complaint handling process', title: 'Reasonable adjustments', requirement: 'Reasonable adjustments are made, those agreed are recorded, and they are kept under active review.', measure: 'REASONABLE_ADJUSTMENTS' },
  { code: '5.7', section: '5 The complaint handling process', title: 'Refusing an escalation', requirement: 'A request to take a complaint to Stage 2 is refused only for reasons that would justify refusing a complaint under section 2.', measure: null },
  { code: '6.2', section: '6 Complaint stages', title: 'Stage 1 acknowledgement', requirement: 'A Stage 1 complaint is acknowledged within five working days of being received.', measure: 'STAGE_1_ACKNOWLEDGED' },
  { code: '6.3', section: '6 Complaint stages', title: 'Stage 1 response', requirement: 'The Stage 1 response is sent within ten working days of the acknowledgement.', measure: 'STAGE_1_RESPONDED' },
  { code: '6.4', section: '6 Complaint stages', title: 'Stage 1 extension', requirement: 'The Stage 1 response time is extended by no more than ten further working days without good reason, and the reason is given to the person.', measure: 'STAGE_1_EXTENDED' },
  { code: '6.5', section: '6 Complaint stages', title: 'Extension notice', requirement: "A notice of an extension gives the Ombudsman's contact details.", measure: null },
  { code: '6.6', section: '6 Complaint stages', title: 'Responding when the answer is known', requirement: 'The response is sent once the answer is known, not held back until every follow-up action is done; outstanding actions are tracked and the person kept informed.', measure: null },
  { code: '6.7', section: '6 Complaint stages', title: 'Every point addressed', requirement: 'The response addresses every point the complaint raises, with reasons.', measure: null },
  { code: '6.S2', section: '6 Complaint stages', title: 'Stage 2 timescales and handler', requirement: 'A Stage 2 request is acknowledged within five working days and answered within twenty working days of the acknowledgement, by someone other than the Stage 1 handler.', measure: 'STAGE_2_RESPONDED' },
  { code: '7.1', section: '7 Putting things right', title: 'Remedies', requirement: 'Where something went wrong it is put right with a suitable remedy, such as an apology, an explanation, action on a delay, a reconsidered decision, an amended record, a payment or a changed policy or practice.', measure: null },
  { code: '7.3', section: '7 Putting things right', title: 'Remedies followed through', requirement: 'A remedy says what will be done and by when, and is followed through to completion.', measure: 'REMEDIES_COMPLETED' },
  { code: '7.4', section: '7 Putting things right', title: 'When a remedy cannot be delivered', requirement: 'If a remedy cannot be delivered the person is told why, offered an alternative and reminded of the right to go to the Ombudsman.', measure: null },
  { code: '8.1', section: '8 Self-assessment, reporting and compliance', title: 'Annual report', requirement: 'An annual complaints performance and service improvement report is produced, with the self-assessment, analysis of performance (including the types of complaint refused), any findings of non-compliance, service improvements made, and the Ombudsman’s annual letter.', measure: null },
  { code: '8.2', section: '8 Self-assessment, reporting and compliance', title: 'Governance and publication', requirement: "The annual report is considered through the council's governance and published on its website with the governance body's response.", measure: 'GOVERNANCE_RESPONSE' },
  { code: '8.3', section: '8 Self-assessment, reporting and compliance', title: 'Self-assessment after change', requirement: 'A new self-assessment is made after a significant restructure, merger or change in procedures.', measure: null },
  { code: '9.1', section: '9 Scrutiny and oversight', title: 'Learning from complaints', requirement: 'Complaints are used as intelligence: learning beyond the single case is identified, acted on and reported to staff, panels and committees, and a senior officer reviews themes and trends.', measure: 'LEARNING_ACTIONS' },
  { code: '9.5', section: '9 Scrutiny and oversight', title: 'Member Responsible for Complaints', requirement: 'A named councillor is responsible for complaints and receives regular information on volumes, categories, outcomes, performance and trends, and the annual report, without hearing individual complaints.', measure: 'MEMBER_RESPONSIBLE' },
];
