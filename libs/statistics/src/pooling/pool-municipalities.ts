import { assertCount } from '../cube/counts';
import { LocalizedText } from '../disclosure/footnotes';
import { assertThreshold, DEFAULT_THRESHOLD } from '../disclosure/threshold';
import { poolByCounty } from './pool-by-county';
import { poolBySizeClass } from './pool-by-size-class';
import { compareCodes, MunicipalityPooling, MunicipalityResponses, ReportingUnit } from './reporting-units';
import { SizeClass } from './size-classes';

/** Responses a municipality needs for a report of its own, unless the study says otherwise. */
export const DEFAULT_REPORTING_MINIMUM = 10;

export interface PoolingOptions {
  /** Responses a municipality (or pool) needs to be reported. Defaults to 10; never below k. */
  readonly minimum?: number;
  /** k of the disclosure rules. Defaults to 5. */
  readonly threshold?: number;
  /** Pool within counties (the default) or across counties by population size class. */
  readonly by?: 'county' | 'size_class';
  readonly countyOf: ReadonlyMap<string, string>;
  /** Needed to pool by size class; see `sizeClassFor`. */
  readonly sizeClassOf?: ReadonlyMap<string, SizeClass>;
}

/**
 * Decides which municipalities get their own report and pools the rest, so that every
 * respondent still counts in county and national figures but no municipality under the minimum
 * is shown alone, whether directly or as a county figure minus the municipalities shown. The
 * minimum used is the larger of `minimum` and k. Municipalities with no responses are left out.
 */
export function poolMunicipalities(responsesByMunicipality: ReadonlyMap<string, number>, options: PoolingOptions): MunicipalityPooling {
  const threshold = options.threshold ?? DEFAULT_THRESHOLD;
  assertThreshold(threshold);
  const requestedMinimum = options.minimum ?? DEFAULT_REPORTING_MINIMUM;
  assertThreshold(requestedMinimum);
  const minimum = Math.max(requestedMinimum, threshold);
  const by = options.by ?? 'county';

  const municipalities: MunicipalityResponses[] = [...responsesByMunicipality]
    .map(([municipalityCode, responses]) => {
      assertCount(responses, `responses of municipality ${municipalityCode}`);
      const countyCode = options.countyOf.get(municipalityCode);
      if (countyCode === undefined) throw new RangeError(`Municipality ${municipalityCode} has no county`);
      return { municipalityCode, countyCode, responses };
    })
    .filter((municipality) => municipality.responses > 0)
    .sort((a, b) => compareCodes(a.municipalityCode, b.municipalityCode));

  const pooled = by === 'county' ? poolByCounty(municipalities, minimum) : poolBySizeClass(municipalities, sizeClassLookup(options.sizeClassOf), minimum, threshold);
  const units: ReportingUnit[] = [
    ...pooled.own
      .sort((a, b) => compareCodes(a.municipalityCode, b.municipalityCode))
      .map((municipality) => ({ kind: 'municipality' as const, key: municipality.municipalityCode, responses: municipality.responses })),
    ...pooled.pools.sort((a, b) => compareCodes(a.key, b.key)),
  ];
  const unitOf = new Map<string, string>();
  for (const unit of units) {
    for (const code of unit.kind === 'municipality' ? [unit.key] : unit.municipalityCodes) unitOf.set(code, unit.key);
  }
  return {
    units,
    withheld: pooled.withheld.map((municipality) => municipality.municipalityCode).sort(compareCodes),
    unitOf,
    footnote: poolingFootnote(by, minimum),
  };
}

function sizeClassLookup(sizeClassOf: ReadonlyMap<string, SizeClass> | undefined): (municipalityCode: string) => SizeClass {
  if (!sizeClassOf) throw new RangeError('Pooling by size class needs sizeClassOf');
  return (municipalityCode) => {
    const sizeClass = sizeClassOf.get(municipalityCode);
    if (sizeClass === undefined) throw new RangeError(`Municipality ${municipalityCode} has no size class`);
    return sizeClass;
  };
}

function poolingFootnote(by: 'county' | 'size_class', minimum: number): LocalizedText {
  const combined =
    by === 'county'
      ? { nb: 'andre kommuner i samme fylke', en: 'other municipalities in the same county' }
      : { nb: 'andre kommuner av samme størrelse (innbyggertall)', en: 'other municipalities of the same size (population)' };
  return {
    nb:
      `Kommuner med færre enn ${minimum} svar er slått sammen med ${combined.nb}. ` +
      'Der gruppen ellers ville blitt for liten eller kunne ha blitt regnet ut fra fylkestallet, er også andre kommuner tatt med. ' +
      'Alle svar teller i fylkes- og landstallene.',
    en:
      `Municipalities with fewer than ${minimum} responses are combined with ${combined.en}. ` +
      'Where the group would otherwise be too small, or could be worked out from the county figure, other municipalities join it. ' +
      'All responses count in the county and national figures.',
  };
}
