import { PASSWORD_MAX_LENGTH, passwordProblem } from './password-policy';

describe('passwordProblem', () => {
  it('accepts a password of twelve characters', () => {
    expect(passwordProblem('abcdefghijkl')).toBeNull();
  });

  it('refuses a password of eleven characters and says how long it must be', () => {
    expect(passwordProblem('abcdefghijk')).toBe('The password must be at least 12 characters long');
  });

  it('refuses a password longer than the maximum', () => {
    expect(passwordProblem('x'.repeat(PASSWORD_MAX_LENGTH + 1))).toMatch(/at most 256/);
  });

  it('refuses a password of spaces only', () => {
    expect(passwordProblem(' '.repeat(20))).toMatch(/only spaces/);
  });
});
