/**
 * The "Record a request" form's rules, as pure functions (request-form.test.ts):
 * its values, their checks and messages, and the recordInformationRequest input.
 */
import { isIsoDate } from '@complaints/domain';
import type { InformationRequestKind, RecordInformationRequestInput, RequesterType } from '../../graphql/graphql';
import { formatDate } from '../cases/case-dates';
import { noErrors, type FormErrors } from '../cases/form-errors';

export interface RequestFormValues {
  kind: InformationRequestKind | '';
  receivedDate: string;
  serviceArea: string;
  requesterType: RequesterType | '';
  requesterName: string;
  summary: string;
  jointWithDirectorate: string;
  reference: string;
  acknowledgedDate: string;
}

export const EMPTY_REQUEST_FORM: RequestFormValues = {
  kind: '',
  receivedDate: '',
  serviceArea: '',
  requesterType: '',
  requesterName: '',
  summary: '',
  jointWithDirectorate: '',
  reference: '',
  acknowledgedDate: '',
};

/** The fields errors are shown beside, named as the API names them; each is the id of its control. */
export const REQUEST_FIELDS = [
  'kind',
  'receivedDate',
  'serviceArea',
  'requesterType',
  'requesterName',
  'summary',
  'jointWithDirectorate',
  'reference',
  'acknowledgedDate',
] as const;
export type RequestField = (typeof REQUEST_FIELDS)[number];

/** How each field is named in the API's messages ("Date received is in the future"). */
export const REQUEST_FIELD_NAMES: Record<RequestField, string> = {
  kind: 'Kind of request',
  receivedDate: 'Date received',
  serviceArea: 'Service area',
  requesterType: 'Who asked',
  requesterName: 'Requester’s name',
  summary: 'What was asked for',
  jointWithDirectorate: 'Other directorate',
  reference: 'Reference',
  acknowledgedDate: 'Date acknowledged',
};

export const LIMITS = { requesterName: 200, summary: 10_000, jointWithDirectorate: 200, reference: 40 } as const;

const REFERENCE = /^[A-Za-z0-9][A-Za-z0-9/_-]{0,39}$/;

export function validateRequestForm(values: RequestFormValues, today: string, unreadableDates: ReadonlySet<string> = new Set()): FormErrors<RequestField> {
  const errors = noErrors<RequestField>();
  const { fields } = errors;
  if (!values.kind) fields.kind = 'Select the kind of request';
  const received = values.receivedDate;
  let receivedOk = false;
  if (unreadableDates.has('receivedDate') || (received !== '' && !isIsoDate(received))) fields.receivedDate = 'Date received must be a real date';
  else if (received === '') fields.receivedDate = 'Enter the date the request was received';
  else if (received > today) fields.receivedDate = 'Date received must be today or in the past';
  else receivedOk = true;
  if (!values.serviceArea) fields.serviceArea = 'Select the service area the request is about';
  if (!values.requesterType) fields.requesterType = 'Select who asked';
  if (values.requesterName.trim().length > LIMITS.requesterName) fields.requesterName = `Requester’s name must be ${LIMITS.requesterName} characters or fewer`;
  if (values.summary.length > LIMITS.summary) fields.summary = `What was asked for must be ${LIMITS.summary.toLocaleString('en-GB')} characters or fewer`;
  if (values.jointWithDirectorate.trim().length > LIMITS.jointWithDirectorate) {
    fields.jointWithDirectorate = `Other directorate must be ${LIMITS.jointWithDirectorate} characters or fewer`;
  }
  const reference = values.reference.trim();
  if (reference && !REFERENCE.test(reference)) fields.reference = 'Reference must be up to 40 letters, digits, /, - or _, starting with a letter or digit';
  const ack = values.acknowledgedDate;
  if (unreadableDates.has('acknowledgedDate') || (ack !== '' && !isIsoDate(ack))) fields.acknowledgedDate = 'Date acknowledged must be a real date';
  else if (ack && ack > today) fields.acknowledgedDate = 'Date acknowledged must be today or in the past';
  else if (ack && receivedOk && ack < received) fields.acknowledgedDate = `Date acknowledged must be the same as or after the date received (${formatDate(received)})`;
  return errors;
}

/** The input for valid values: blanks left out. */
export function requestInput(values: RequestFormValues): RecordInformationRequestInput {
  return {
    kind: values.kind as InformationRequestKind,
    receivedDate: values.receivedDate,
    serviceArea: values.serviceArea,
    requesterType: values.requesterType as RequesterType,
    requesterName: values.requesterName.trim() || null,
    summary: values.summary.trim() || null,
    jointWithDirectorate: values.jointWithDirectorate.trim() || null,
    reference: values.reference.trim() || null,
    acknowledgedDate: values.acknowledgedDate || null,
  };
}
