import type { PublishedValue } from '@stemme/statistics';
import type { CubeDimensions } from '../cube/cube.repository';
import type { GroupTable, ReportingRow } from './group-table';

export const BREAKDOWNS = ['national', 'age_band', 'county', 'county_age_band', 'municipality', 'municipality_age_band'] as const;
export type Breakdown = (typeof BREAKDOWNS)[number];

/** One group of a breakdown: where it sits in the group table, and its size as published. */
export interface BreakdownGroup {
  kind: 'nation' | 'county' | ReportingRow['kind'];
  /** `nation`, a county code, or a reporting row's key. */
  key: string;
  countyCode: string | null;
  /** Present in age band breakdowns; null for respondents without an age band. */
  ageBand?: number | null;
  municipalityCodes?: readonly string[];
  respondents: number;
  published: PublishedValue;
}

export interface BreakdownGroups {
  groups: BreakdownGroup[];
  /** The dimensions the cube is read with for this breakdown. */
  dimensions: CubeDimensions;
  /** Which group a cube row counts in, or −1 (e.g. municipalities too small for any report). */
  groupOf(municipalityCode: string | null, countyCode: string | null, ageBand: number | null): number;
}

const EMPTY = { value: 0 } as const;

/** The groups of a breakdown, each with the fate the group table gave it. */
export function breakdownGroups(table: GroupTable, breakdown: Breakdown, countyOf: ReadonlyMap<string, string>): BreakdownGroups {
  const { rows, columns, counts } = table;
  const shown = table.protected;
  const countyCodes = [...new Set(rows.flatMap((row) => (row.countyCode ? [row.countyCode] : [])))];
  const countyIndex = new Map(countyCodes.map((code, index) => [code, index]));
  const countyOfRow = (municipalityCode: string | null, countyCode: string | null) => countyCode ?? (municipalityCode ? (countyOf.get(municipalityCode) ?? null) : null);
  const sum = (values: number[]) => values.reduce((total, value) => total + value, 0);
  const rowTotal = (row: number) => sum([...counts[row]]);
  const columnTotal = (column: number) => sum(counts.map((row) => row[column]));
  const countyRows = (county: string) => rows.flatMap((row, index) => (row.countyCode === county ? [index] : []));
  const listed = (row: ReportingRow) => row.kind !== 'withheld';
  const withBand = (column: number) => ({ ageBand: columns[column] });
  const rowGroup = (row: ReportingRow): Pick<BreakdownGroup, 'kind' | 'key' | 'countyCode' | 'municipalityCodes'> => ({
    kind: row.kind,
    key: row.key,
    countyCode: row.countyCode,
    municipalityCodes: row.municipalityCodes,
  });

  switch (breakdown) {
    case 'national':
      return {
        groups: [{ kind: 'nation', key: 'nation', countyCode: null, respondents: sum(counts.map((_, row) => rowTotal(row))), published: shown?.grandTotal ?? EMPTY }],
        dimensions: { municipality: false, county: false, ageBand: false },
        groupOf: () => 0,
      };
    case 'age_band':
      return {
        groups: columns.map((_, column) => ({ kind: 'nation', key: 'nation', countyCode: null, ...withBand(column), respondents: columnTotal(column), published: shown?.columnTotals?.[column] ?? EMPTY })),
        dimensions: { municipality: false, county: false, ageBand: true },
        groupOf: (_m, _c, ageBand) => table.columnOf(ageBand),
      };
    case 'county':
      return {
        groups: countyCodes.map((county, index) => ({
          kind: 'county',
          key: county,
          countyCode: county,
          respondents: sum(countyRows(county).map(rowTotal)),
          published: shown?.rowGroups[index].total ?? EMPTY,
        })),
        dimensions: { municipality: false, county: true, ageBand: false },
        groupOf: (municipalityCode, countyCode) => countyIndex.get(countyOfRow(municipalityCode, countyCode) ?? '') ?? -1,
      };
    case 'county_age_band':
      return {
        groups: countyCodes.flatMap((county, index) =>
          columns.map((_, column) => ({
            kind: 'county' as const,
            key: county,
            countyCode: county,
            ...withBand(column),
            respondents: sum(countyRows(county).map((row) => counts[row][column])),
            published: shown?.rowGroups[index].subtotals[column] ?? EMPTY,
          })),
        ),
        dimensions: { municipality: false, county: true, ageBand: true },
        groupOf: (municipalityCode, countyCode, ageBand) => {
          const county = countyIndex.get(countyOfRow(municipalityCode, countyCode) ?? '');
          const column = table.columnOf(ageBand);
          return county === undefined || column < 0 ? -1 : county * columns.length + column;
        },
      };
    case 'municipality': {
      const listedRows = rows.flatMap((row, index) => (listed(row) ? [index] : []));
      const position = new Map(listedRows.map((row, index) => [row, index]));
      return {
        groups: listedRows.map((row) => ({ ...rowGroup(rows[row]), respondents: rowTotal(row), published: shown?.rowTotals?.[row] ?? EMPTY })),
        dimensions: { municipality: true, county: true, ageBand: false },
        groupOf: (municipalityCode, countyCode) => position.get(table.rowOf(municipalityCode, countyCode)) ?? -1,
      };
    }
    case 'municipality_age_band': {
      const listedRows = rows.flatMap((row, index) => (listed(row) ? [index] : []));
      const position = new Map(listedRows.map((row, index) => [row, index]));
      return {
        groups: listedRows.flatMap((row) =>
          columns.map((_, column) => ({ ...rowGroup(rows[row]), ...withBand(column), respondents: counts[row][column], published: shown?.cells[row][column] ?? EMPTY })),
        ),
        dimensions: { municipality: true, county: true, ageBand: true },
        groupOf: (municipalityCode, countyCode, ageBand) => {
          const row = position.get(table.rowOf(municipalityCode, countyCode));
          const column = table.columnOf(ageBand);
          return row === undefined || column < 0 ? -1 : row * columns.length + column;
        },
      };
    }
  }
}
