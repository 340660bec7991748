/** An age band of whole years; max null means "min and older". */
export interface AgeBand {
  min: number;
  max: number | null;
}

/** SSB's last single-year age group: 105 means 105 or older. */
export const OLDEST_AGE = 105;

export interface AgeBandProblem {
  path: string;
  message: string;
}

/**
 * What is wrong with a list of age bands for counting people: each band must be whole years
 * within 0–105, and no two bands may overlap (a person would be counted twice). Gaps are allowed:
 * a study may ask only adults.
 */
export function ageBandProblems(bands: readonly AgeBand[]): AgeBandProblem[] {
  if (bands.length === 0) return [{ path: 'bands', message: 'give at least one age band' }];
  const problems: AgeBandProblem[] = [];
  bands.forEach((band, i) => {
    const path = `bands[${i}]`;
    if (!Number.isInteger(band.min) || band.min < 0 || band.min > OLDEST_AGE) {
      problems.push({ path: `${path}.min`, message: `min must be a whole number from 0 to ${OLDEST_AGE}` });
    }
    if (band.max !== null && (!Number.isInteger(band.max) || band.max < band.min || band.max > OLDEST_AGE)) {
      problems.push({ path: `${path}.max`, message: `max must be null or a whole number from min to ${OLDEST_AGE}` });
    }
  });
  if (problems.length) return problems;

  const upper = (band: AgeBand): number => band.max ?? OLDEST_AGE;
  const order = bands.map((band, index) => ({ band, index })).sort((a, b) => a.band.min - b.band.min);
  for (let k = 1; k < order.length; k++) {
    const before = order[k - 1];
    const after = order[k];
    if (after.band.min <= upper(before.band)) {
      problems.push({ path: `bands[${after.index}]`, message: `overlaps bands[${before.index}]` });
    }
  }
  return problems;
}
