import { determinedUnknowns } from './linear-audit';
import { LinkedTable, SumEquation } from './linked-table';
import { SuppressionReason } from './published-value';

/**
 * Adds complementary suppressions until no hidden count above 0 can be worked out from what is
 * shown, by differencing or by bounding.
 *
 * The attacker is assumed to know every count of 0, hidden or not: hiding a 0 protects nothing
 * (counts cannot go below it, so a hidden 0 pins its hidden neighbours by bounding). With the
 * zeros known, every remaining unknown is above 0, so a hidden count is safe from bounding
 * exactly when the sums do not fix it, and that is what step 2 checks.
 *
 * 1. Lines: while a sum (row, column, row group, or a sum of totals) has exactly one unknown
 *    and that one is hidden, hide one more count of that sum.
 * 2. Audit: a count may still follow from several sums combined (Gauss–Jordan elimination);
 *    while one does, hide a count from the sums nearest to it and go back to 1.
 *
 * 3. Unions (with `minimumHiddenUnion` k): where a sum's total is shown, its hidden parts
 *    together are total − shown parts, a group anyone can compute. While such a group has 1 to
 *    k − 1 members, hide one more part of that sum and go back to 1. Without this, a
 *    municipality's all-ages figures minus its shown age bands would give the answers of the
 *    few people in the hidden bands.
 *
 * The count hidden is a shown non-zero one: an inner cell before a total, then the one that
 * leaves the fewest other sums with a single hidden count, then the smallest; ties go to table
 * order, so the result is the same on every run. Never one that the totals which must stay
 * shown fix by themselves. `mayHide` excludes entries whose fate is decided elsewhere (the group
 * bases of a frequency table).
 */
export function completeSuppression(
  table: LinkedTable,
  primary: ReadonlyMap<number, SuppressionReason>,
  mayHide: (id: number) => boolean = () => true,
  minimumHiddenUnion = 0,
): Map<number, SuppressionReason> {
  const suppressed = new Map(primary);
  const { entries, equations } = table;
  const equationsOf = indexEquations(equations);
  // Counts fixed by the entries that must stay shown (and zeros) are known whatever is hidden:
  // never worth hiding, and beyond protecting when hidden with their group.
  const staysShown = (id: number): boolean => entries[id].published && !mayHide(id) && !suppressed.has(id);
  const fixedByShownTotals = new Set(determinedUnknowns(equations, (id) => entries[id].value > 0 && !staysShown(id)));
  const isUnknown = (id: number): boolean => entries[id].value > 0 && (suppressed.has(id) || !entries[id].published) && !fixedByShownTotals.has(id);
  const isCandidate = (id: number): boolean => entries[id].value > 0 && entries[id].published && !suppressed.has(id) && mayHide(id) && !fixedByShownTotals.has(id);
  // Hiding a count opens each of its sums with nothing hidden yet, and closes each where it is
  // the only hidden one so far: the fewer sums it leaves open, the shorter the cascade.
  const sumsLeftOpen = (id: number): number =>
    (equationsOf.get(id) ?? []).reduce((open, equation) => {
      const unknowns = membersOf(equation).filter(isUnknown).length;
      return open + (unknowns === 0 ? 1 : unknowns === 1 ? -1 : 0);
    }, 0);
  const bestCandidate = (ids: readonly number[]): number | undefined => {
    const preference = (id: number): number[] => [entries[id].position.kind === 'cell' ? 0 : 1, sumsLeftOpen(id), entries[id].value, id];
    const ranked = ids.filter(isCandidate).map((id) => ({ id, preference: preference(id) }));
    ranked.sort((a, b) => compareLexicographically(a.preference, b.preference));
    return ranked[0]?.id;
  };

  const hideBesideSingletons = (): void => {
    let changed = true;
    while (changed) {
      changed = false;
      for (const equation of equations) {
        const unknowns = membersOf(equation).filter(isUnknown);
        if (unknowns.length !== 1 || !suppressed.has(unknowns[0])) continue;
        const best = bestCandidate(membersOf(equation));
        if (best === undefined) throw new Error(`Entry ${unknowns[0]} is fixed by a total that must stay shown; the table's bases are inconsistent`);
        suppressed.set(best, 'complementary');
        changed = true;
      }
    }
  };

  // Breadth-first through the sums around `start`, for the nearest count that may be hidden.
  const nearestCandidate = (start: number): number => {
    const seenEntries = new Set([start]);
    const seenEquations = new Set<SumEquation>();
    let frontier = [start];
    while (frontier.length > 0) {
      const around = frontier.flatMap((id) => equationsOf.get(id) ?? []).filter((equation) => !seenEquations.has(equation));
      around.forEach((equation) => seenEquations.add(equation));
      const members = [...new Set(around.flatMap(membersOf))];
      const best = bestCandidate(members);
      if (best !== undefined) return best;
      frontier = members.filter((id) => !seenEntries.has(id));
      frontier.forEach((id) => seenEntries.add(id));
    }
    throw new Error(`No shown count is left that could protect entry ${start}`);
  };

  const isHidden = (id: number): boolean => suppressed.has(id) || !entries[id].published;
  // The hidden parts of a shown total that add up to 1 to k − 1: the first such sum, if any.
  const smallHiddenUnion = (): { equation: SumEquation; size: number } | undefined => {
    for (const equation of equations) {
      if (isHidden(equation.total)) continue;
      const size = equation.parts.reduce((union, part) => (isHidden(part) ? union + entries[part].value : union), 0);
      if (size > 0 && size < minimumHiddenUnion) return { equation, size };
    }
    return undefined;
  };
  // The part that makes the union big enough at the least cost: the smallest count that is
  // enough on its own, else the largest there is; the total itself only as a last resort.
  const growUnion = ({ equation, size }: { equation: SumEquation; size: number }): number => {
    const parts = equation.parts.filter(isCandidate);
    const cells = parts.filter((id) => entries[id].position.kind === 'cell');
    const pool = cells.length > 0 ? cells : parts;
    const enough = pool.filter((id) => size + entries[id].value >= minimumHiddenUnion);
    const byValue = (a: number, b: number): number => entries[a].value - entries[b].value || a - b;
    if (enough.length > 0) return enough.sort(byValue)[0];
    if (pool.length > 0) return pool.sort(byValue)[pool.length - 1];
    if (isCandidate(equation.total)) return equation.total;
    throw new Error(`Entry ${equation.total} shows a total whose hidden parts add up to ${size}, and nothing can be hidden to protect them`);
  };

  for (;;) {
    hideBesideSingletons();
    const exposed = determinedUnknowns(equations, isUnknown).filter((id) => suppressed.has(id));
    if (exposed.length > 0) {
      suppressed.set(nearestCandidate(exposed[0]), 'complementary');
      continue;
    }
    const union = smallHiddenUnion();
    if (!union) return suppressed;
    suppressed.set(growUnion(union), 'complementary');
  }
}

function compareLexicographically(a: readonly number[], b: readonly number[]): number {
  for (let index = 0; index < a.length; index += 1) if (a[index] !== b[index]) return a[index] - b[index];
  return 0;
}

function membersOf(equation: SumEquation): number[] {
  return [equation.total, ...equation.parts];
}

function indexEquations(equations: readonly SumEquation[]): Map<number, SumEquation[]> {
  const index = new Map<number, SumEquation[]>();
  for (const equation of equations) {
    for (const id of membersOf(equation)) {
      const list = index.get(id);
      if (list) list.push(equation);
      else index.set(id, [equation]);
    }
  }
  return index;
}
