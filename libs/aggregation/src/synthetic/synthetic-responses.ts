import {
  answerFields,
  type AgeBand,
  type AnswerField,
  type AnswerValue,
  type IsoDate,
  type QuestionnaireDefinition,
  ageBandFor,
  fromDayNumber,
  dayNumber,
  scaleOf,
} from '@stemme/questionnaire';
import { randomUUID } from 'node:crypto';
import { encodeAnswers, responseLayout, type ResponseLayout } from '@stemme/responses';
import { Random, WeightedTable } from './random';
import { VisibilityMemo } from './visibility-memo';

/** People in one municipality and age band (index into the study's bands). */
export interface PopulationCell {
  municipalityCode: string;
  countyCode: string;
  ageBand: number;
  people: number;
}

/** An old code that split: some respondents still give it, and it maps to no one municipality. */
export interface SplitCode {
  given: string;
  countyCode: string;
  /** The current municipalities it split into; their respondents sometimes give the old code. */
  candidates: readonly string[];
}

export interface SyntheticOptions {
  definition: QuestionnaireDefinition;
  ageBands: readonly AgeBand[];
  population: readonly PopulationCell[];
  splitCodes?: readonly SplitCode[];
  /** Responses are dated over the `days` days up to and including `today`. */
  today: IsoDate;
  days?: number;
  seed?: number;
}

/** One response as the response table stores it. */
export interface SyntheticResponse {
  submissionId: string;
  municipalityCode: string | null;
  municipalityCodeGiven: string | null;
  countyCode: string | null;
  ageBand: number | null;
  submittedOn: IsoDate;
  answers: (number | null)[];
}

const OLDEST = 80;
const YOUNGEST = 18;
/** Users of these services are younger than the population: weight by age falls off like this. */
const youthWeight = (age: number): number => Math.exp(-(age - YOUNGEST) / 22);
const SHARE_GIVING_SPLIT_CODE = 0.25;
const MISSING = 0.03;
const DONT_KNOW = 0.05;
const NO_AGE = 0.02;

interface Place {
  municipalityCode: string;
  countyCode: string;
  ageBand: number;
}

/**
 * Realistic made-up responses to a questionnaire: municipalities as their population, ages 18–80
 * skewed young, a latent satisfaction per respondent that moves all their Likert answers
 * together, some "don't know" and missing answers, conditions respected (answers to questions a
 * respondent would not have seen are dropped), dates over the last 60 days. The answers are the
 * same for the same seed; submission ids are random.
 */
export class SyntheticResponses {
  private readonly random: Random;
  private readonly layout: ResponseLayout;
  private readonly fields: readonly AnswerField[];
  private readonly places: WeightedTable<Place>;
  private readonly splitOf = new Map<string, SplitCode>();
  private readonly variableTraits = new Map<string, number[]>();
  private readonly optionTables = new Map<string, WeightedTable<number>>();
  private readonly ageTables = new Map<number, WeightedTable<number>>();
  /** The days responses are dated on, oldest first (more of them recently: a survey gathers pace). */
  private readonly dates: IsoDate[];
  private readonly days: number;
  private readonly visibility: VisibilityMemo;
  /** Answered first: the variables that conditions name decide which other questions are asked. */
  private readonly decidingFields: AnswerField[];

  constructor(private readonly options: SyntheticOptions) {
    this.random = new Random(options.seed ?? 1);
    this.layout = responseLayout(options.definition);
    this.fields = answerFields(options.definition);
    this.visibility = new VisibilityMemo(options.definition);
    this.decidingFields = this.fields.filter((field) => this.visibility.conditionVariables.includes(field.variable));
    const places = options.population.filter((cell) => cell.people > 0 && this.agesOf(cell.ageBand).length > 0);
    if (places.length === 0) throw new RangeError('No population in the study’s age bands between 18 and 80');
    this.places = new WeightedTable(
      places,
      places.map((cell) => cell.people * this.bandYouthWeight(cell.ageBand)),
    );
    for (const split of options.splitCodes ?? []) for (const candidate of split.candidates) this.splitOf.set(candidate, split);
    this.days = options.days ?? 60;
    const firstDay = dayNumber(options.today) - this.days + 1;
    this.dates = Array.from({ length: this.days }, (_, day) => fromDayNumber(firstDay + day));
  }

