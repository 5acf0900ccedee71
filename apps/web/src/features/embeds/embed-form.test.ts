import { CombinedError } from 'urql';
import { createEmbedInput, embedErrorsFromApi, newEmbedForm, validateEmbedForm } from './embed-form';

describe('publish-as-embed form', () => {
  it('takes no expiry, or a last day from today on', () => {
    const form = newEmbedForm();
    expect(validateEmbedForm(form, '2026-11-26').fields).toEqual({});
    expect(validateEmbedForm({ ...form, expiresAt: '2026-11-26' }, '2026-11-26').fields).toEqual({});
    expect(validateEmbedForm({ ...form, expiresAt: '2026-11-25' }, '2026-11-26').fields).toEqual({ expiresAt: 'The last day must be today or later' });
    expect(validateEmbedForm({ ...form, expiresAt: '2026-02-30' }, '2026-11-26').fields).toEqual({
      expiresAt: 'Enter the expiry date as a real date, for example 31 March 2011',
    });
  });

  it('keeps the note within 500 characters', () => {
    expect(validateEmbedForm({ ...newEmbedForm(), note: 'n'.repeat(501) }, '2026-11-26').fields).toEqual({
      note: 'The note must be 500 characters or fewer (it has 501)',
    });
  });

  it('sends the expiry as the instant the day after begins in London, and leaves out what is empty', () => {
    expect(createEmbedInput({ expiresAt: '2027-03-31', note: ' Intranet news ', disclosureRule: 'DFE_C' })).toEqual({
      expiresAt: '2027-03-31T23:00:00.000Z',
      note: 'Intranet news',
      disclosureRule: 'DFE_C',
    });
    expect(createEmbedInput(newEmbedForm())).toEqual({ expiresAt: null, note: null, disclosureRule: null });
  });

  it('puts the API’s refusal beside the field it names', () => {
    const error = new CombinedError({
      graphQLErrors: [{ message: 'Invalid embed: expiresAt: must be in the future', extensions: { code: 'BAD_USER_INPUT', field: 'expiresAt', problems: [{ field: 'expiresAt', message: 'must be in the future' }] } }],
    });
    expect(embedErrorsFromApi(error).fields).toEqual({ expiresAt: 'The expiry date must be in the future' });
  });
});
