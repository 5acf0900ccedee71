/**
 * The "Record a contact" form's rules, as pure functions (contact-form.test.ts):
 * the values, their checks and messages, and the createContact input built from them.
 */
import type { ComplainantType, CreateContactInput, Outcome, RecordTypeGroup } from '../../graphql/graphql';
import { isFormalComplaintGroup, isIsoDate } from '@complaints/domain';
import { formatDate } from './case-dates';
import { RESPONSE_OUTCOMES } from './case-labels';
import { noErrors, type FormErrors } from './form-errors';
import type { ComplainantField } from '@complaints/domain';
import {
  complainantFieldId,
  COMPLAINANT_FIELDS,
  COMPLAINANT_FIELD_NAMES,
  complainantInput,
  EMPTY_COMPLAINANT,
  isBlankComplainant,
  validateComplainant,
  type ComplainantFormValues,
} from './complainant-form';

export interface ContactFormValues {
  recordType: string;
  channel: string;
  receivedDate: string;
  primaryServiceArea: string;
  furtherServiceAreas: string[];
  primaryIssue: string;
  furtherIssues: string[];
  complainantType: ComplainantType | '';
  acknowledgementSentDate: string;
  responseSentDate: string;
  outcome: Outcome | '';
  summary: string;
  /** Optional: left blank, no details are sent. */
  complainant: ComplainantFormValues;
}

export const EMPTY_CONTACT_FORM: ContactFormValues = {
  recordType: '',
  channel: '',
  receivedDate: '',
  primaryServiceArea: '',
  furtherServiceAreas: [],
  primaryIssue: '',
  furtherIssues: [],
  complainantType: '',
  acknowledgementSentDate: '',
  responseSentDate: '',
  outcome: '',
  summary: '',
  complainant: EMPTY_COMPLAINANT,
};

/**
 * The fields errors are shown beside, named as the API names them so its
 * problems land on them; each is also the id of the control the error summary
 * links to (`serviceAreas` and `issues` are the "main" selects).
 */
type ComplainantKey = `complainant.${ComplainantField}`;
const complainantKey = (field: ComplainantField): ComplainantKey => `complainant.${field}`;

const OWN_FIELDS = [
  'recordType',
  'channel',
  'receivedDate',
  'serviceAreas',
  'issues',
  'complainantType',
  'acknowledgementSentDate',
  'responseSentDate',
  'outcome',
  'summary',
] as const;
export type ContactField = (typeof OWN_FIELDS)[number] | ComplainantKey;

/** In the form's order: the complainant's details follow "Who made the contact". */
export const CONTACT_FIELDS: readonly ContactField[] = [...OWN_FIELDS.slice(0, 6), ...COMPLAINANT_FIELDS.map(complainantKey), ...OWN_FIELDS.slice(6)];

/** The id of a field's control (the complainant's fields are `complainant-<field>`). */
export function contactFieldId(field: ContactField): string {
  return field.startsWith('complainant.') ? complainantFieldId(field.slice('complainant.'.length) as ComplainantField) : field;
}

/** How each field is named in the API's messages ("Date received is required"). */
export const CONTACT_FIELD_NAMES: Record<ContactField, string> = {
  ...(Object.fromEntries(COMPLAINANT_FIELDS.map((field) => [complainantKey(field), `Complainant's ${COMPLAINANT_FIELD_NAMES[field].toLowerCase()}`])) as Record<ComplainantKey, string>),
  recordType: 'Record type',
  channel: 'How it was received',
  receivedDate: 'Date received',
  serviceAreas: 'Service areas',
  issues: 'Issues',
  complainantType: 'Who made the contact',
  acknowledgementSentDate: 'Date the acknowledgement was sent',
  responseSentDate: 'Date the response was sent',
  outcome: 'Outcome',
  summary: 'Summary',
};

export const MAX_SUMMARY_LENGTH = 10_000;

export interface RecordTypeOption {
  code: string;
  group: RecordTypeGroup;
}

/** Formal complaints (statutory, corporate, school, LGO) need an outcome when their response is recorded. */
export function needsOutcome(values: ContactFormValues, recordTypes: readonly RecordTypeOption[]): boolean {
  if (values.responseSentDate === '') return false;
  return isFormalComplaintGroup(recordTypes.find((type) => type.code === values.recordType)?.group);
}

