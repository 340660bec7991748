const EPSILON = 1e-9;

export interface LinearEquation {
  readonly coefficients: readonly number[];
  readonly rightHandSide: number;
}

/**
 * The polytope { x ≥ 0 : A x = b } and linear objectives over it, by the two-phase simplex
 * method on a dense tableau with Bland's rule (which cannot cycle). Meant for the small systems
 * of the attacker in tests, not for speed.
 */
export class Polytope {
  private readonly tableau: number[][];
  private readonly basis: number[];
  readonly feasible: boolean;

  constructor(private readonly variableCount: number, equations: readonly LinearEquation[]) {
    // Phase 1: artificial variables n … n+m−1 start as the basis; minimise their sum.
    const m = equations.length;
    this.tableau = equations.map((equation, row) => {
      const sign = equation.rightHandSide < 0 ? -1 : 1;
      const artificial = Array.from({ length: m }, (_, index) => (index === row ? 1 : 0));
      return [...equation.coefficients.map((value) => sign * value), ...artificial, sign * equation.rightHandSide];
    });
    this.basis = equations.map((_, row) => variableCount + row);
    const phaseOneCost = Array.from({ length: variableCount + m }, (_, index) => (index >= variableCount ? -1 : 0));
    const best = this.optimize(phaseOneCost, variableCount + m);
    this.feasible = best !== null && best > -EPSILON * Math.max(1, m);
    if (this.feasible) this.driveOutArtificials();
  }

  /** The largest value of c·x over the polytope, or Infinity when it has none. */
  maximum(objective: readonly number[]): number {
    if (!this.feasible) throw new Error('The polytope is empty');
    const saved = { tableau: this.tableau.map((row) => [...row]), basis: [...this.basis] };
    const value = this.optimize([...objective], this.variableCount);
    this.tableau.splice(0, this.tableau.length, ...saved.tableau);
    this.basis.splice(0, this.basis.length, ...saved.basis);
    return value ?? Infinity;
  }

  minimum(objective: readonly number[]): number {
    return -this.maximum(objective.map((value) => -value));
  }

  /** Runs the simplex method over the first `usable` columns; null when unbounded. */
  private optimize(cost: readonly number[], usable: number): number | null {
    const rhs = this.tableau[0]?.length - 1;
    for (;;) {
      const reducedCost = (column: number): number => this.basis.reduce((sum, basic, row) => sum + (cost[basic] ?? 0) * this.tableau[row][column], 0) - (cost[column] ?? 0);
      let entering = -1;
      for (let column = 0; column < usable; column += 1) {
        if (!this.basis.includes(column) && reducedCost(column) < -EPSILON) {
          entering = column;
          break;
        }
      }
      if (entering < 0) return this.basis.reduce((sum, basic, row) => sum + (cost[basic] ?? 0) * this.tableau[row][rhs], 0);
      let leaving = -1;
      for (let row = 0; row < this.tableau.length; row += 1) {
        const pivot = this.tableau[row][entering];
        if (pivot <= EPSILON) continue;
        const ratio = this.tableau[row][rhs] / pivot;
        const best = leaving < 0 ? Infinity : this.tableau[leaving][rhs] / this.tableau[leaving][entering];
        if (ratio < best - EPSILON || (Math.abs(ratio - best) <= EPSILON && this.basis[row] < this.basis[leaving])) leaving = row;
      }
      if (leaving < 0) return null;
      this.pivot(leaving, entering);
    }
  }

  private pivot(row: number, column: number): void {
    const pivotRow = this.tableau[row];
    const scale = pivotRow[column];
    for (let index = 0; index < pivotRow.length; index += 1) pivotRow[index] /= scale;
    this.tableau.forEach((other, otherRow) => {
      if (otherRow === row || other[column] === 0) return;
      const factor = other[column];
      for (let index = 0; index < other.length; index += 1) other[index] -= factor * pivotRow[index];
    });
    this.basis[row] = column;
  }

  /** After phase 1, replaces artificial basics by real variables, dropping redundant rows. */
  private driveOutArtificials(): void {
    for (let row = this.tableau.length - 1; row >= 0; row -= 1) {
      if (this.basis[row] < this.variableCount) continue;
      const column = this.tableau[row].slice(0, this.variableCount).findIndex((value) => Math.abs(value) > EPSILON);
      if (column >= 0) this.pivot(row, column);
      else {
        this.tableau.splice(row, 1);
        this.basis.splice(row, 1);
      }
    }
    // Artificial columns may no longer enter: zero them out of every row.
    for (const row of this.tableau) row.splice(this.variableCount, row.length - this.variableCount - 1);
  }
}
