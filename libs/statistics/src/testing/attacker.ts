import { ProtectedTable } from '../disclosure/count-table';
import { PublishedValue } from '../disclosure/published-value';
import { LinearEquation, Polytope } from './linear-program';

/** What an attacker learns about one hidden entry of a published table. */
export interface AttackedEntry {
  /** e.g. "cell 2,0", "row total 1", "group subtotal 0,3", "grand total". */
  readonly name: string;
  readonly lower: number;
  readonly upper: number;
  /** Found by differencing alone, or pinned by bounds (lower = upper). */
  readonly recovered: boolean;
}

type Variable = { name: string; published: PublishedValue | null };

/**
 * An adversary who sees only the published table: the shown figures and how they add up (rows,
 * columns, row groups, totals of totals). It knows nothing from the suppression code.
 *
 * 1. Differencing: any sum with exactly one unknown gives it; repeat until nothing changes.
 * 2. Bounds: every count is ≥ 0, so over all tables consistent with what is shown each hidden
 *    entry lies between a least and a greatest value (found by linear programming); where they
 *    meet, the entry is recovered.
 *
 * Returns every hidden entry (suppressed, not those never published) with what was learned.
 */
export function attackPublishedTable(table: ProtectedTable): AttackedEntry[] {
  const { variables, sums } = describeTable(table);
  const known = new Map<number, number>();
  variables.forEach((variable, index) => {
    if (variable.published && 'value' in variable.published) known.set(index, variable.published.value);
  });
  differenceUntilStable(sums, known);

  const unknowns = variables.map((_, index) => index).filter((index) => !known.has(index));
  const column = new Map(unknowns.map((index, position) => [index, position]));
  const equations: LinearEquation[] = sums
    .filter((sum) => sum.some(([index]) => column.has(index)))
    .map((sum) => {
      const coefficients = new Array<number>(unknowns.length).fill(0);
      let rightHandSide = 0;
      for (const [index, coefficient] of sum) {
        const position = column.get(index);
        if (position === undefined) rightHandSide -= coefficient * (known.get(index) as number);
        else coefficients[position] += coefficient;
      }
      return { coefficients, rightHandSide };
    });
  const polytope = new Polytope(unknowns.length, equations);
  if (!polytope.feasible) throw new Error('The published table contradicts itself');

  return variables.flatMap((variable, index) => {
    if (!variable.published || 'value' in variable.published) return [];
    if (known.has(index)) return [{ name: variable.name, lower: known.get(index) as number, upper: known.get(index) as number, recovered: true }];
    const objective = unknowns.map((other) => (other === index ? 1 : 0));
    const lower = tidy(polytope.minimum(objective));
    const upper = tidy(polytope.maximum(objective));
    return [{ name: variable.name, lower, upper, recovered: upper - lower < 1e-6 }];
  });
}

/** A group an attacker can size from one sum: the hidden parts of a total that is known. */
export interface HiddenUnion {
  /** e.g. "row total 1 = cell 1,0 + cell 1,2". */
  readonly name: string;
  /** Total minus the parts that are known, all from published figures. */
  readonly size: number;
}

/**
 * Every sum whose total the attacker knows (shown, or found by differencing) and that has parts
 * it does not know, with the size of the group those parts make up together. A size from 1 to
 * k − 1 is a small group revealed by subtraction, even when none of its parts is.
 */
export function hiddenUnions(table: ProtectedTable): HiddenUnion[] {
  const { variables, sums } = describeTable(table);
  const known = new Map<number, number>();
  variables.forEach((variable, index) => {
    if (variable.published && 'value' in variable.published) known.set(index, variable.published.value);
  });
  differenceUntilStable(sums, known);
  return sums.flatMap((sum) => {
    const [[total], ...parts] = sum;
    const hidden = parts.filter(([part]) => !known.has(part));
    if (!known.has(total) || hidden.length === 0) return [];
    const size = parts.reduce((rest, [part]) => (known.has(part) ? rest - (known.get(part) as number) : rest), known.get(total) as number);
    return [{ name: `${variables[total].name} = ${hidden.map(([part]) => variables[part].name).join(' + ')}`, size }];
  });
}

/** Rounds away floating-point dust (the bounds of count tables are whole numbers) and −0. */
function tidy(bound: number): number {
  return Number.isFinite(bound) ? Math.round(bound * 1e9) / 1e9 + 0 : bound;
}

/** Each sum as (variable, coefficient) pairs that add to 0. */
type Sum = Array<[number, number]>;

function differenceUntilStable(sums: readonly Sum[], known: Map<number, number>): void {
  let changed = true;
  while (changed) {
    changed = false;
    for (const sum of sums) {
      const unknown = sum.filter(([index]) => !known.has(index));
      if (unknown.length !== 1) continue;
      const [index, coefficient] = unknown[0];
      const rest = sum.reduce((total, [other, otherCoefficient]) => (other === index ? total : total + otherCoefficient * (known.get(other) as number)), 0);
      known.set(index, -rest / coefficient);
      changed = true;
    }
  }
}

function describeTable(table: ProtectedTable): { variables: Variable[]; sums: Sum[] } {
  const variables: Variable[] = [];
  const add = (name: string, published: PublishedValue | null): number => variables.push({ name, published }) - 1;
  const rows = table.rowKeys.map((_, row) => row);
  const columns = table.columnKeys.map((_, column) => column);
  const cell = rows.map((row) => columns.map((column) => add(`cell ${row},${column}`, table.cells[row][column])));
  const rowTotal = rows.map((row) => add(`row total ${row}`, table.rowTotals?.[row] ?? null));
  const columnTotal = columns.map((column) => add(`column total ${column}`, table.columnTotals?.[column] ?? null));
  const grand = add('grand total', table.grandTotal);
  const rowIndex = (key: string): number => table.rowKeys.indexOf(key);
  const groupRows = table.rowGroups.map((group) => group.rowKeys.map(rowIndex));
  const subtotal = table.rowGroups.map((group, g) => columns.map((column) => add(`group subtotal ${g},${column}`, group.subtotals[column])));
  const groupTotal = table.rowGroups.map((group, g) => add(`group total ${g}`, group.total));

  const sumOf = (total: number, parts: number[]): Sum => [[total, -1], ...parts.map((part): [number, number] => [part, 1])];
  const sums: Sum[] = [];
  rows.forEach((row) => sums.push(sumOf(rowTotal[row], cell[row])));
  columns.forEach((column) => sums.push(sumOf(columnTotal[column], rows.map((row) => cell[row][column]))));
  sums.push(sumOf(grand, rowTotal), sumOf(grand, columnTotal));
  groupRows.forEach((members, g) => {
    columns.forEach((column) => sums.push(sumOf(subtotal[g][column], members.map((row) => cell[row][column]))));
    sums.push(sumOf(groupTotal[g], subtotal[g]), sumOf(groupTotal[g], members.map((row) => rowTotal[row])));
  });
  return { variables, sums };
}
