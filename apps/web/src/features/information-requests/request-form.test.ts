import { EMPTY_REQUEST_FORM, requestInput, validateRequestForm, type RequestFormValues } from './request-form';

const valid: RequestFormValues = {
  ...EMPTY_REQUEST_FORM,
  kind: 'FREEDOM_OF_INFORMATION',
  receivedDate: '2026-11-02',
  serviceArea: 'SCHOOL_STANDARDS',
  requesterType: 'MEDIA',
  requesterName: ' Jo Bloggs ',
};

describe('validateRequestForm', () => {
  it('asks for what is required', () => {
    expect(validateRequestForm(EMPTY_REQUEST_FORM, '2026-11-26').fields).toEqual({
      kind: 'Select the kind of request',
      receivedDate: 'Enter the date the request was received',
      serviceArea: 'Select the service area the request is about',
      requesterType: 'Select who asked',
    });
    expect(validateRequestForm(valid, '2026-11-26')).toEqual({ fields: {}, form: [] });
  });

  it('checks dates and lengths', () => {
    const errors = validateRequestForm(
      { ...valid, receivedDate: '2026-11-27', acknowledgedDate: '2026-11-01', reference: 'bad ref', requesterName: 'x'.repeat(201) },
      '2026-11-26',
    ).fields;
    expect(errors).toEqual({
      receivedDate: 'Date received must be today or in the past',
      reference: 'Reference must be up to 40 letters, digits, /, - or _, starting with a letter or digit',
      requesterName: 'Requester’s name must be 200 characters or fewer',
    });
    expect(validateRequestForm({ ...valid, acknowledgedDate: '2026-11-01' }, '2026-11-26').fields).toEqual({
      acknowledgedDate: 'Date acknowledged must be the same as or after the date received (2 November 2026)',
    });
    expect(validateRequestForm(valid, '2026-11-26', new Set(['receivedDate'])).fields).toEqual({ receivedDate: 'Date received must be a real date' });
  });
});

describe('requestInput', () => {
  it('trims text and leaves blanks out', () => {
    expect(requestInput(valid)).toEqual({
      kind: 'FREEDOM_OF_INFORMATION',
      receivedDate: '2026-11-02',
      serviceArea: 'SCHOOL_STANDARDS',
      requesterType: 'MEDIA',
      requesterName: 'Jo Bloggs',
      summary: null,
      jointWithDirectorate: null,
      reference: null,
      acknowledgedDate: null,
    });
  });
});
