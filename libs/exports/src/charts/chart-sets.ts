import type { ChartSpec } from '@stemme/reports';
import type { ExportLanguage } from '../export-kinds';
import type { QuestionBreakdowns } from '../kinds/results-workbook.export';
import { safeFileName } from '@stemme/platform';
import { WORDS } from '../texts';
import { questionCharts } from './question-charts';

export type ChartBreakdown = 'national' | 'county' | 'age_band' | 'municipality';

/** One chart of a question, with the file name (without extension) it gets. */
export interface NamedChart {
  name: string;
  spec: ChartSpec;
}

export interface ChartSelection {
  breakdown: ChartBreakdown;
  /** For municipality charts: the county whose municipalities (and pools) are shown. */
  countyName?: string;
}

/**
 * A question's charts for one breakdown. Municipality charts are drawn a county at a time (with
 * the county as the last bar): 357 bars in one chart cannot be read. Multiple choice gives one
 * chart per option, named with the option's code; national gives one chart over all options.
 */
export function breakdownCharts(data: QuestionBreakdowns, selection: ChartSelection, language: ExportLanguage, threshold: number): NamedChart[] {
  const words = WORDS[language];
  const { question, nation } = data;
  const texts = { language, threshold };
  const variable = question.variable;
  let base: string;
  let specs: ChartSpec[];
  switch (selection.breakdown) {
    case 'national':
      base = `${variable}-${safeFileName(words.nation)}`;
      specs = questionCharts(question, [nation], { ...texts, subtitle: words.nation });
      break;
    case 'county':
      base = `${variable}-${safeFileName(words.county)}`;
      specs = questionCharts(question, [...data.counties, nation], { ...texts, subtitle: words.byCounty });
      break;
    case 'age_band':
      base = `${variable}-${safeFileName(words.ageBand)}`;
      specs = questionCharts(question, [...data.ageBands, nation], { ...texts, subtitle: words.byAgeBand });
      break;
    case 'municipality': {
      const county = data.counties.find((row) => row.label === selection.countyName);
      const municipalities = data.municipalities.filter((row) => row.county === selection.countyName);
      base = `${variable}-${safeFileName(words.municipality)}-${safeFileName(selection.countyName ?? '')}`;
      const whole = county ? [{ ...county, label: `${county.label} (${words.county.toLowerCase()})` }] : [];
      specs = questionCharts(question, [...municipalities, ...whole], { ...texts, subtitle: `${words.byMunicipality}: ${selection.countyName}` });
      break;
    }
  }
  if (specs.length === 1) return [{ name: base, spec: specs[0] }];
  return specs.map((spec, index) => ({ name: `${base}-${question.options[index]?.code ?? index + 1}`, spec }));
}

/** Every chart of a question: nation (multiple choice), counties, age bands, and municipalities county by county. */
export function allCharts(data: QuestionBreakdowns, language: ExportLanguage, threshold: number): NamedChart[] {
  const selections: ChartSelection[] = [
    ...(data.question.kind === 'multiple' ? [{ breakdown: 'national' as const }] : []),
    { breakdown: 'county' },
    { breakdown: 'age_band' },
    ...data.counties.map((county) => ({ breakdown: 'municipality' as const, countyName: county.label })),
  ];
  return selections.flatMap((selection) => breakdownCharts(data, selection, language, threshold));
}
