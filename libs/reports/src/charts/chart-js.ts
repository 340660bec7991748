/**
 * chart.js for CommonJS code: the package runs as CommonJS (dist/chart.cjs) but declares its
 * types for ES modules only, which TypeScript's node16 resolution refuses to `import`.
 */
import type * as ChartJs from 'chart.js' with { 'resolution-mode': 'import' };

export type { ChartConfiguration, ChartItem, ChartOptions, Plugin } from 'chart.js' with { 'resolution-mode': 'import' };

// eslint-disable-next-line @typescript-eslint/no-require-imports
const chartJs = require('chart.js') as typeof ChartJs;

export const { BarController, BarElement, CategoryScale, Chart, Legend, LinearScale, SubTitle, Title } = chartJs;
