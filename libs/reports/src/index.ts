export * from './tabular/table';
export * from './tabular/formula-guard';
export * from './xlsx/write-xlsx-stream';
export { EXCEL_MAX_CELL_TEXT } from './xlsx/xlsx-cell';
export * from './csv/write-csv-stream';
export type { CsvSeparator, DecimalSeparator } from './csv/csv-field';
export * from './charts/chart-spec';
export { renderChartPng, renderChartSvg, type ChartRenderOptions } from './charts/render-chart';
