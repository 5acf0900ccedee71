import { isEmailAddress } from './email-address';

describe('isEmailAddress', () => {
  it.each(['name@example.com', 'first.last+tag@council.gov.uk', "o'brien@example.org", 'a@b.c'])('takes %s', (text) => {
    expect(isEmailAddress(text)).toBe(true);
  });

  it.each(['', 'name', 'name@example', '@example.com', 'name@.', 'two@at@example.com', 'name @example.com', 'name@example.com ', 'name@exa mple.com'])(
    'refuses %j',
    (text) => {
      expect(isEmailAddress(text)).toBe(false);
    },
  );
});
