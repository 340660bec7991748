import { SumEquation } from './linked-table';

const TOLERANCE = 1e-9;

/**
 * The unknowns whose values the sums fix whatever the other unknowns are: those a reader could
 * work out exactly by adding and subtracting published figures, however many steps it takes.
 * Unknown j is fixed when the unit vector e_j lies in the row space of the equations restricted
 * to the unknowns; Gauss–Jordan elimination shows that as a pivot row with no other entry.
 */
export function determinedUnknowns(equations: readonly SumEquation[], isUnknown: (id: number) => boolean): number[] {
  const unknownIds = [...new Set(equations.flatMap((equation) => [equation.total, ...equation.parts]).filter(isUnknown))].sort((a, b) => a - b);
  const columnOf = new Map(unknownIds.map((id, column) => [id, column]));
  const width = unknownIds.length;
  const matrix: Float64Array[] = [];
  for (const equation of equations) {
    const row = new Float64Array(width);
    let touchesUnknown = false;
    const add = (id: number, coefficient: number): void => {
      const column = columnOf.get(id);
      if (column === undefined) return;
      row[column] += coefficient;
      touchesUnknown = true;
    };
    add(equation.total, 1);
    for (const part of equation.parts) add(part, -1);
    if (touchesUnknown) matrix.push(row);
  }
  const pivotRowOfColumn = reduceToEchelonForm(matrix, width);
  return unknownIds.filter((_, column) => {
    const pivotRow = pivotRowOfColumn[column];
    if (pivotRow < 0) return false;
    for (let other = column + 1; other < width; other += 1) if (matrix[pivotRow][other] !== 0) return false;
    return true;
  });
}

/** Gauss–Jordan elimination in place; returns, per column, the row of its pivot or −1. */
function reduceToEchelonForm(matrix: Float64Array[], width: number): Int32Array {
  const pivotRowOfColumn = new Int32Array(width).fill(-1);
  let rank = 0;
  for (let column = 0; column < width && rank < matrix.length; column += 1) {
    let best = -1;
    let bestMagnitude = TOLERANCE;
    for (let row = rank; row < matrix.length; row += 1) {
      const magnitude = Math.abs(matrix[row][column]);
      if (magnitude > bestMagnitude) {
        best = row;
        bestMagnitude = magnitude;
      }
    }
    if (best < 0) continue;
    [matrix[rank], matrix[best]] = [matrix[best], matrix[rank]];
    const pivot = matrix[rank];
    const scale = 1 / pivot[column];
    for (let other = column; other < width; other += 1) pivot[other] *= scale;
    for (let row = 0; row < matrix.length; row += 1) {
      if (row === rank) continue;
      const target = matrix[row];
      const factor = target[column];
      if (factor === 0) continue;
      for (let other = column; other < width; other += 1) {
        if (pivot[other] === 0) continue;
        const updated = target[other] - factor * pivot[other];
        target[other] = Math.abs(updated) < TOLERANCE ? 0 : updated;
      }
    }
    pivotRowOfColumn[column] = rank;
    rank += 1;
  }
  return pivotRowOfColumn;
}
