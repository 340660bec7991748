/**
 * From a respondent's answers to the row that is stored, or to the problems that stop it. Pure:
 * the same rules for the HTML form and the JSON API, with the core's condition evaluator.
 */
import {
  ageFromYearOfBirth,
  answerMessage,
  isAnswered,
  validateAnswers,
  type AgeBand,
  type AnswerProblem,
  type Answers,
  type IsoDate,
  type Language,
} from '@stemme/questionnaire';
import type { CodeResolver } from '@stemme/register';
import { encodeAnswers } from '@stemme/responses';
import type { AgeQuestionRef, FormContext } from '../links/form-context-cache';
import type { ResponseRow } from './response-writer';

export type PreparedAnswers = Pick<
  ResponseRow,
  'municipalityCode' | 'municipalityCodeGiven' | 'countyCode' | 'ageBand' | 'submittedOn' | 'answers' | 'texts'
>;

export type Preparation = { ok: true; prepared: PreparedAnswers } | { ok: false; problems: AnswerProblem[] };

export interface PrepareInput {
  context: Pick<FormContext, 'definition' | 'layout' | 'ageBands' | 'municipalityVariable' | 'ageQuestions'> & { link: { municipalityCode: string | null } };
  answers: Answers;
  language: Language;
  /** The submission's date in Norway: stored as is, and the year-of-birth limits count from it. */
  today: IsoDate;
  resolveMunicipality: CodeResolver;
}

export function prepareResponse({ context, answers, language, today, resolveMunicipality }: PrepareInput): Preparation {
  const { definition, municipalityVariable } = context;
  const linkMunicipality = context.link.municipalityCode;
  const problems: AnswerProblem[] = [];
  let given: Answers = answers;
  if (linkMunicipality !== null && municipalityVariable) {
    const sent = answers[municipalityVariable];
    // The link answers this question; a different answer from the client is a mistake, not a choice.
    if (isAnswered(sent) && sent !== linkMunicipality) {
      problems.push({ variable: municipalityVariable, code: 'answered_hidden_question', message: answerMessage('answered_hidden_question', language) });
    }
    given = { ...answers, [municipalityVariable]: linkMunicipality };
  }
  problems.push(...validateAnswers(definition, given, { language, today }));

  let municipality: Place | undefined = NO_PLACE;
  if (municipalityVariable) {
    if (!problems.some((problem) => problem.variable === municipalityVariable)) municipality = placeOf(given[municipalityVariable], resolveMunicipality);
  } else if (linkMunicipality !== null) {
    // A per-municipality link places the response even when the questionnaire never asks where
    // the respondent lives (the link is how national studies are sent out).
    municipality = placeOf(linkMunicipality, resolveMunicipality) ?? NO_PLACE;
  }
  if (municipality === undefined) {
    problems.push({ variable: municipalityVariable!, code: 'invalid_municipality', message: answerMessage('invalid_municipality', language) });
  }
  if (problems.length || municipality === undefined) return { ok: false, problems };

  const encoded = encodeAnswers(context.layout, given);
  const age = ageOf(context.ageQuestions, given, today);
  return {
    ok: true,
    prepared: {
      ...municipality,
      ageBand: age === undefined ? null : ageBandIndex(age, context.ageBands),
      submittedOn: today,
      answers: encoded.coded,
      texts: Object.keys(encoded.texts).length ? encoded.texts : null,
    },
  };
}

type Place = Pick<ResponseRow, 'municipalityCode' | 'municipalityCodeGiven' | 'countyCode'>;
const NO_PLACE: Place = { municipalityCode: null, municipalityCodeGiven: null, countyCode: null };

/**
 * Where the respondent lives, in today's codes. An old code is mapped to the current one; a code
 * whose municipality was split keeps its county (when all parts lie in one) and the code as
 * given, but no municipality: picking one part would be a guess. Undefined: not a municipality.
 */
function placeOf(value: Answers[string], resolve: CodeResolver): Place | undefined {
  if (!isAnswered(value)) return NO_PLACE;
  if (typeof value !== 'string') return undefined;
  const resolution = resolve(value);
  switch (resolution.kind) {
    case 'current':
      return { municipalityCode: resolution.code, municipalityCodeGiven: null, countyCode: countyOf(resolution.code) };
    case 'mapped':
      return { municipalityCode: resolution.code, municipalityCodeGiven: resolution.from, countyCode: countyOf(resolution.code) };
    case 'split': {
      const counties = new Set(resolution.candidates.map(countyOf));
      return { municipalityCode: null, municipalityCodeGiven: resolution.from, countyCode: counties.size === 1 ? [...counties][0] : null };
    }
    default:
      return undefined;
  }
}

/** A municipality number starts with its county's number (the register checks it). */
function countyOf(municipalityCode: string): string {
  return municipalityCode.slice(0, 2);
}

/**
 * The core's `respondentAge`, without resolving visibility a second time: the answers passed
 * `validateAnswers`, which refuses any answer to a hidden question, so every answer here is visible.
 */
function ageOf(questions: readonly AgeQuestionRef[], answers: Answers, today: IsoDate): number | undefined {
  for (const question of questions) {
    const value = answers[question.variable];
    if (typeof value !== 'number' || !Number.isInteger(value)) continue;
    return question.type === 'age' ? value : ageFromYearOfBirth(value, today);
  }
  return undefined;
}

function ageBandIndex(age: number, bands: readonly AgeBand[]): number | null {
  const index = bands.findIndex((band) => age >= band.min && (band.max === null || age <= band.max));
  return index < 0 ? null : index;
}
