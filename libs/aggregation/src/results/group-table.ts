import { poolMunicipalities, protectCountTable, type MunicipalityPooling, type ProtectedTable, type RowGroup } from '@stemme/statistics';
import type { GroupSizeRow } from '../cube/cube.repository';

/** Names and counties of the register, for grouping and labels. */
export interface Geography {
  countyOf: ReadonlyMap<string, string>;
  municipalityName: ReadonlyMap<string, string>;
  countyName: ReadonlyMap<string, string>;
}

export interface DisclosureSettings {
  /** k: groups with 1 to k − 1 respondents are never shown. */
  threshold: number;
  /** Respondents a municipality needs for results of its own; smaller ones are pooled by county. */
  reportingMinimum: number;
}

/**
 * A row of the reporting table: a municipality with its own report, the pool of a county's
 * smaller municipalities, the responses under a code that split (county known, municipality
 * not), the municipalities of a county too small for any report (never listed), or responses
 * from an unknown place (nation only).
 */
export interface ReportingRow {
  key: string;
  kind: 'municipality' | 'pool' | 'split' | 'withheld' | 'unknown';
  countyCode: string | null;
  municipalityCodes: readonly string[];
}

/**
 * Respondents per reporting row × age band, with county subtotals, protected once by
 * `protectCountTable`. Its pattern decides which group is shown in every breakdown: the nation
 * (grand total), age bands (column totals), counties (county totals), counties × age bands
 * (county subtotals), municipalities (row totals), municipalities × age bands (cells). So what is
 * hidden in one breakdown cannot be worked out from the others: together they are this one table.
 */
export interface GroupTable {
  rows: readonly ReportingRow[];
  /** Age band indexes; null for respondents without one. */
  columns: readonly (number | null)[];
  counts: readonly (readonly number[])[];
  /** Null when there are no respondents yet. */
  protected: ProtectedTable | null;
  pooling: MunicipalityPooling;
  rowOf(municipalityCode: string | null, countyCode: string | null): number;
  columnOf(ageBand: number | null): number;
}

export const SPLIT_PREFIX = 'split:';
export const WITHHELD_PREFIX = 'withheld:';
export const UNKNOWN_PLACE = 'unknown';

export function buildGroupTable(sizes: readonly GroupSizeRow[], geography: Geography, settings: DisclosureSettings, ageBandCount: number): GroupTable {
  const byMunicipality = new Map<string, number>();
  for (const size of sizes) if (size.municipalityCode) byMunicipality.set(size.municipalityCode, (byMunicipality.get(size.municipalityCode) ?? 0) + size.n);
  const pooling = poolMunicipalities(byMunicipality, { minimum: settings.reportingMinimum, threshold: settings.threshold, countyOf: geography.countyOf });
  const withheldCounties = new Set(pooling.withheld.map((code) => geography.countyOf.get(code)!));

  const rowKeyOf = (municipalityCode: string | null, countyCode: string | null): string => {
    if (municipalityCode) return pooling.unitOf.get(municipalityCode) ?? `${WITHHELD_PREFIX}${geography.countyOf.get(municipalityCode)}`;
    if (countyCode) return withheldCounties.has(countyCode) ? `${WITHHELD_PREFIX}${countyCode}` : `${SPLIT_PREFIX}${countyCode}`;
    return UNKNOWN_PLACE;
  };
  const unitByKey = new Map(pooling.units.map((unit) => [unit.key, unit]));
  const rowsByKey = new Map<string, ReportingRow>();
  const ensureRow = (municipalityCode: string | null, countyCode: string | null): ReportingRow => {
    const key = rowKeyOf(municipalityCode, countyCode);
    let row = rowsByKey.get(key);
    if (!row) {
      const unit = unitByKey.get(key);
      const county = municipalityCode ? geography.countyOf.get(municipalityCode)! : countyCode;
      row = {
        key,
        kind: unit ? unit.kind : key.startsWith(SPLIT_PREFIX) ? 'split' : key.startsWith(WITHHELD_PREFIX) ? 'withheld' : 'unknown',
        countyCode: county ?? null,
        municipalityCodes: unit ? (unit.kind === 'pool' ? unit.municipalityCodes : [unit.key]) : pooling.withheld.filter((code) => geography.countyOf.get(code) === county),
      };
      rowsByKey.set(key, row);
    }
    return row;
  };
  for (const size of sizes) ensureRow(size.municipalityCode, size.countyCode);

  const kindOrder = { municipality: 0, pool: 1, split: 2, withheld: 3, unknown: 4 };
  const byCode = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  const rows = [...rowsByKey.values()].sort(
    (a, b) => byCode(a.countyCode ?? '~', b.countyCode ?? '~') || kindOrder[a.kind] - kindOrder[b.kind] || byCode(a.key, b.key),
  );
  const rowIndex = new Map(rows.map((row, index) => [row.key, index]));
  const bandsSeen = new Set(sizes.map((size) => size.ageBand));
  const columns: (number | null)[] = [...new Set([...Array.from({ length: ageBandCount }, (_, band) => band), ...[...bandsSeen].filter((band): band is number => band !== null)])].sort((a, b) => a - b);
  if (bandsSeen.has(null)) columns.push(null);
  const columnIndex = new Map(columns.map((column, index) => [column, index]));

  const counts = rows.map(() => columns.map(() => 0));
  for (const size of sizes) counts[rowIndex.get(rowKeyOf(size.municipalityCode, size.countyCode))!][columnIndex.get(size.ageBand)!] += size.n;

  const rowGroups: RowGroup[] = [];
  for (const row of rows) {
    if (!row.countyCode) continue;
    const group = rowGroups.find((candidate) => candidate.key === row.countyCode);
    if (group) (group.rowKeys as string[]).push(row.key);
    else rowGroups.push({ key: row.countyCode, rowKeys: [row.key] });
  }
  const protectedTable =
    rows.length === 0 ? null : protectCountTable({ rowKeys: rows.map((row) => row.key), columnKeys: columns.map(String), counts, rowGroups }, { threshold: settings.threshold });

  return {
    rows,
    columns,
    counts,
    protected: protectedTable,
    pooling,
    rowOf: (municipalityCode, countyCode) => rowIndex.get(rowKeyOf(municipalityCode, countyCode)) ?? -1,
    columnOf: (ageBand) => columnIndex.get(ageBand) ?? -1,
  };
}
