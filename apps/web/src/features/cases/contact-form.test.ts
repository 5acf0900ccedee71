import { CONTACT_FIELDS, contactFieldId, contactInput, EMPTY_CONTACT_FORM, needsOutcome, primaryFirst, validateContactForm, type ContactFormValues } from './contact-form';

const recordTypes = [
  { code: 'STATUTORY_COMPLAINT', group: 'FORMAL_COMPLAINT' as const },
  { code: 'COMPLIMENT', group: 'COMPLIMENT' as const },
];
const context = { today: '2010-03-01', recordTypes };

const valid: ContactFormValues = {
  ...EMPTY_CONTACT_FORM,
  recordType: 'STATUTORY_COMPLAINT',
  channel: 'LETTER',
  receivedDate: '2010-02-01',
  primaryServiceArea: 'SOCIAL_CARE',
  furtherServiceAreas: ['INCLUSION', 'SOCIAL_CARE'],
  primaryIssue: 'COMMUNICATION_DELAY',
  complainantType: 'PARENT_OR_CARER',
};

describe('record a contact: checks', () => {
  it('asks for every required field', () => {
    expect(validateContactForm(EMPTY_CONTACT_FORM, context).fields).toEqual({
      recordType: 'Select the record type',
      channel: 'Select how the contact was received',
      receivedDate: 'Enter the date the contact was received',
      serviceAreas: 'Select the main service area',
      issues: 'Select the main issue',
      complainantType: 'Select who made the contact',
    });
  });

  it('accepts a complete contact with no optional dates', () => {
    expect(validateContactForm(valid, context)).toEqual({ fields: {}, form: [] });
  });

  it('wants real dates, not in the future', () => {
    expect(validateContactForm({ ...valid, receivedDate: '2010-02-30' }, context).fields).toEqual({
      receivedDate: 'Date received must be a real date',
    });
    expect(validateContactForm({ ...valid, receivedDate: '2010-03-02' }, context).fields).toEqual({
      receivedDate: 'Date received must be today or in the past',
    });
    expect(validateContactForm({ ...valid, acknowledgementSentDate: '2011-01-01' }, context).fields).toEqual({
      acknowledgementSentDate: 'Date the acknowledgement was sent must be today or in the past',
    });
  });

  it('treats a date the browser could not read as not a real date', () => {
    const unreadableDates = new Set(['receivedDate', 'responseSentDate']);
    expect(validateContactForm({ ...valid, receivedDate: '' }, { ...context, unreadableDates }).fields).toEqual({
      receivedDate: 'Date received must be a real date',
      responseSentDate: 'Date the response was sent must be a real date',
    });
  });

  it('refuses acknowledgement and response dates before the contact was received', () => {
    expect(validateContactForm({ ...valid, acknowledgementSentDate: '2010-01-31', responseSentDate: '2010-01-15', outcome: 'UPHELD' }, context).fields).toEqual({
      acknowledgementSentDate: 'Date the acknowledgement was sent must be the same as or after the date received (1 February 2010)',
      responseSentDate: 'Date the response was sent must be the same as or after the date received (1 February 2010)',
    });
  });

  it('refuses a response before the acknowledgement', () => {
    expect(validateContactForm({ ...valid, acknowledgementSentDate: '2010-02-10', responseSentDate: '2010-02-05', outcome: 'UPHELD' }, context).fields).toEqual({
      responseSentDate: 'Date the response was sent must be the same as or after the date the acknowledgement was sent (10 February 2010)',
    });
  });

  it("asks for a complaint's outcome once its response date is given, and only then", () => {
    expect(needsOutcome(valid, recordTypes)).toBe(false);
    expect(needsOutcome({ ...valid, responseSentDate: '2010-02-10' }, recordTypes)).toBe(true);
    expect(needsOutcome({ ...valid, recordType: 'COMPLIMENT', responseSentDate: '2010-02-10' }, recordTypes)).toBe(false);
    expect(validateContactForm({ ...valid, responseSentDate: '2010-02-10' }, context).fields).toEqual({
      outcome: 'Select the outcome of the response',
    });
  });

  it('limits the summary to 10,000 characters', () => {
    expect(validateContactForm({ ...valid, summary: 'x'.repeat(10_001) }, context).fields).toEqual({
      summary: 'Summary must be 10,000 characters or fewer',
    });
  });
});

describe('record a contact: the input sent', () => {
  it('puts the main service area and issue first, each code once', () => {
    expect(primaryFirst('A', ['B', 'A', 'C'])).toEqual(['A', 'B', 'C']);
    expect(primaryFirst('', ['B'])).toEqual(['B']);
  });

  it('leaves out blank optional values and the outcome where none is needed', () => {
    expect(contactInput({ ...valid, summary: '  ', outcome: 'UPHELD' }, recordTypes)).toEqual({
      recordType: 'STATUTORY_COMPLAINT',
      channel: 'LETTER',
      receivedDate: '2010-02-01',
      serviceAreas: ['SOCIAL_CARE', 'INCLUSION'],
      issues: ['COMMUNICATION_DELAY'],
      complainantType: 'PARENT_OR_CARER',
      acknowledgementSentDate: null,
      responseSentDate: null,
      outcome: null,
      summary: null,
      complainant: null,
    });
    expect(contactInput({ ...valid, responseSentDate: '2010-02-10', outcome: 'UPHELD', summary: ' Late reply ' }, recordTypes)).toMatchObject({
      responseSentDate: '2010-02-10',
      outcome: 'UPHELD',
      summary: 'Late reply',
    });
  });
});

describe("record a contact: the complainant's details", () => {
  it('are optional, but need a surname once any is given', () => {
    expect(validateContactForm(valid, context).fields).toEqual({});
    expect(validateContactForm({ ...valid, complainant: { ...valid.complainant, email: 'jane@example.com', preferredContactMethod: 'PHONE' } }, context).fields).toEqual({
      'complainant.familyName': "Enter the complainant's surname",
      'complainant.preferredContactMethod': 'How they would like to be contacted needs a phone number to contact them by',
    });
  });

  it('are sent with the contact when given', () => {
    const input = contactInput({ ...valid, complainant: { ...valid.complainant, givenName: 'Jane', familyName: ' Smith ' } }, recordTypes);
    expect(input.complainant).toMatchObject({ givenName: 'Jane', familyName: 'Smith', email: null });
  });

  it('have error links to their own controls', () => {
    expect(contactFieldId('complainant.familyName')).toBe('complainant-familyName');
    expect(contactFieldId('receivedDate')).toBe('receivedDate');
    expect(CONTACT_FIELDS.indexOf('complainant.familyName')).toBeGreaterThan(CONTACT_FIELDS.indexOf('complainantType'));
  });
});
