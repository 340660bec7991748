import { BarController, BarElement, CategoryScale, Chart, Legend, LinearScale, SubTitle, Title } from './chart-js';
import { CHART_FONT_FAMILY, registerChartFonts } from './chart-fonts';

let ready = false;

/** Registers what our charts use, once: the bundled font, the bar chart parts, the defaults. */
export function setUpChartJs(): void {
  if (ready) return;
  registerChartFonts();
  Chart.register(BarController, BarElement, CategoryScale, LinearScale, Title, SubTitle, Legend);
  Chart.defaults.font.family = CHART_FONT_FAMILY;
  Chart.defaults.font.size = 13;
  Chart.defaults.color = '#222222';
  ready = true;
}
