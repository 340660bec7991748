import { LocalizedText } from '../disclosure/footnotes';
import { SizeClass } from './size-classes';

export interface MunicipalityResponses {
  readonly municipalityCode: string;
  readonly countyCode: string;
  readonly responses: number;
}

/** A municipality large enough for its own report. */
export interface MunicipalityUnit {
  readonly kind: 'municipality';
  /** The municipality code. */
  readonly key: string;
  readonly responses: number;
}

/** Municipalities reported together. */
export interface PoolUnit {
  readonly kind: 'pool';
  /** `county:<code>` or `size_class:<class>+<class>…`. */
  readonly key: string;
  readonly municipalityCodes: readonly string[];
  readonly responses: number;
  readonly by: 'county' | 'size_class';
  /** The county, for a county pool. */
  readonly countyCode?: string;
  /** The size classes joined, for a size-class pool. */
  readonly sizeClasses?: readonly SizeClass[];
  /** For size-class pools; a county pool is named after its county, e.g. "Øvrige kommuner i Vestland". */
  readonly label?: LocalizedText;
}

export type ReportingUnit = MunicipalityUnit | PoolUnit;

export interface MunicipalityPooling {
  /** Municipalities by code, then pools by key. */
  readonly units: readonly ReportingUnit[];
  /**
   * Municipalities with responses that no unit reports (their whole county is too small); they
   * still count in county and national figures.
   */
  readonly withheld: readonly string[];
  /**
   * The key of the unit reporting each municipality, to roll cube cells up by unit
   * (`{ area: { areaOfMunicipality: unitOf } }`); leave out cells of withheld municipalities.
   */
  readonly unitOf: ReadonlyMap<string, string>;
  readonly footnote: LocalizedText;
}

export function byResponsesThenCode(a: MunicipalityResponses, b: MunicipalityResponses): number {
  return a.responses - b.responses || compareCodes(a.municipalityCode, b.municipalityCode);
}

export function compareCodes(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export const totalResponses = (municipalities: readonly MunicipalityResponses[]): number =>
  municipalities.reduce((total, municipality) => total + municipality.responses, 0);
