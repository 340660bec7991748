import { Tally, TallyAccumulator } from './tally';

/** One cell of the count cube: one variable in one municipality and age band of one questionnaire version. */
export interface CubeCell {
  readonly questionnaireVersionId: string;
  /** The question's variable, or a matrix item's variable. */
  readonly variable: string;
  /** The four-digit kommunenummer. */
  readonly municipalityCode: string;
  readonly ageBand: string;
  readonly tally: Tally;
}

/**
 * The breakdown to roll up to. `area` is the geography of a group: the whole country, each
 * municipality, or any grouping of municipalities given as a map (municipality → county for
 * counties, municipality → pool for reporting pools). `byAgeBand` splits each area by age band.
 */
export interface GroupBy {
  readonly area: 'national' | 'municipality' | { readonly areaOfMunicipality: ReadonlyMap<string, string> };
  readonly byAgeBand: boolean;
}

/** The breakdowns evaluators read, by name. */
export const GROUP_BY = {
  national: { area: 'national', byAgeBand: false },
  ageBand: { area: 'national', byAgeBand: true },
  municipality: { area: 'municipality', byAgeBand: false },
  municipalityByAgeBand: { area: 'municipality', byAgeBand: true },
  county: (countyOfMunicipality: ReadonlyMap<string, string>): GroupBy => ({ area: { areaOfMunicipality: countyOfMunicipality }, byAgeBand: false }),
  countyByAgeBand: (countyOfMunicipality: ReadonlyMap<string, string>): GroupBy => ({ area: { areaOfMunicipality: countyOfMunicipality }, byAgeBand: true }),
} as const satisfies Record<string, GroupBy | ((map: ReadonlyMap<string, string>) => GroupBy)>;

/** The summed tally of one group; `area` is absent for national figures, `ageBand` for all ages. */
export interface GroupTally {
  readonly variable: string;
  readonly area?: string;
  readonly ageBand?: string;
  readonly tally: Tally;
}

/**
 * Sums cube cells into the groups of a breakdown, per variable. Cells of every questionnaire
 * version given are added together: pass only versions in which the variable means the same.
 * Groups come out sorted by variable, area and age band.
 */
export function rollUp(cells: Iterable<CubeCell>, groupBy: GroupBy): GroupTally[] {
  const groups = new Map<string, { variable: string; area?: string; ageBand?: string; sum: TallyAccumulator }>();
  for (const cell of cells) {
    const area = areaOf(cell.municipalityCode, groupBy);
    const ageBand = groupBy.byAgeBand ? cell.ageBand : undefined;
    const key = [cell.variable, area ?? '', ageBand ?? ''].join('\u0000');
    let group = groups.get(key);
    if (!group) {
      group = { variable: cell.variable, area, ageBand, sum: new TallyAccumulator() };
      groups.set(key, group);
    }
    group.sum.add(cell.tally);
  }
  return [...groups.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([, { variable, area, ageBand, sum }]) => ({
      variable,
      ...(area === undefined ? {} : { area }),
      ...(ageBand === undefined ? {} : { ageBand }),
      tally: sum.result(),
    }));
}

function areaOf(municipalityCode: string, groupBy: GroupBy): string | undefined {
  if (groupBy.area === 'national') return undefined;
  if (groupBy.area === 'municipality') return municipalityCode;
  const area = groupBy.area.areaOfMunicipality.get(municipalityCode);
  if (area === undefined) throw new RangeError(`Municipality ${municipalityCode} has no area in the map given to rollUp`);
  return area;
}
