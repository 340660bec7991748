import { createHash } from 'node:crypto';
import { korusDemoQuestionnaire } from '../demo/korus-demo';
import type { QuestionnaireDefinition } from '../definition/types';
import { canonicalJson } from './canonical-json';
import { contentHash } from './content-hash';
import { sha256Hex } from './sha256';

describe('sha256Hex', () => {
  it('gives the published test vectors', () => {
    expect(sha256Hex('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    expect(sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });

  it.each([55, 56, 63, 64, 65, 119, 1000])('agrees with Node crypto on %i characters around the block edges', (length) => {
    const text = 'æøå🙂x'.repeat(length).slice(0, length);
    expect(sha256Hex(text)).toBe(createHash('sha256').update(text, 'utf8').digest('hex'));
  });
});

describe('canonicalJson', () => {
  it('sorts keys at every level, keeps array order and leaves out undefined', () => {
    expect(canonicalJson({ b: 1, a: { d: [2, 1], c: undefined, b: null } })).toBe('{"a":{"b":null,"d":[2,1]},"b":1}');
  });
});

describe('contentHash', () => {
  it('is a 64-character hex SHA-256 of the canonical JSON', () => {
    expect(contentHash(korusDemoQuestionnaire)).toBe(createHash('sha256').update(canonicalJson(korusDemoQuestionnaire)).digest('hex'));
  });

  it('does not change when keys come in another order', () => {
    const reordered = reverseKeys(korusDemoQuestionnaire) as QuestionnaireDefinition;
    expect(JSON.stringify(reordered)).not.toBe(JSON.stringify(korusDemoQuestionnaire));
    expect(contentHash(reordered)).toBe(contentHash(korusDemoQuestionnaire));
  });

  it('changes when a label changes', () => {
    const reworded = structuredClone(korusDemoQuestionnaire);
    const firstQuestion = reworded.pages[0].questions[0];
    if (firstQuestion.type !== 'multiple_choice') throw new Error('the demo starts with a multiple-choice question');
    firstQuestion.options[0].label.nb = 'Hjelp med rusen';
    expect(contentHash(reworded)).not.toBe(contentHash(korusDemoQuestionnaire));
  });
});

function reverseKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(reverseKeys);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(Object.entries(value).reverse().map(([key, child]) => [key, reverseKeys(child)]));
}
