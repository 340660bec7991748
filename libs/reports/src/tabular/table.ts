/**
 * A table shaped for export: the raw-data sheet, the codebook, or a CSV file. Rows may come from a
 * database cursor (an async iterable), so a writer never holds more than one row at a time.
 */
export type RawValue = number | string | Date | null | undefined;

export type RawRow = readonly RawValue[];

export interface ExportColumn {
  header: string;
  /** Width in Excel character units; guessed from the header when left out. Ignored by CSV. */
  width?: number;
}

export interface ExportTable {
  /** The sheet name in a workbook (at most 31 characters, none of []:*?/\). */
  name: string;
  columns: readonly ExportColumn[];
  rows: AsyncIterable<RawRow> | Iterable<RawRow>;
}
