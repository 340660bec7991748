/**
 * The questions a page renders, and which of them the browser shows and hides live.
 *
 * A question whose condition looks at an answer on the same page is "live": it is always in the
 * page, with its condition for the enhancement script, and with the `hidden` attribute while the
 * condition is false. Terms about answers on other pages (and skipped questions) are decided here,
 * so the page carries no earlier answers and the script only reads the page's own fields.
 */
import {
  answerVariablesOf,
  conditionContextFor,
  evaluateCondition,
  resolveVisibility,
  type Answers,
  type Condition,
  type ConditionNode,
  type Question,
  type QuestionnaireDefinition,
} from '@stemme/questionnaire';
import type { NavigationOptions } from './page-navigation';

export interface PageQuestion {
  question: Question;
  /** Visible with these answers; a hidden live question is rendered with `hidden`. */
  visible: boolean;
  /** Only the terms about this page's fields are left; undefined when not live. */
  liveCondition?: Condition;
}

export interface PageQuestions {
  questions: PageQuestion[];
  /** "Don't know" codes of the Likert fields live conditions look at, for `greater`/`less`. */
  dontKnowCodes: Record<string, number>;
}

export function pageQuestions(definition: QuestionnaireDefinition, pageId: string, answers: Answers, options: NavigationOptions = {}): PageQuestions {
  const page = definition.pages.find((candidate) => candidate.id === pageId);
  if (!page) throw new RangeError(`The questionnaire has no page "${pageId}"`);
  const skip = new Set(options.skipVariables ?? []);
  const visibility = resolveVisibility(definition, answers);
  const context = conditionContextFor(definition);
  const onPage = new Set<string>();
  const questions: PageQuestion[] = [];

  for (const question of page.questions) {
    if (skip.has(question.variable)) continue;
    const visible = visibility.variables.has(question.variable);
    const decided = question.condition ? decideOtherTerms(question.condition, onPage, (term) => evaluateCondition({ all: [term] }, visibility.answers, context)) : true;
    if (typeof decided === 'boolean' && !visible) continue;
    questions.push(typeof decided === 'boolean' ? { question, visible } : { question, visible, liveCondition: asCondition(decided) });
    for (const variable of answerVariablesOf(question)) onPage.add(variable);
  }

  const used = new Set(questions.flatMap((entry) => (entry.liveCondition ? conditionVariables(entry.liveCondition) : [])));
  const dontKnowCodes: Record<string, number> = {};
  for (const [variable, code] of Object.entries(context.dontKnowCodes ?? {})) if (used.has(variable)) dontKnowCodes[variable] = code;
  return { questions, dontKnowCodes };
}

function conditionVariables(node: ConditionNode): string[] {
  if ('all' in node) return node.all.flatMap(conditionVariables);
  if ('any' in node) return node.any.flatMap(conditionVariables);
  return [node.variable];
}

/** The questions the browser shows and hides live, by question variable. */
export function liveQuestionVariables(questions: readonly PageQuestion[]): string[] {
  return questions.filter((entry) => entry.liveCondition).map((entry) => entry.question.variable);
}

/**
 * Replaces every term about a variable not in `live` by its value and simplifies: the result is
 * true, false, or a condition over live variables only.
 */
function decideOtherTerms(node: ConditionNode, live: ReadonlySet<string>, decide: (term: ConditionNode) => boolean): ConditionNode | boolean {
  if (!('all' in node) && !('any' in node)) return live.has(node.variable) ? node : decide(node);
  const isAll = 'all' in node;
  const children = (isAll ? node.all : node.any).map((child) => decideOtherTerms(child, live, decide));
  if (children.includes(!isAll)) return !isAll;
  const open = children.filter((child): child is ConditionNode => typeof child !== 'boolean');
  if (open.length === 0) return isAll;
  if (open.length === 1) return open[0];
  return isAll ? { all: open } : { any: open };
}

function asCondition(node: ConditionNode): Condition {
  return 'all' in node || 'any' in node ? node : { all: [node] };
}
