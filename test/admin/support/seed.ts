/** Studies and questionnaires made through the API, for tests that start in the middle. */
import type { QuestionnaireDefinition } from '../../../libs/questionnaire/src/definition/types';
import { loginAs, type TestUser } from '../../support/auth';
import type { TestContext } from '../../support/test-app';

export interface Seeded {
  studyId: string;
  questionnaireId: string;
  versionId: string;
}

export const threeQuestions: QuestionnaireDefinition = {
  formatVersion: 1,
  languages: ['nb'],
  pages: [
    {
      id: 'side_1',
      title: { nb: 'Om deg' },
      questions: [
        { type: 'age', variable: 'alder', text: { nb: 'Hvor gammel er du?' } },
        { type: 'municipality', variable: 'kommune', text: { nb: 'Hvilken kommune bor du i?' } },
        { type: 'short_text', variable: 'yrke', text: { nb: 'Hva er yrket ditt?' } },
      ],
    },
  ],
};

export async function seedQuestionnaire(ctx: TestContext, user: TestUser, definition: QuestionnaireDefinition = threeQuestions): Promise<Seeded> {
  const session = await loginAs(ctx, user);
  const study = await session.post('/api/studies').send({ name: 'Studie for tastatur', languages: definition.languages }).expect(201);
  const questionnaire = await session.post(`/api/studies/${study.body.id}/questionnaires`).send({ title: 'Skjema', definition }).expect(201);
  return { studyId: study.body.id, questionnaireId: questionnaire.body.id, versionId: questionnaire.body.versions[0].id };
}

export async function savedDefinition(ctx: TestContext, user: TestUser, versionId: string): Promise<QuestionnaireDefinition> {
  const session = await loginAs(ctx, user);
  const response = await session.get(`/api/questionnaire-versions/${versionId}`).expect(200);
  return response.body.definition;
}
