/**
 * The questions the results API can count, read from the study's published versions the way the
 * API reads them (libs/aggregation question-catalogue): the newest version's wording, matrix items
 * one by one, and no text, date or municipality questions.
 */
import { answerFields, type QuestionnaireDefinition, type Texts } from '@questionnaire/browser';
import { questionnaires } from '../../../api/endpoints';
import type { StatisticKind } from '../../../api/results';
import { textIn } from './localized';

export interface CatalogueQuestion {
  questionnaireId: string;
  questionnaireTitle: string;
  variable: string;
  text: Texts;
  /** A matrix item's own text; the question's text is `text`. */
  itemText?: Texts;
  kind: StatisticKind;
}

export interface Catalogue {
  questions: CatalogueQuestion[];
  /** More than one questionnaire has published versions: the API needs to be told which. */
  severalQuestionnaires: boolean;
}

const KINDS: Record<string, StatisticKind> = {
  single_choice: 'choice',
  likert: 'scale',
  matrix: 'scale',
  multiple_choice: 'multiple',
  number: 'number',
  age: 'number',
  year_of_birth: 'number',
};

export function questionsOf(questionnaireId: string, questionnaireTitle: string, definitionsOldestFirst: readonly QuestionnaireDefinition[]): CatalogueQuestion[] {
  const byVariable = new Map<string, CatalogueQuestion>();
  for (const definition of [...definitionsOldestFirst].reverse()) {
    for (const field of answerFields(definition)) {
      const kind = KINDS[field.question.type];
      if (!kind || byVariable.has(field.variable)) continue;
      byVariable.set(field.variable, { questionnaireId, questionnaireTitle, variable: field.variable, text: field.question.text, itemText: field.item?.text, kind });
    }
  }
  return [...byVariable.values()];
}

export async function loadCatalogue(studyId: string): Promise<Catalogue> {
  const list = await questionnaires.listOfStudy(studyId);
  const withPublished = list
    .map((questionnaire) => ({
      questionnaire,
      published: questionnaire.versions.filter((version) => version.status === 'published').sort((a, b) => a.versionNumber - b.versionNumber),
    }))
    .filter((entry) => entry.published.length > 0);
  const perQuestionnaire = await Promise.all(
    withPublished.map(async ({ questionnaire, published }) => {
      const versions = await Promise.all(published.map((version) => questionnaires.version(version.id)));
      return questionsOf(
        questionnaire.id,
        questionnaire.title,
        versions.map((version) => version.definition),
      );
    }),
  );
  return { questions: perQuestionnaire.flat(), severalQuestionnaires: withPublished.length > 1 };
}

export function questionLabel(question: CatalogueQuestion, language: 'nb' | 'en'): string {
  const text = textIn(question.text, language);
  return question.itemText ? `${text} – ${textIn(question.itemText, language)}` : text;
}
