import { hashSessionToken, looksLikeToken, newSecretToken, sameSecret } from './session-token';

describe('session tokens', () => {
  it('makes a different 43-character token each time', () => {
    const first = newSecretToken();
    expect(looksLikeToken(first)).toBe(true);
    expect(newSecretToken()).not.toBe(first);
  });

  it('hashes a token to its 32-byte SHA-256, the same each time', () => {
    const token = newSecretToken();
    expect(hashSessionToken(token)).toHaveLength(32);
    expect(hashSessionToken(token).equals(hashSessionToken(token))).toBe(true);
    expect(hashSessionToken(token).equals(hashSessionToken(newSecretToken()))).toBe(false);
  });

  it('refuses cookie values that cannot be a token', () => {
    expect(looksLikeToken(undefined)).toBe(false);
    expect(looksLikeToken('')).toBe(false);
    expect(looksLikeToken('a'.repeat(44))).toBe(false);
    expect(looksLikeToken(`${'a'.repeat(42)}=`)).toBe(false);
  });

  it('tells equal secrets from different ones, also of other lengths', () => {
    const secret = newSecretToken();
    expect(sameSecret(secret, secret)).toBe(true);
    expect(sameSecret(secret.slice(0, 42), secret)).toBe(false);
    expect(sameSecret('', secret)).toBe(false);
    expect(sameSecret(newSecretToken(), secret)).toBe(false);
  });
});
