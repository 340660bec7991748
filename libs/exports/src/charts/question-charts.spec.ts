import type { StatisticQuestion } from '@stemme/aggregation';
import type { GroupBarChartSpec, StackedPercentChartSpec } from '@stemme/reports';
import type { DisplayRow } from '../results/display-rows';
import { questionCharts } from './question-charts';

const hidden = { suppressed: true as const, reason: 'below_threshold' as const };
const options = (codes: number[]) => codes.map((code) => ({ code, label: { nb: code === 1 ? 'Helt uenig' : code === 5 ? 'Helt enig' : String(code), en: String(code) } }));
const question = (kind: StatisticQuestion['kind'], codes = [1, 2, 3, 4, 5]): StatisticQuestion => ({ variable: 'q', text: { nb: 'Spørsmålet' }, kind, options: options(codes), dontKnow: null, decimal: false, slots: [] });

function row(label: string, base: DisplayRow['base'], percents: DisplayRow['percents'], mean?: number): DisplayRow {
  return { section: 'Fylke', label, county: '', respondents: base, base, percents, dontKnow: undefined, mean, lower: undefined, upper: undefined };
}

const texts = { language: 'nb' as const, subtitle: 'etter fylke', threshold: 5 };

describe('questionCharts', () => {
  it('draws a scale as 100 % stacked bars on the diverging palette, a hidden group as a left-out bar, empty groups not at all', () => {
    const rows = [row('Oslo', 200, [10, 20, 30, 25, 15]), row('Innlandet', hidden, [hidden, hidden, hidden, hidden, hidden]), row('Agder', 0, [null, null, null, null, null])];
    const [chart] = questionCharts(question('scale'), rows, texts) as StackedPercentChartSpec[];
    expect(chart).toMatchObject({ kind: 'stacked-percent', palette: 'diverging', title: 'Spørsmålet', subtitle: 'etter fylke', suppressedNote: 'Grupper med færre enn 5 svar vises ikke.' });
    expect(chart.categories.map((category) => category.label)).toEqual(['1 Helt uenig', '2', '3', '4', '5 Helt enig']);
    expect(chart.bars.map((bar) => [bar.label, bar.n, bar.cells.every((cell) => 'suppressed' in cell)])).toEqual([
      ['Oslo', 200, false],
      ['Innlandet', undefined, true],
    ]);
  });

  it('draws multiple choice as the share choosing each option: over the options for one group, one chart per option for several', () => {
    const multiple = { ...question('multiple'), options: [1, 2, 3].map((code) => ({ code, label: { nb: `Kanal ${code}` } })) };
    const [single] = questionCharts(multiple, [row('Bodø', 40, [50, 25, 75])], texts) as GroupBarChartSpec[];
    expect(single.groups.map((group) => [group.label, group.cell])).toEqual([
      ['Kanal 1', { value: 50 }],
      ['Kanal 2', { value: 25 }],
      ['Kanal 3', { value: 75 }],
    ]);
    const perOption = questionCharts(multiple, [row('Oslo', 100, [10, 20, 30]), row('Bodø', 40, [50, 25, 75])], texts) as GroupBarChartSpec[];
    expect(perOption).toHaveLength(3);
    expect(perOption[1].subtitle).toBe('«Kanal 2» etter fylke');
    expect(perOption[1].groups.map((group) => group.cell)).toEqual([{ value: 20 }, { value: 25 }]);
  });

  it('draws a number question as the mean per group', () => {
    const [chart] = questionCharts(question('number', []), [row('Oslo', 90, [], 3.25), row('Bodø', hidden, [], undefined)], texts) as GroupBarChartSpec[];
    expect(chart).toMatchObject({ kind: 'group-bars', valueAxis: { format: 'decimal' } });
    expect(chart.groups.map((group) => group.cell)).toEqual([{ value: 3.25 }, { suppressed: true }]);
  });
});
