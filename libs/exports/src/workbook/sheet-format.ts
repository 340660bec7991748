import type { Cell, Workbook, Worksheet } from 'exceljs';
import { type Figure, isHidden } from '../results/display-rows';

/** Shown in place of a hidden figure (Statistics Norway's symbol for "not shown for confidentiality"). */
export const HIDDEN_SYMBOL = ':';

export const FORMAT = { count: '#,##0', percent: '0.0%', decimal: '0.00' } as const;
export type CellFormat = keyof typeof FORMAT;

/** A figure into a cell: a number with its format, ":" when hidden, blank when there is nothing to show. */
export function setFigure(cell: Cell, figure: Figure | undefined, format: CellFormat): void {
  if (isHidden(figure)) {
    cell.value = HIDDEN_SYMBOL;
    cell.alignment = { horizontal: 'right' };
  } else if (typeof figure === 'number' && Number.isFinite(figure)) {
    cell.value = format === 'percent' ? figure / 100 : figure;
    cell.numFmt = FORMAT[format];
  }
}

/**
 * Text into a cell, always as text: exceljs writes a formula only for an object with a `formula`
 * key, so a label or answer starting with "=" is stored as a string cell that Excel never evaluates.
 */
export function setText(cell: Cell, text: string): void {
  cell.value = text;
}

export function styleHeaderRow(sheet: Worksheet, rowNumber: number, columns: number): void {
  const row = sheet.getRow(rowNumber);
  row.height = 45;
  for (let column = 1; column <= columns; column++) {
    const cell = row.getCell(column);
    cell.font = { bold: true };
    cell.alignment = { vertical: 'bottom', wrapText: true, horizontal: column <= 3 ? 'left' : 'right' };
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8EEF4' } };
    cell.border = { bottom: { style: 'thin', color: { argb: 'FF8899AA' } } };
  }
}

export function writeTitle(sheet: Worksheet, title: string, subtitle: string): void {
  const titleCell = sheet.getCell(1, 1);
  setText(titleCell, title);
  titleCell.font = { bold: true, size: 14 };
  setText(sheet.getCell(2, 1), subtitle);
  sheet.getCell(2, 1).font = { italic: true, color: { argb: 'FF444444' } };
}

/** Footnotes one per row from `fromRow`, in grey. */
export function writeNotes(sheet: Worksheet, fromRow: number, notes: readonly string[]): void {
  notes.forEach((note, index) => {
    const cell = sheet.getCell(fromRow + index, 1);
    setText(cell, note);
    cell.font = { size: 9, color: { argb: 'FF444444' } };
  });
}

export interface EmbeddedChart {
  png: Buffer;
  /** Size on the sheet, in pixels. */
  width: number;
  height: number;
}

/** PNG width and height from its header. */
export function pngSize(png: Buffer): { width: number; height: number } {
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

/** Charts one below the other, their top left corner at (zero-based) column `column`, row `row`. */
export function embedCharts(workbook: Workbook, sheet: Worksheet, charts: readonly EmbeddedChart[], column: number, row: number): void {
  const rowPixels = 20;
  let top = row;
  for (const chart of charts) {
    const imageId = workbook.addImage({ buffer: chart.png as unknown as ArrayBuffer, extension: 'png' });
    sheet.addImage(imageId, { tl: { col: column, row: top }, ext: { width: chart.width, height: chart.height }, editAs: 'oneCell' });
    top += Math.ceil(chart.height / rowPixels) + 1;
  }
}

const SHEET_NAME_FORBIDDEN = /[[\]:*?/\\']/g;

/** Unique sheet names of at most 31 characters, none of []:*?/\ or '. */
export class SheetNames {
  private readonly used = new Set<string>();

  take(wanted: string): string {
    const base = wanted.replace(SHEET_NAME_FORBIDDEN, '_').slice(0, 31) || 'Ark';
    let name = base;
    for (let n = 2; this.used.has(name.toLowerCase()); n++) name = `${base.slice(0, 31 - String(n).length - 1)}~${n}`;
    this.used.add(name.toLowerCase());
    return name;
  }
}
