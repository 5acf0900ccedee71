import { readHeader } from './contact-columns';
import { parseSpreadsheetDate, parseYesNo, rowToContactInput, vocabulariesFrom, Vocabulary } from './contact-row';
import { testCatalog } from '../test-support/reference-catalog-fixture';

const vocabularies = vocabulariesFrom(testCatalog());

describe('parseSpreadsheetDate', () => {
  it.each([
    ['2009-12-23', '2009-12-23'],
    ['23/12/2009', '2009-12-23'],
    ['5/1/2010', '2010-01-05'],
    [' 05/01/2010 ', '2010-01-05'],
    ['29/02/2008', '2008-02-29'],
  ])('reads %s as %s', (text, date) => {
    expect(parseSpreadsheetDate(text)).toEqual({ date });
  });

  it.each([
    ['31/02/2009', "'31/02/2009' is not a real date"],
    ['2009-13-01', "'2009-13-01' is not a real date"],
    ['23/12/09', "'23/12/09' is not a date; use a four-digit year"],
    ['Dec 23 2009', "'Dec 23 2009' is not a date; write dates as DD/MM/YYYY or YYYY-MM-DD"],
    ['40170', "'40170' is not a date; write dates as DD/MM/YYYY or YYYY-MM-DD"],
  ])('refuses %s', (text, problem) => {
    expect(parseSpreadsheetDate(text)).toEqual({ problem });
  });
});

describe('parseYesNo', () => {
  it.each([
    ['yes', true],
    ['Y', true],
    ['TRUE', true],
    ['1', true],
    ['no', false],
    ['False', false],
    ['0', false],
    ['', null],
    ['  ', null],
  ])('reads %j as %j', (text, value) => {
    expect(parseYesNo(text)).toEqual({ value });
  });

  it('refuses anything else', () => {
    expect(parseYesNo('maybe')).toEqual({ problem: "'maybe' is not yes or no (yes/no, true/false or 1/0)" });
  });
});

describe('Vocabulary', () => {
  const channels = vocabularies.channel;

  it.each(['LETTER', 'letter', 'Letter', ' LETTER ', "From Ombudsman's office", 'from ombudsman\u2019s  office'])('resolves %j', (text) => {
    expect(channels.resolve(text)).toHaveProperty('code');
  });

  it('lists the names of a short vocabulary when a value is unknown', () => {
    expect(channels.resolve('Fax')).toEqual({
      problem: "unknown channel 'Fax'; use one of: Complaint form, Email, In person, Letter, From Ombudsman's office, Telephone, Web application (or their codes)",
    });
  });

  it('points to the reference data for a long one', () => {
    expect(vocabularies.issue.resolve('Parking')).toEqual({ problem: expect.stringMatching(/^unknown issue 'Parking'; use a code or name from the \d+ listed/) });
  });

  it('refuses a name two entries share, and lets a code win over a name', () => {
    const v = new Vocabulary('thing', [
      { code: 'A', name: 'Same' },
      { code: 'B', name: 'same' },
      { code: 'SAME_CODE', name: 'b' },
    ]);
    expect(v.resolve('SAME')).toEqual({ problem: "'SAME' names more than one thing; use its code" });
    expect(v.resolve('b')).toEqual({ code: 'B' });
  });
});

describe('rowToContactInput', () => {
  it('maps names, codes, UK dates, lists and flags to a CreateContactInput', () => {
    const { input, problems } = rowToContactInput(
      {
        reference: ' LEG/1 ',
        record_type: 'Statutory complaint',
        channel: 'letter',
        received_date: '23/12/2009',
        service_areas: 'Safeguarding: Social Care; INCLUSION;',
        issues: 'COMMUNICATION_LACK_OF',
        complainant_type: 'Parent or carer',
        stage: 'Stage 2',
        outcome: 'partially upheld',
        acknowledgement_sent_date: '2009-12-24',
        response_sent_date: '',
        extended: 'yes',
        summary: ' Line one\r\nline two ',
      },
      vocabularies,
    );
    expect(problems).toEqual([]);
    expect(input).toEqual({
      reference: 'LEG/1',
      recordType: 'STATUTORY_COMPLAINT',
      channel: 'LETTER',
      receivedDate: '2009-12-23',
      serviceAreas: ['SOCIAL_CARE', 'INCLUSION'],
      issues: ['COMMUNICATION_LACK_OF'],
      complainantType: 'PARENT_OR_CARER',
      stage: 'STAGE_2',
      outcome: 'PARTIALLY_UPHELD',
      acknowledgementSentDate: '2009-12-24',
      responseSentDate: null,
      extended: true,
      prematureOmbudsmanReferral: null,
      summary: 'Line one\nline two',
    });
  });

  it('names each column at fault', () => {
    const { problems } = rowToContactInput(
      { record_type: '', channel: 'Pigeon', received_date: '32/01/2009', service_areas: 'SOCIAL_CARE;Parks', issues: ' ; ', complainant_type: 'PARENT_OR_CARER', extended: 'sometimes' },
      vocabularies,
    );
    expect(problems.map((p) => p.field)).toEqual(['record_type', 'channel', 'received_date', 'service_areas', 'issues', 'extended']);
    expect(problems[3].message).toMatch(/^unknown service area 'Parks'/);
    expect(problems[4].message).toBe('at least one issue is required');
  });
});

describe('readHeader', () => {
  it('matches headings in any order and case, with spaces or hyphens for underscores', () => {
    const layout = readHeader(['Summary', 'RECEIVED DATE', 'record-type', 'channel', 'service_areas', 'Issues', 'complainant type', '']);
    expect(layout.problems).toEqual([]);
    expect(layout.columns).toEqual(['summary', 'received_date', 'record_type', 'channel', 'service_areas', 'issues', 'complainant_type', null]);
    expect([...layout.blank]).toEqual([7]);
  });

  it('reports unknown, repeated and missing columns', () => {
    const layout = readHeader(['record_type', 'Record Type', 'chanel', 'received_date', 'service_areas', 'issues', 'complainant_type']);
    expect(layout.problems).toEqual([
      { field: 'record_type', message: 'the column appears twice' },
      { field: 'chanel', message: expect.stringMatching(/^unknown column 'chanel'; the columns are reference, record_type, channel/) },
      { field: 'channel', message: 'this required column is missing from the header row' },
    ]);
    expect([...layout.missing]).toEqual(['channel']);
  });
});

describe('messages', () => {
  it('cut a long value short', () => {
    const { problems } = rowToContactInput({ channel: 'x'.repeat(5000) }, vocabularies);
    expect(problems.find((p) => p.field === 'channel')!.message).toMatch(/^unknown channel 'x{59}…'; use one of/);
  });
});
