/**
 * Short codes a person can read aloud and type on a phone, and the random tokens of links.
 * Pure functions; `node:crypto` for randomness and hashing only.
 */
import { createHash, randomBytes, randomInt } from 'node:crypto';

/** No 0/O, 1/I/L: the letters people mix up when they copy a code from paper. */
export const CODE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';

/** 10 characters of 31: about 49.5 bits, so guessing any one of many live codes stays hopeless. */
export const CODE_LENGTH = 10;

/** A link's token: 18 random bytes (144 bits) as 24 URL-safe characters. */
export function newLinkToken(): string {
  return randomBytes(18).toString('base64url');
}

export const LINK_TOKEN_PATTERN = /^[A-Za-z0-9_-]{24}$/;

/** A code of CODE_LENGTH characters from CODE_ALPHABET, uniformly random. */
export function newCode(length = CODE_LENGTH): string {
  let code = '';
  for (let i = 0; i < length; i++) code += CODE_ALPHABET[randomInt(CODE_ALPHABET.length)];
  return code;
}

/** What a person typed, as the code it means: case, spaces and dashes do not matter. */
export function normalizeCode(typed: string): string {
  return typed.toUpperCase().replace(/[^A-Z0-9]/g, '');
}

/** A code that could have been made here: the right length, only letters of the alphabet. */
export function isWellFormedCode(normalized: string, length = CODE_LENGTH): boolean {
  return normalized.length === length && [...normalized].every((letter) => CODE_ALPHABET.includes(letter));
}

/** `K7QXM-2PAB9`: two groups of five, easy to compare with the paper. */
export function formatInvitationCode(code: string): string {
  const normalized = normalizeCode(code);
  return `${normalized.slice(0, 5)}-${normalized.slice(5)}`;
}

/**
 * The stored form of a code. Only this hash is kept: the code itself is shown once (the batch
 * download, the resume page) and never written anywhere. `scope` keeps kinds of codes apart (and
 * ties a resume code to its link).
 */
export function codeHash(scope: string, normalizedCode: string): string {
  return createHash('sha256').update(`${scope}:${normalizedCode}`).digest('hex');
}

/** Invitation codes are hashed with this scope: one code opens one form, whichever link it belongs to. */
export const INVITATION_SCOPE = 'invitation';

/** A random secret for a hidden form field (the per-draft CSRF token). */
export function newFormSecret(): string {
  return randomBytes(24).toString('base64url');
}
