import { CODE_ALPHABET, codeHash, formatInvitationCode, isWellFormedCode, LINK_TOKEN_PATTERN, newCode, newLinkToken, normalizeCode } from './secret-codes';

describe('link tokens', () => {
  it('are 24 URL-safe characters carrying 144 random bits, never the same twice', () => {
    const tokens = new Set(Array.from({ length: 1000 }, newLinkToken));
    expect(tokens.size).toBe(1000);
    for (const token of tokens) expect(token).toMatch(LINK_TOKEN_PATTERN);
  });
});

describe('codes', () => {
  it('use only letters and digits that cannot be mistaken for each other', () => {
    for (const ambiguous of ['0', 'O', '1', 'I', 'L']) expect(CODE_ALPHABET).not.toContain(ambiguous);
    const code = newCode();
    expect(code).toHaveLength(10);
    expect(isWellFormedCode(code)).toBe(true);
  });

  it('spread evenly over the alphabet', () => {
    const counts = new Map<string, number>();
    for (let i = 0; i < 3000; i++) for (const letter of newCode()) counts.set(letter, (counts.get(letter) ?? 0) + 1);
    expect(counts.size).toBe(CODE_ALPHABET.length);
    const expected = 30000 / CODE_ALPHABET.length;
    for (const count of counts.values()) expect(Math.abs(count - expected) / expected).toBeLessThan(0.15);
  });

  it('read the same whatever the case, spaces or dashes a person types', () => {
    expect(normalizeCode(' k7qxm-2pab9 ')).toBe('K7QXM2PAB9');
    expect(formatInvitationCode('k7qxm2pab9')).toBe('K7QXM-2PAB9');
  });

  it('refuse what could not have been made here', () => {
    expect(isWellFormedCode('K7QXM2PAB')).toBe(false);
    expect(isWellFormedCode('K7QXM2PAB0')).toBe(false);
  });

  it('are stored as a hash that depends on the scope', () => {
    expect(codeHash('invitation', 'K7QXM2PAB9')).toMatch(/^[0-9a-f]{64}$/);
    expect(codeHash('invitation', 'K7QXM2PAB9')).not.toBe(codeHash('link-1', 'K7QXM2PAB9'));
  });
});
