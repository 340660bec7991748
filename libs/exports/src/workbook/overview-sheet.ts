import type { Workbook, Worksheet } from 'exceljs';
import type { ExportLanguage } from '../export-kinds';
import type { Figure } from '../results/display-rows';
import type { CountyAgeGrid } from '../results/overview';
import { WORDS } from '../texts';
import { setFigure, setText, styleHeaderRow, writeNotes } from './sheet-format';

export interface OverviewSheet {
  name: string;
  title: string;
  language: ExportLanguage;
  /** Label and value pairs: study, questionnaire, period, responses… */
  facts: [label: string, value: string | Figure][];
  /** Long texts: the disclosure rules, notes. */
  notes: readonly string[];
  grid?: CountyAgeGrid;
  /** The question sheets, linked from the overview. */
  contents: { sheet: string; variable: string; text: string }[];
}

/** The first sheet: what the workbook is, from when, the rules, respondents by county and age band, and links to every question. */
export function addOverviewSheet(workbook: Workbook, overview: OverviewSheet): Worksheet {
  const words = WORDS[overview.language];
  const sheet = workbook.addWorksheet(overview.name, { views: [{ state: 'normal', showGridLines: false }] });
  const width = Math.max(2, (overview.grid?.columns.length ?? 0) + 2);
  sheet.columns = Array.from({ length: width }, (_, index) => ({ width: index === 0 ? 34 : index === 1 ? 24 : 11 }));
  setText(sheet.getCell(1, 1), overview.title);
  sheet.getCell(1, 1).font = { bold: true, size: 16 };

  let row = 3;
  for (const [label, value] of overview.facts) {
    setText(sheet.getCell(row, 1), label);
    sheet.getCell(row, 1).font = { bold: true };
    if (typeof value === 'string') setText(sheet.getCell(row, 2), value);
    else setFigure(sheet.getCell(row, 2), value, 'count');
    sheet.getCell(row, 2).alignment = { horizontal: 'left' };
    row++;
  }
  row++;
  writeNotes(sheet, row, overview.notes);
  row += overview.notes.length + 1;

  if (overview.grid) {
    const grid = overview.grid;
    setText(sheet.getCell(row, 1), words.responsesByCountyAndAge);
    sheet.getCell(row, 1).font = { bold: true, size: 12 };
    row++;
    [words.county, ...grid.columns, words.total].forEach((header, index) => setText(sheet.getCell(row, index + 1), header));
    styleHeaderRow(sheet, row, grid.columns.length + 2);
    row++;
    const writeGridRow = (label: string, cells: readonly Figure[], total: Figure) => {
      setText(sheet.getCell(row, 1), label);
      cells.forEach((cell, index) => setFigure(sheet.getCell(row, index + 2), cell, 'count'));
      setFigure(sheet.getCell(row, cells.length + 2), total, 'count');
      row++;
    };
    for (const county of grid.rows) writeGridRow(county.label, county.cells, county.total);
    writeGridRow(words.nation, grid.totals, grid.grand);
    sheet.getRow(row - 1).font = { bold: true };
    writeNotes(sheet, row, [words.hiddenLegend]);
    row += 2;
  }

  setText(sheet.getCell(row, 1), overview.language === 'en' ? 'Questions' : 'Spørsmål');
  sheet.getCell(row, 1).font = { bold: true, size: 12 };
  row++;
  for (const entry of overview.contents) {
    sheet.getCell(row, 1).value = { text: entry.variable, hyperlink: `#'${entry.sheet}'!A1` };
    sheet.getCell(row, 1).font = { color: { argb: 'FF0563C1' }, underline: true };
    setText(sheet.getCell(row, 2), entry.text);
    row++;
  }
  return sheet;
}
