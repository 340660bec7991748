/**
 * What happens after a page is sent: show it again (problems, or new follow-up questions), go to
 * another page, save for later, or submit. Pure, so the HTTP layer only stores and redirects.
 *
 * Without JavaScript, a live follow-up question stays hidden until the page is sent; if the
 * answers reveal one that was not on screen, the page comes back with it instead of moving on.
 * Answers to questions that turn out hidden are dropped, never refused.
 */
import {
  answerFields,
  resolveVisibility,
  validateAnswers,
  type Answers,
  type IsoDate,
  type Language,
  type QuestionnaireDefinition,
} from '@stemme/questionnaire';
import { pageNavigation } from '../navigation/page-navigation';
import { pageQuestions } from '../navigation/page-questions';
import { problemFor, type FieldProblems, type FormBody } from './form-fields';
import { parsePagePost } from './parse-page-post';

export interface PagePostInput {
  definition: QuestionnaireDefinition;
  pageId: string;
  body: FormBody;
  language: Language;
  /** The answers saved before this post, with the skipped questions already answered. */
  savedAnswers: Answers;
  skipVariables?: Iterable<string>;
  /** The submission's calendar date in Norway, for year-of-birth limits. */
  today: IsoDate;
  knownMunicipalities?: ReadonlySet<string>;
}

export interface PageToShow {
  pageId: string;
  /** To fill in the form again, including answers with problems. */
  answers: Answers;
  problems: FieldProblems;
  rawText: Record<string, string>;
  /** Live questions that appeared when the page was sent without JavaScript. */
  newQuestions: string[];
}

/** `save` holds the answers to visible questions without problems: what may be stored. */
export type PagePostOutcome =
  | { kind: 'show_page'; save: Answers; page: PageToShow }
  | { kind: 'go_to_page'; save: Answers; pageId: string }
  | { kind: 'save_for_later'; save: Answers; pageId: string }
  | { kind: 'submit'; save: Answers };

export function pagePostOutcome(input: PagePostInput): PagePostOutcome {
  const { definition, pageId, language } = input;
  const skip = [...(input.skipVariables ?? [])];
  const post = parsePagePost(definition, pageId, input.body, { language, skipVariables: skip });
  const answers: Answers = { ...input.savedAnswers, ...post.answers };
  const problems = problemsByVariable(definition, answers, input, skip, post.problems);
  const save = withoutProblems(resolveVisibility(definition, answers).answers, problems);
  const pageVariables = new Set(Object.keys(post.answers));
  const pageProblems = pick(problems, (variable) => pageVariables.has(variable));
  const show = (shownPageId: string, shownProblems: FieldProblems, newQuestions: string[] = []): PagePostOutcome => ({
    kind: 'show_page',
    save,
    page: { pageId: shownPageId, answers, problems: shownProblems, rawText: post.rawText, newQuestions },
  });

  const navigation = pageNavigation(definition, answers, pageId, { skipVariables: skip });
  if (post.action === 'back') return { kind: 'go_to_page', save, pageId: navigation.previousPageId ?? pageId };
  if (post.action === 'save') return { kind: 'save_for_later', save, pageId };

  const newQuestions = pageQuestions(definition, pageId, answers, { skipVariables: skip })
    .questions.filter((entry) => entry.liveCondition && entry.visible && !post.shownQuestions.includes(entry.question.variable))
    .map((entry) => entry.question);
  if (newQuestions.length > 0) {
    const unseen = new Set(newQuestions.flatMap((question) => (question.type === 'matrix' ? question.items.map((item) => item.variable) : [question.variable])));
    return show(pageId, pick(pageProblems, (variable) => !unseen.has(variable)), newQuestions.map((question) => question.variable));
  }
  if (Object.keys(pageProblems).length > 0) return show(pageId, pageProblems);
  if (!navigation.isLastPage && navigation.nextPageId) return { kind: 'go_to_page', save, pageId: navigation.nextPageId };

  const firstProblemPage = firstPageWithProblems(definition, problems);
  if (firstProblemPage) return show(firstProblemPage.pageId, firstProblemPage.problems);
  return { kind: 'submit', save };
}

/** Format problems first; then the core's rules, leaving out hidden and unknown answers (dropped, not refused). */
function problemsByVariable(
  definition: QuestionnaireDefinition,
  answers: Answers,
  input: PagePostInput,
  skip: readonly string[],
  formatProblems: FieldProblems,
): FieldProblems {
  const skipped = new Set(answerFields(definition).filter((field) => skip.includes(field.question.variable)).map((field) => field.variable));
  const problems: Record<string, string> = {};
  const options = { language: input.language, today: input.today, knownMunicipalities: input.knownMunicipalities };
  for (const problem of validateAnswers(definition, answers, options)) {
    if (problem.code === 'answered_hidden_question' || problem.code === 'unknown_variable' || skipped.has(problem.variable)) continue;
    problems[problem.variable] = problemFor(formatProblems, problem.variable) ?? problem.message;
  }
  for (const [variable, message] of Object.entries(formatProblems)) problems[variable] = message;
  return problems;
}

function firstPageWithProblems(definition: QuestionnaireDefinition, problems: FieldProblems): { pageId: string; problems: FieldProblems } | undefined {
  const field = answerFields(definition).find((candidate) => problemFor(problems, candidate.variable) !== undefined);
  if (!field) return undefined;
  const page = definition.pages[field.pageIndex];
  const onPage = new Set(answerFields(definition).filter((candidate) => candidate.pageIndex === field.pageIndex).map((candidate) => candidate.variable));
  return { pageId: page.id, problems: pick(problems, (variable) => onPage.has(variable)) };
}

function withoutProblems(answers: Answers, problems: FieldProblems): Answers {
  return Object.fromEntries(Object.entries(answers).filter(([variable]) => problemFor(problems, variable) === undefined));
}

function pick(problems: FieldProblems, keep: (variable: string) => boolean): FieldProblems {
  return Object.fromEntries(Object.entries(problems).filter(([variable]) => keep(variable)));
}
