import { Workbook } from 'exceljs';
import type { ExportLanguage } from '../export-kinds';
import type { Figure } from '../results/display-rows';
import type { QuestionComparison, ReportUnit } from '../results/unit-comparison';
import { textIn, WORDS } from '../texts';
import { addFigureSheet, questionNotes } from './figure-sheet';
import { addOverviewSheet } from './overview-sheet';
import { type EmbeddedChart, SheetNames } from './sheet-format';

export interface UnitWorkbookInput {
  unit: ReportUnit;
  countyName: string;
  /** Names of the municipalities of a pool. */
  memberNames: string[];
  comparisons: readonly QuestionComparison[];
  /** Per question, in the same order. */
  charts: readonly (readonly EmbeddedChart[])[];
  facts: [string, string | Figure][];
  rules: readonly string[];
  youngBandLabel: string;
  questionnaireTitle: string;
  language: ExportLanguage;
}

/** The rows of one question in a unit's report: the unit, its county, the nation, then the young band against everyone else. */
export function unitQuestionRows(comparison: QuestionComparison, unit: ReportUnit) {
  const rows = comparison.units.get(unit.key)!;
  const county = comparison.counties.get(unit.countyCode)!;
  return { comparison: [rows.unit, county, comparison.nation], age: [rows.young, rows.others, comparison.nationYoung, comparison.nationOthers] };
}

/** One municipality's (or pool's) report: an overview, then a sheet per question comparing it with its county and the nation. */
export function unitWorkbook(input: UnitWorkbookInput): Workbook {
  const { unit, language } = input;
  const words = WORDS[language];
  const workbook = new Workbook();
  workbook.creator = 'Stemme';
  const names = new SheetNames();
  const overviewName = names.take(words.overview);
  const sheets = input.comparisons.map((comparison) => ({ comparison, name: names.take(comparison.question.variable) }));
  const first = input.comparisons[0]?.units.get(unit.key);
  const county = input.comparisons[0]?.counties.get(unit.countyCode);
  addOverviewSheet(workbook, {
    name: overviewName,
    title: `${words.reportFor} ${unit.label}`,
    language,
    facts: [
      [words.reportFor, unit.label],
      [words.county, input.countyName],
      ...(unit.kind === 'pool' ? [[words.poolMembers, input.memberNames.join(', ')] as [string, string]] : []),
      ...input.facts,
      [`${words.respondents}: ${unit.label}`, first?.unit.respondents ?? 0],
      [`${words.respondents}: ${input.countyName}`, county?.respondents ?? 0],
      [`${words.respondents}: ${words.nation}`, input.comparisons[0]?.nation.respondents ?? 0],
    ],
    notes: [...input.rules, words.youngNote(input.youngBandLabel)],
    contents: sheets.map(({ comparison, name }) => ({ sheet: name, variable: comparison.question.variable, text: textIn(language, comparison.question.text) })),
  });
  sheets.forEach(({ comparison, name }, index) => {
    const rows = unitQuestionRows(comparison, unit);
    addFigureSheet(workbook, {
      name,
      title: textIn(language, comparison.question.text),
      subtitle: `${comparison.question.variable} · ${unit.label} · ${input.questionnaireTitle}`,
      question: comparison.question,
      language,
      rows: [...rows.comparison, ...rows.age],
      notes: questionNotes(comparison.question, language, [...input.rules, words.youngNote(input.youngBandLabel)]),
      charts: input.charts[index],
    });
  });
  return workbook;
}
