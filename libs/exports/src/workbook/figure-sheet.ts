import type { StatisticQuestion } from '@stemme/aggregation';
import type { Workbook, Worksheet } from 'exceljs';
import type { ExportLanguage } from '../export-kinds';
import type { DisplayRow } from '../results/display-rows';
import { optionLabel } from '../results/question-tables';
import { WORDS } from '../texts';
import { type CellFormat, embedCharts, type EmbeddedChart, setFigure, setText, styleHeaderRow, writeNotes, writeTitle } from './sheet-format';

export interface FigureSheet {
  name: string;
  title: string;
  subtitle: string;
  question: StatisticQuestion;
  language: ExportLanguage;
  /** One table: the section column says which breakdown a row belongs to, so one autofilter serves all. */
  rows: readonly DisplayRow[];
  notes: readonly string[];
  charts: readonly EmbeddedChart[];
}

/** The header row; rows 1–2 hold the title, row 3 is blank. */
export const FIGURE_HEADER_ROW = 4;

interface FigureColumn {
  header: string;
  width: number;
  format?: CellFormat;
  value: (row: DisplayRow) => string | DisplayRow['base'] | undefined;
}

/** The columns a question's table has: groups, n, base, percent per option, don't know, mean and interval. */
export function figureColumns(question: StatisticQuestion, language: ExportLanguage): FigureColumn[] {
  const words = WORDS[language];
  const columns: FigureColumn[] = [
    { header: words.breakdown, width: 14, value: (row) => row.section },
    { header: words.group, width: 34, value: (row) => row.label },
    { header: words.county, width: 20, value: (row) => row.county },
    { header: words.respondents, width: 11, format: 'count', value: (row) => row.respondents },
    { header: words.base, width: 11, format: 'count', value: (row) => row.base },
  ];
  question.options.forEach((option, index) => {
    const label = optionLabel(question, option, language);
    columns.push({ header: `${label} (%)`, width: Math.min(24, Math.max(11, label.length * 0.6 + 4)), format: 'percent', value: (row) => row.percents[index] });
  });
  if (question.dontKnow) columns.push({ header: words.dontKnow, width: 11, format: 'count', value: (row) => row.dontKnow });
  if (question.kind === 'scale' || question.kind === 'number') {
    columns.push(
      { header: words.mean, width: 13, format: 'decimal', value: (row) => row.mean },
      { header: words.lower, width: 12, format: 'decimal', value: (row) => row.lower },
      { header: words.upper, width: 12, format: 'decimal', value: (row) => row.upper },
    );
  }
  return columns;
}

/**
 * A sheet with one question's figures: a title, one table with a frozen header row and an
 * autofilter, percent and decimal formats, ":" for hidden figures, footnotes under the table and
 * the charts to the right of it.
 */
export function addFigureSheet(workbook: Workbook, sheet: FigureSheet): Worksheet {
  const columns = figureColumns(sheet.question, sheet.language);
  const worksheet = workbook.addWorksheet(sheet.name, { views: [{ state: 'frozen', xSplit: 2, ySplit: FIGURE_HEADER_ROW, topLeftCell: `C${FIGURE_HEADER_ROW + 1}` }] });
  worksheet.columns = columns.map((column) => ({ width: column.width }));
  writeTitle(worksheet, sheet.title, sheet.subtitle);
  columns.forEach((column, index) => setText(worksheet.getCell(FIGURE_HEADER_ROW, index + 1), column.header));
  styleHeaderRow(worksheet, FIGURE_HEADER_ROW, columns.length);

  sheet.rows.forEach((row, rowIndex) => {
    const cells = worksheet.getRow(FIGURE_HEADER_ROW + 1 + rowIndex);
    columns.forEach((column, index) => {
      const value = column.value(row);
      if (typeof value === 'string') setText(cells.getCell(index + 1), value);
      else setFigure(cells.getCell(index + 1), value, column.format ?? 'count');
    });
  });
  const lastRow = FIGURE_HEADER_ROW + sheet.rows.length;
  worksheet.autoFilter = { from: { row: FIGURE_HEADER_ROW, column: 1 }, to: { row: lastRow, column: columns.length } };
  writeNotes(worksheet, lastRow + 2, [...sheet.notes, WORDS[sheet.language].hiddenLegend]);
  embedCharts(workbook, worksheet, sheet.charts, columns.length + 1, FIGURE_HEADER_ROW - 1);
  return worksheet;
}

/** The notes under a question's table: what the percents are of, and the disclosure rules. */
export function questionNotes(question: StatisticQuestion, language: ExportLanguage, rules: readonly string[]): string[] {
  const words = WORDS[language];
  const about = question.kind === 'multiple' ? words.multipleNote : question.kind === 'scale' ? words.scaleNote : question.kind === 'number' ? words.numberNote : words.choiceNote;
  return [about, ...rules];
}
