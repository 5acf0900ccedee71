import { isCommonPassword, isEmailLike, MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH, passwordProblem } from './password-policy';

const owner = { email: 'Jane.Smith@Council.example' };

describe('password policy', () => {
  it('accepts a long, uncommon password', () => {
    expect(passwordProblem('otter-lantern-quarry', owner)).toBeNull();
    expect(passwordProblem('complaints-demo', owner)).toBeNull();
  });

  it('counts characters, not UTF-16 units, against the length limits', () => {
    expect(passwordProblem('short-pass1', owner)).toBe(`must be at least ${MIN_PASSWORD_LENGTH} characters`);
    expect(passwordProblem('🦦🏮⛏️🌊🌲🪵', owner)).toBe(`must be at least ${MIN_PASSWORD_LENGTH} characters`);
    expect(passwordProblem('otter-lanter', owner)).toBeNull();
    expect(passwordProblem('x'.repeat(MAX_PASSWORD_LENGTH - 5) + 'abcdef', owner)).toBe(`must be at most ${MAX_PASSWORD_LENGTH} characters`);
  });

  it('refuses the email address, in any case, and passwords built on its name part', () => {
    expect(passwordProblem('jane.smith@council.example', owner)).toBe('must not be your email address or contain its name part');
    expect(passwordProblem(' JANE.SMITH@COUNCIL.EXAMPLE ', owner)).toBe('must not be your email address or contain its name part');
    expect(isEmailLike('jane.smith-2024!', owner.email)).toBe(true);
    expect(isEmailLike('JaneSmith20245', owner.email)).toBe(true);
    // A name part shorter than 4 characters says too little to refuse on.
    expect(isEmailLike('jo-river-stone-path', 'jo@x.example')).toBe(false);
  });

  it.each([
    'password1234',
    'Password2024!',
    'P@ssw0rd2024',
    '!!Welcome123456',
    'qwertyuiop123',
    '123456789012',
    'aaaaaaaaaaaaaaaa',
    'abababababababab',
    'correct horse battery staple',
    'Summer 2025 !!!',
    'administrator',
  ])('refuses the common password %p', (password) => {
    expect(isCommonPassword(password)).toBe(true);
    expect(passwordProblem(password, owner)).toBe('is too common and easy to guess: try three random words');
  });

  it.each(['otter-lantern-quarry', 'Summer in Southampton by the sea', 'my cat likes cold toast'])('does not refuse %p as common', (password) => {
    expect(isCommonPassword(password)).toBe(false);
  });

  it('says the first rule broken: length before the email, the email before commonness', () => {
    expect(passwordProblem('jane', owner)).toBe(`must be at least ${MIN_PASSWORD_LENGTH} characters`);
    expect(passwordProblem('janesmith1234', { email: 'janesmith@x.example' })).toBe('must not be your email address or contain its name part');
  });
});
