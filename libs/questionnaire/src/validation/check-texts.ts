/** Languages, and a text in every enabled language wherever the respondent reads one. */
import type { Language, Question, QuestionnaireDefinition, Texts } from '../definition/types';
import { pagePath, questionPath, type DefinitionProblem } from './definition-problem';

export function checkLanguages(definition: QuestionnaireDefinition): DefinitionProblem[] {
  const problems: DefinitionProblem[] = [];
  if (!definition.languages.includes('nb')) {
    problems.push({ path: '$.languages', code: 'missing_nb_language', message: 'Bokmål ("nb") must be one of the languages.' });
  }
  definition.languages.forEach((language, index) => {
    if (definition.languages.indexOf(language) !== index) {
      problems.push({ path: `$.languages[${index}]`, code: 'duplicate_language', message: `"${language}" is listed twice.` });
    }
  });
  return problems;
}

export function checkTexts(definition: QuestionnaireDefinition): DefinitionProblem[] {
  const languages = [...new Set(definition.languages)];
  const problems: DefinitionProblem[] = [];
  const check = (texts: Texts, path: string) => {
    for (const language of languages) {
      if (!texts[language]?.trim()) problems.push({ path: `${path}.${language}`, code: 'missing_text', message: `Missing text in ${languageName(language)}.` });
    }
  };
  definition.pages.forEach((page, pageIndex) => {
    check(page.title, `${pagePath(pageIndex)}.title`);
    page.questions.forEach((question, questionIndex) => {
      for (const [texts, path] of textsOf(question, questionPath(pageIndex, questionIndex))) check(texts, path);
    });
  });
  return problems;
}

function textsOf(question: Question, path: string): Array<[Texts, string]> {
  const texts: Array<[Texts, string]> = [[question.text, `${path}.text`]];
  if (question.help) texts.push([question.help, `${path}.help`]);
  if (question.type === 'single_choice' || question.type === 'multiple_choice') {
    question.options.forEach((option, index) => texts.push([option.label, `${path}.options[${index}].label`]));
  }
  if (question.type === 'likert' || question.type === 'matrix') {
    const { scale } = question;
    texts.push([scale.lowLabel, `${path}.scale.lowLabel`], [scale.highLabel, `${path}.scale.highLabel`]);
    if (scale.dontKnow) texts.push([scale.dontKnow.label, `${path}.scale.dontKnow.label`]);
  }
  if (question.type === 'matrix') question.items.forEach((item, index) => texts.push([item.text, `${path}.items[${index}].text`]));
  return texts;
}

function languageName(language: Language): string {
  return { nb: 'bokmål (nb)', nn: 'nynorsk (nn)', en: 'English (en)' }[language];
}
