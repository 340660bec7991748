import { ForbiddenError } from '@stemme/platform';
import { assertCsrfToken, needsCsrfToken } from './csrf';

describe('needsCsrfToken', () => {
  it('asks for a token on every method that can change something', () => {
    for (const method of ['POST', 'PUT', 'PATCH', 'DELETE', 'post']) expect(needsCsrfToken(method)).toBe(true);
  });

  it('lets reading methods through without a token', () => {
    for (const method of ['GET', 'HEAD', 'OPTIONS']) expect(needsCsrfToken(method)).toBe(false);
  });
});

describe('assertCsrfToken', () => {
  it('accepts the session token', () => {
    expect(() => assertCsrfToken('token-of-the-session', 'token-of-the-session')).not.toThrow();
  });

  it('refuses a missing header and names the header', () => {
    expect(() => assertCsrfToken(undefined, 'token')).toThrow(ForbiddenError);
    expect(() => assertCsrfToken('', 'token')).toThrow(/Missing X-CSRF-Token header/);
  });

  it('refuses a token of another session', () => {
    expect(() => assertCsrfToken('another-token', 'token')).toThrow(/does not match this session/);
  });
});