/** The main one first, then the others named, each once. */
export function primaryFirst(primary: string, further: readonly string[]): string[] {
  return primary ? [primary, ...further.filter((code) => code !== primary)] : [...further];
}

function checkDate(
  value: string,
  name: string,
  today: string,
  errors: FormErrors<ContactField>,
  field: ContactField,
  unreadable: boolean,
): boolean {
  if (unreadable || (value !== '' && !isIsoDate(value))) {
    errors.fields[field] = `${name} must be a real date`;
  } else if (value > today) {
    errors.fields[field] = `${name} must be today or in the past`;
  }
  return !errors.fields[field];
}

export interface ContactFormContext {
  /** Today's date (London), e.g. '2026-11-25'. */
  today: string;
  recordTypes: readonly RecordTypeOption[];
  /** Date fields the browser could not read (partly typed), which show as empty. */
  unreadableDates?: ReadonlySet<string>;
}

export function validateContactForm(values: ContactFormValues, { today, recordTypes, unreadableDates = new Set() }: ContactFormContext): FormErrors<ContactField> {
  const errors = noErrors<ContactField>();
  const { fields } = errors;
  if (!values.recordType) fields.recordType = 'Select the record type';
  if (!values.channel) fields.channel = 'Select how the contact was received';

  const received = values.receivedDate;
  let receivedOk = false;
  if (received === '' && !unreadableDates.has('receivedDate')) fields.receivedDate = 'Enter the date the contact was received';
  else receivedOk = checkDate(received, 'Date received', today, errors, 'receivedDate', unreadableDates.has('receivedDate'));

  if (!values.primaryServiceArea) fields.serviceAreas = 'Select the main service area';
  if (!values.primaryIssue) fields.issues = 'Select the main issue';
  if (!values.complainantType) fields.complainantType = 'Select who made the contact';

  const ack = values.acknowledgementSentDate;
  const ackOk = checkDate(ack, 'Date the acknowledgement was sent', today, errors, 'acknowledgementSentDate', unreadableDates.has('acknowledgementSentDate'));
  if (ackOk && ack && receivedOk && ack < received) {
    fields.acknowledgementSentDate = `Date the acknowledgement was sent must be the same as or after the date received (${formatDate(received)})`;
  }
  const response = values.responseSentDate;
  const responseOk = checkDate(response, 'Date the response was sent', today, errors, 'responseSentDate', unreadableDates.has('responseSentDate'));
  if (responseOk && response && receivedOk && response < received) {
    fields.responseSentDate = `Date the response was sent must be the same as or after the date received (${formatDate(received)})`;
  } else if (responseOk && response && ack && !fields.acknowledgementSentDate && response < ack) {
    fields.responseSentDate = `Date the response was sent must be the same as or after the date the acknowledgement was sent (${formatDate(ack)})`;
  }

  if (needsOutcome(values, recordTypes) && !(RESPONSE_OUTCOMES as readonly string[]).includes(values.outcome)) {
    fields.outcome = 'Select the outcome of the response';
  }
  if (values.summary.length > MAX_SUMMARY_LENGTH) {
    fields.summary = `Summary must be ${MAX_SUMMARY_LENGTH.toLocaleString('en-GB')} characters or fewer`;
  }
  if (!isBlankComplainant(values.complainant)) {
    for (const [field, message] of Object.entries(validateComplainant(values.complainant).fields)) {
      if (message) fields[complainantKey(field as ComplainantField)] = message;
    }
  }
  return errors;
}

/** The createContact input for valid values: optional dates left out when blank, the main codes first. */
export function contactInput(values: ContactFormValues, recordTypes: readonly RecordTypeOption[]): CreateContactInput {
  const summary = values.summary.trim();
  return {
    recordType: values.recordType,
    channel: values.channel,
    receivedDate: values.receivedDate,
    serviceAreas: primaryFirst(values.primaryServiceArea, values.furtherServiceAreas),
    issues: primaryFirst(values.primaryIssue, values.furtherIssues),
    complainantType: values.complainantType as ComplainantType,
    acknowledgementSentDate: values.acknowledgementSentDate || null,
    responseSentDate: values.responseSentDate || null,
    outcome: needsOutcome(values, recordTypes) ? (values.outcome as Outcome) : null,
    summary: summary || null,
    complainant: isBlankComplainant(values.complainant) ? null : complainantInput(values.complainant),
  };
}