  next(): SyntheticResponse {
    const place = this.places.pick(this.random);
    const split = this.splitOf.get(place.municipalityCode);
    const givesOldCode = split !== undefined && this.random.chance(SHARE_GIVING_SPLIT_CODE);
    const given = givesOldCode ? split.given : place.municipalityCode;
    const age = this.pickAge(place.ageBand);
    const submittedOn = this.dates[Math.floor(Math.sqrt(this.random.next()) * this.days)];
    const satisfaction = this.random.normal();

    const respondent = { age, given, satisfaction, submittedOn };
    const deciding: Record<string, AnswerValue> = {};
    for (const field of this.decidingFields) {
      const value = this.answer(field, respondent);
      if (value !== undefined) deciding[field.variable] = value;
    }
    const visibility = this.visibility.resolve(deciding);
    const answers: Record<string, AnswerValue> = {};
    for (const field of this.fields) {
      if (!visibility.variables.has(field.variable)) continue;
      const value = field.variable in deciding ? deciding[field.variable] : this.answer(field, respondent);
      if (value !== undefined) answers[field.variable] = value;
    }
    const statedAge = this.visibility.statedAge(answers, submittedOn);
    const band = statedAge === undefined ? undefined : ageBandFor(statedAge, this.options.ageBands);
    return {
      submissionId: randomUUID(),
      municipalityCode: givesOldCode ? null : place.municipalityCode,
      municipalityCodeGiven: givesOldCode ? split.given : null,
      countyCode: place.countyCode,
      ageBand: band === undefined ? null : this.options.ageBands.indexOf(band),
      submittedOn,
      answers: encodeAnswers(this.layout, answers).coded,
    };
  }

  private answer(field: AnswerField, respondent: { age: number; given: string; satisfaction: number; submittedOn: IsoDate }): AnswerValue | undefined {
    const question = field.question;
    const random = this.random;
    if (question.type === 'municipality') return respondent.given;
    if (question.type === 'age') return random.chance(NO_AGE) ? undefined : respondent.age;
    if (question.type === 'year_of_birth') return random.chance(NO_AGE) ? undefined : Number(respondent.submittedOn.slice(0, 4)) - respondent.age;
    if (!question.required && random.chance(MISSING)) return undefined;
    const traits = this.traitsOf(field);
    const scale = scaleOf(question);
    if (scale) {
      if (scale.dontKnow && random.chance(DONT_KNOW)) return scale.dontKnow.code;
      const middle = (scale.points + 1) / 2;
      const spread = scale.points / 4;
      const score = middle + spread * (0.9 * respondent.satisfaction + 0.6 * random.normal()) + traits[0];
      return Math.min(scale.points, Math.max(1, Math.round(score)));
    }
    switch (question.type) {
      case 'single_choice': {
        let options = this.optionTables.get(field.variable);
        if (!options) this.optionTables.set(field.variable, (options = new WeightedTable(question.options.map((option) => option.code), traits)));
        return options.pick(random);
      }
      case 'multiple_choice': {
        const chosen = question.options.filter((_, index) => random.chance(traits[index])).map((option) => option.code);
        return chosen.length ? chosen : [question.options[Math.floor(random.next() * question.options.length)].code];
      }
      case 'number': {
        const min = question.min ?? 0;
        const max = question.max ?? 100;
        const value = min + (max - min) * ((random.next() + random.next()) / 2) ** 2;
        return question.numberType === 'decimal' ? Math.round(value * 100) / 100 : Math.round(value);
      }
      default:
        return undefined;
    }
  }

  /** Per variable, fixed for the data set: a Likert item's lean, option weights or tick chances. */
  private traitsOf(field: AnswerField): number[] {
    let traits = this.variableTraits.get(field.variable);
    if (!traits) {
      const question = field.question;
      const options = question.type === 'single_choice' || question.type === 'multiple_choice' ? question.options.length : 1;
      traits =
        question.type === 'multiple_choice'
          ? Array.from({ length: options }, () => 0.08 + 0.45 * this.random.next())
          : question.type === 'single_choice'
            ? Array.from({ length: options }, () => 0.2 + this.random.next() ** 2 * 3)
            : [(this.random.next() - 0.5) * 1.2];
      this.variableTraits.set(field.variable, traits);
    }
    return traits;
  }

  private agesOf(bandIndex: number): number[] {
    const band = this.options.ageBands[bandIndex];
    const ages: number[] = [];
    for (let age = Math.max(band.min, YOUNGEST); age <= Math.min(band.max ?? OLDEST, OLDEST); age++) ages.push(age);
    return ages;
  }

  private bandYouthWeight(bandIndex: number): number {
    const ages = this.agesOf(bandIndex);
    return ages.reduce((total, age) => total + youthWeight(age), 0) / ages.length;
  }

  private pickAge(bandIndex: number): number {
    let ages = this.ageTables.get(bandIndex);
    if (!ages) {
      const range = this.agesOf(bandIndex);
      this.ageTables.set(bandIndex, (ages = new WeightedTable(range, range.map(youthWeight))));
    }
    return ages.pick(this.random);
  }
}
