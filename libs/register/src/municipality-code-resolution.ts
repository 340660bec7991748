/**
 * Maps a municipality code as a respondent or an old data set gives it to the codes valid now.
 * Plain functions over plain data: the register's tables go in, no database is needed.
 */

/** What a given code means today. A split is never resolved to one of its parts: that would be a guess. */
export type CodeResolution =
  | { kind: 'current'; code: string }
  | { kind: 'mapped'; code: string; from: string }
  | { kind: 'split'; from: string; candidates: string[] }
  | { kind: 'unknown' };

/** One step of a code change: oldCode stopped being used and (part of) it became newCode. A step to itself (unchanged) is ignored. */
export interface CodeChangeStep {
  oldCode: string;
  newCode: string;
}

export interface CodeRegister {
  /** The codes valid now. */
  currentCodes: Iterable<string>;
  /** Every known change, in any order; a code that changed several times has a step for each change. */
  steps: Iterable<CodeChangeStep>;
}

export type CodeResolver = (given: string | number) => CodeResolution;

/**
 * Brings a code to its four-digit form: surrounding spaces are dropped and a three-digit code gets
 * its leading zero back (0301 Oslo often arrives as 301 from spreadsheets). Anything else is null.
 */
export function normaliseMunicipalityCode(given: string | number): string | null {
  const text = String(given).trim();
  if (/^\d{4}$/.test(text)) return text;
  if (/^\d{3}$/.test(text)) return `0${text}`;
  return null;
}

/**
 * Follows every old code through the steps to the current codes it ended in. Throws when the
 * steps lead to a code that is neither current nor changed further, or go round in a circle:
 * either would silently lose respondents.
 */
function currentSuccessors(register: CodeRegister): Map<string, string[]> {
  const current = new Set(register.currentCodes);
  const next = new Map<string, Set<string>>();
  for (const step of register.steps) {
    if (step.oldCode === step.newCode) continue;
    if (current.has(step.oldCode)) throw new Error(`Code ${step.oldCode} is current but also changed to ${step.newCode}`);
    const targets = next.get(step.oldCode) ?? new Set<string>();
    targets.add(step.newCode);
    next.set(step.oldCode, targets);
  }

  const resolved = new Map<string, string[]>();
  const visiting = new Set<string>();
  const follow = (code: string): string[] => {
    if (current.has(code)) return [code];
    const known = resolved.get(code);
    if (known) return known;
    const targets = next.get(code);
    if (!targets) throw new Error(`Code ${code} is neither current nor changed to another code`);
    if (visiting.has(code)) throw new Error(`The code changes go round in a circle through ${code}`);
    visiting.add(code);
    const ends = [...new Set([...targets].flatMap(follow))].sort();
    visiting.delete(code);
    resolved.set(code, ends);
    return ends;
  };
  for (const code of next.keys()) follow(code);
  return resolved;
}

/**
 * Builds a resolver from the register once, so that mapping many responses costs a map look-up
 * each. An old code whose chain of changes ends in one current code is mapped, also across several
 * steps (0706 Sandefjord → 0710 → 3804 → 3907); one whose chain ends in several is a split.
 */
export function buildCodeResolver(register: CodeRegister): CodeResolver {
  const current = new Set(register.currentCodes);
  const successors = currentSuccessors({ currentCodes: current, steps: register.steps });
  return (given) => {
    const code = normaliseMunicipalityCode(given);
    if (code === null) return { kind: 'unknown' };
    if (current.has(code)) return { kind: 'current', code };
    const ends = successors.get(code);
    if (!ends) return { kind: 'unknown' };
    if (ends.length === 1) return { kind: 'mapped', code: ends[0], from: code };
    return { kind: 'split', from: code, candidates: ends };
  };
}
