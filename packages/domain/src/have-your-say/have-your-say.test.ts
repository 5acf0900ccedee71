import { checkHaveYourSay, HAVE_YOUR_SAY_LIMITS } from './have-your-say';

describe('checkHaveYourSay', () => {
  it('accepts their words alone, trimmed, with everything else left out', () => {
    expect(checkHaveYourSay({ whatHappened: '  My social worker never calls back.  ' })).toEqual({
      fields: { whatHappened: 'My social worker never calls back.', name: null, contactMethod: null, contactDetails: null, wantsAdvocate: null, ageGroup: null },
      problems: [],
    });
  });

  it('asks for their words, in plain language', () => {
    expect(checkHaveYourSay({ whatHappened: '   ' }).problems).toEqual([{ field: 'whatHappened', message: 'Please tell us what happened.' }]);
  });

  it('names the field that is too long and says by how much', () => {
    const { problems } = checkHaveYourSay({ whatHappened: 'a'.repeat(HAVE_YOUR_SAY_LIMITS.whatHappened + 1), name: 'n'.repeat(101) });
    expect(problems).toEqual([
      { field: 'whatHappened', message: 'This is too long. Please use 5,000 characters or fewer. You have used 5,001.' },
      { field: 'name', message: 'This is too long. Please use 100 characters or fewer. You have used 101.' },
    ]);
  });

  it('needs the means for the way of contact chosen, and checks it looks right', () => {
    expect(checkHaveYourSay({ whatHappened: 'x', contactMethod: 'EMAIL' }).problems).toEqual([{ field: 'contactDetails', message: 'Please tell us your email address.' }]);
    expect(checkHaveYourSay({ whatHappened: 'x', contactMethod: 'TEXT_MESSAGE', contactDetails: 'call me' }).problems.map((p) => p.field)).toEqual(['contactDetails']);
    expect(checkHaveYourSay({ whatHappened: 'x', contactMethod: 'PHONE', contactDetails: '07700 900123' }).problems).toEqual([]);
    expect(checkHaveYourSay({ whatHappened: 'x', contactMethod: 'POST' }).problems.map((p) => p.field)).toEqual(['contactMethod']);
  });

  it('drops contact details typed without a way of contact', () => {
    expect(checkHaveYourSay({ whatHappened: 'x', contactDetails: 'a@b.example' }).fields.contactDetails).toBeNull();
  });

  it('refuses an unknown age group', () => {
    expect(checkHaveYourSay({ whatHappened: 'x', ageGroup: 'AGE_99' }).problems.map((p) => p.field)).toEqual(['ageGroup']);
  });
});
