/**
 * Puts each validation problem where the designer can fix it. A problem's JSON path, e.g.
 * `$.pages[1].questions[3].options[2].code`, is read against the copy of the questionnaire that
 * was checked, so it is tied to that question's uiKey (not its position, which may have changed
 * since) and to one field the builder draws (`options[2].code`). Anything the builder has no
 * field for is shown on the nearest page, question or questionnaire instead.
 */
import type { PathProblem } from '@questionnaire/browser';
import type { EditorDefinition } from './editor-model';

export type ProblemScope = 'definition' | 'page' | 'question';

export interface AnchoredProblem extends PathProblem {
  scope: ProblemScope;
  /** The uiKey of the page or question; empty for the whole questionnaire. */
  ownerKey: string;
  /** The field within the owner, e.g. "text.nb", "options[2].code", "condition[0].value"; "" for the owner itself. */
  field: string;
}

const LANG = '(?:nb|nn|en)';
const QUESTION_FIELDS = [
  /^variable$/,
  new RegExp(`^(?:text|help)\\.${LANG}$`),
  /^options$/,
  new RegExp(`^options\\[\\d+\\]\\.(?:code|label\\.${LANG})$`),
  /^scale\.(?:points|dontKnow\.code)$/,
  new RegExp(`^scale\\.(?:lowLabel|highLabel|dontKnow\\.label)\\.${LANG}$`),
  /^items$/,
  new RegExp(`^items\\[\\d+\\]\\.(?:variable|code|text\\.${LANG})$`),
  /^(?:min|max|minAge|maxAge|minSelections|maxSelections|maxLength|numberType)$/,
];
const PAGE_FIELDS = [/^id$/, new RegExp(`^title\\.${LANG}$`), /^questions$/];

/** The field of a question or page the builder draws for a path below it. */
export function fieldFor(rest: string, scope: 'page' | 'question'): string {
  const condition = rest.match(/^condition(?:\.(?:all|any)\[(\d+)\](?:\.(variable|op|value))?)?/);
  if (condition) {
    if (condition[1] === undefined || /^condition\.(?:all|any)\[\d+\]\.(?:all|any)/.test(rest)) return 'condition';
    return condition[2] ? `condition[${condition[1]}].${condition[2]}` : `condition[${condition[1]}]`;
  }
  const known = scope === 'question' ? QUESTION_FIELDS : PAGE_FIELDS;
  let candidate = rest;
  while (candidate) {
    if (known.some((pattern) => pattern.test(candidate))) return candidate;
    candidate = candidate.replace(/(?:\.[^.[\]]+|\[\d+\])$/, '');
  }
  return '';
}

export function anchorProblems(problems: readonly PathProblem[], checked: EditorDefinition): AnchoredProblem[] {
  return problems.map((problem) => anchorProblem(problem, checked));
}

export function anchorProblem(problem: PathProblem, checked: EditorDefinition): AnchoredProblem {
  const question = problem.path.match(/^\$\.pages\[(\d+)\]\.questions\[(\d+)\](?:\.(.*))?$/);
  if (question) {
    const owner = checked.pages[Number(question[1])]?.questions[Number(question[2])];
    if (owner) return { ...problem, scope: 'question', ownerKey: owner.uiKey, field: fieldFor(question[3] ?? '', 'question') };
  }
  const page = problem.path.match(/^\$\.pages\[(\d+)\](?:\.(.*))?$/);
  if (page) {
    const owner = checked.pages[Number(page[1])];
    if (owner) return { ...problem, scope: 'page', ownerKey: owner.uiKey, field: fieldFor(page[2] ?? '', 'page') };
  }
  const field = /^\$\.languages/.test(problem.path) ? 'languages' : problem.path === '$.pages' ? 'pages' : '';
  return { ...problem, scope: 'definition', ownerKey: '', field };
}

/** The id of the control a field is drawn with; the builder's inputs use the same function. */
export function fieldId(ownerKey: string, field: string): string {
  const safe = field.replace(/[^A-Za-z0-9]+/g, '-').replace(/-$/, '');
  return ownerKey ? `f-${ownerKey}${safe ? `-${safe}` : ''}` : `f-definition${safe ? `-${safe}` : ''}`;
}

export interface ProblemIndex {
  all: AnchoredProblem[];
  at: (ownerKey: string, field: string) => AnchoredProblem[];
  countFor: (ownerKey: string) => number;
}

export function indexProblems(problems: AnchoredProblem[]): ProblemIndex {
  const byField = new Map<string, AnchoredProblem[]>();
  const byOwner = new Map<string, number>();
  for (const problem of problems) {
    const key = `${problem.ownerKey}|${problem.field}`;
    byField.set(key, [...(byField.get(key) ?? []), problem]);
    byOwner.set(problem.ownerKey, (byOwner.get(problem.ownerKey) ?? 0) + 1);
  }
  return {
    all: problems,
    at: (ownerKey, field) => byField.get(`${ownerKey}|${field}`) ?? [],
    countFor: (ownerKey) => byOwner.get(ownerKey) ?? 0,
  };
}
