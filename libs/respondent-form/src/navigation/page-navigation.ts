/**
 * One page at a time: which pages a respondent sees, where they are, and where "Neste" and
 * "Tilbake" lead. A page is shown when its condition holds and at least one of its questions is
 * visible and not skipped: a page whose questions are all hidden would only be an empty step.
 */
import { resolveVisibility, type Answers, type Page, type QuestionnaireDefinition } from '@stemme/questionnaire';

export interface NavigationOptions {
  /**
   * Question variables the link already answers (such as the municipality of a per-municipality
   * link): never shown, and expected in the answers.
   */
  skipVariables?: Iterable<string>;
}

export interface PageNavigation {
  pageId: string;
  /** 1-based position among the pages shown, for "Side 2 av 5". */
  pageNumber: number;
  pageCount: number;
  previousPageId: string | undefined;
  nextPageId: string | undefined;
  isFirstPage: boolean;
  isLastPage: boolean;
}

export function visiblePages(definition: QuestionnaireDefinition, answers: Answers, options: NavigationOptions = {}): Page[] {
  const visibility = resolveVisibility(definition, answers);
  const skip = new Set(options.skipVariables ?? []);
  return definition.pages.filter(
    (page) => visibility.pageIds.has(page.id) && page.questions.some((question) => !skip.has(question.variable) && visibility.variables.has(question.variable)),
  );
}

export function firstPageId(definition: QuestionnaireDefinition, answers: Answers, options: NavigationOptions = {}): string | undefined {
  return visiblePages(definition, answers, options)[0]?.id;
}

/**
 * Where the respondent stands on `pageId`. A page the answers have just hidden still counts as
 * where the respondent is, so "Neste" and "Tilbake" lead on from it in questionnaire order.
 */
export function pageNavigation(definition: QuestionnaireDefinition, answers: Answers, pageId: string, options: NavigationOptions = {}): PageNavigation {
  const index = definition.pages.findIndex((page) => page.id === pageId);
  if (index < 0) throw new RangeError(`The questionnaire has no page "${pageId}"`);
  const shown = new Set(visiblePages(definition, answers, options).map((page) => page.id));
  shown.add(pageId);
  const pages = definition.pages.filter((page) => shown.has(page.id));
  const position = pages.findIndex((page) => page.id === pageId);
  return {
    pageId,
    pageNumber: position + 1,
    pageCount: pages.length,
    previousPageId: pages[position - 1]?.id,
    nextPageId: pages[position + 1]?.id,
    isFirstPage: position === 0,
    isLastPage: position === pages.length - 1,
  };
}
