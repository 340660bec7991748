/**
 * Age bands: how results are read per age group. Bands are inclusive whole-year ranges; the last
 * may be open (`max: null`). Browser-safe.
 */
import { yearOf, type IsoDate } from '../calendar/iso-date';
import type { PathProblem } from '../validation/path-problem';

export interface AgeBand {
  label: string;
  min: number;
  max: number | null;
}

export const DEFAULT_AGE_BANDS: readonly AgeBand[] = [
  { label: '18–23', min: 18, max: 23 },
  { label: '24–29', min: 24, max: 29 },
  { label: '30–39', min: 30, max: 39 },
  { label: '40–49', min: 40, max: 49 },
  { label: '50–59', min: 50, max: 59 },
  { label: '60–69', min: 60, max: 69 },
  { label: '70+', min: 70, max: null },
];

export function ageBandFor(age: number, bands: readonly AgeBand[] = DEFAULT_AGE_BANDS): AgeBand | undefined {
  if (!Number.isFinite(age)) return undefined;
  return bands.find((band) => age >= band.min && (band.max === null || age <= band.max));
}

/**
 * The age the respondent reaches during the calendar year of the submission: submission year
 * minus year of birth. The birthday is unknown, so this is the only age we can state for certain
 * about that year (Statistics Norway's "age at the end of the year"); it is one year above the
 * age on the submission date for those whose birthday is still to come.
 */
export function ageFromYearOfBirth(yearOfBirth: number, submissionDate: IsoDate): number {
  return yearOf(submissionDate) - yearOfBirth;
}

export function validateAgeBands(bands: readonly AgeBand[]): PathProblem[] {
  if (bands.length === 0) return [{ path: '$', code: 'no_bands', message: 'Define at least one age band.' }];
  return [...checkLabels(bands), ...checkRanges(bands)];
}

function checkLabels(bands: readonly AgeBand[]): PathProblem[] {
  const problems: PathProblem[] = [];
  const seen = new Set<string>();
  bands.forEach((band, index) => {
    const label = band.label.trim();
    if (label === '') problems.push({ path: `$[${index}].label`, code: 'missing_label', message: 'Every age band needs a label.' });
    else if (seen.has(label)) problems.push({ path: `$[${index}].label`, code: 'duplicate_label', message: `The label "${label}" is used by two bands.` });
    seen.add(label);
  });
  return problems;
}

function checkRanges(bands: readonly AgeBand[]): PathProblem[] {
  const problems: PathProblem[] = [];
  bands.forEach((band, index) => {
    const path = `$[${index}]`;
    if (!isWholeAge(band.min) || (band.max !== null && (!isWholeAge(band.max) || band.max < band.min))) {
      problems.push({ path, code: 'invalid_range', message: 'Ages must be whole numbers from 0, with min ≤ max.' });
      return;
    }
    if (band.max === null && index < bands.length - 1) {
      problems.push({ path: `${path}.max`, code: 'open_band_not_last', message: 'Only the last band may be open-ended.' });
    }
    const previous = bands[index - 1];
    if (!previous || previous.max === null) return;
    if (band.min <= previous.min) {
      problems.push({ path: `${path}.min`, code: 'not_sorted', message: 'Bands must be sorted by age, youngest first.' });
    } else if (band.min <= previous.max) {
      problems.push({ path: `${path}.min`, code: 'overlap', message: `This band overlaps the previous one, which ends at ${previous.max}.` });
    } else if (band.min > previous.max + 1) {
      problems.push({ path: `${path}.min`, code: 'gap', message: `Ages ${previous.max + 1}–${band.min - 1} fall in no band.` });
    }
  });
  return problems;
}

function isWholeAge(value: number): boolean {
  return Number.isInteger(value) && value >= 0;
}
