/** Factories for respondent tests: a published questionnaire, links, and valid answers. */
import { korusDemoQuestionnaire, type Answers, type Language, type QuestionnaireDefinition } from '@stemme/questionnaire';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { loggedInAs, type LoggedIn } from '../../support/auth';
import type { TestContext } from '../../support/test-app';

export interface PublishedSurvey {
  designer: LoggedIn;
  studyId: string;
  versionId: string;
}

/** A study with a questionnaire published (the KoRus-style demo unless another is given). */
export async function publishedSurvey(
  ctx: TestContext,
  options: { definition?: QuestionnaireDefinition; languages?: Language[]; designer?: LoggedIn; unfinishedExpiryDays?: number } = {},
): Promise<PublishedSurvey> {
  const designer = options.designer ?? (await loggedInAs(ctx, 'designer'));
  const definition = options.definition ?? korusDemoQuestionnaire;
  const study = await designer
    .post('/api/studies')
    .send({ name: `Studie ${randomUUID().slice(0, 8)}`, languages: options.languages ?? definition.languages, unfinishedExpiryDays: options.unfinishedExpiryDays ?? 14 })
    .expect(201);
  const questionnaire = await designer.post(`/api/studies/${study.body.id}/questionnaires`).send({ title: 'Brukerundersøkelsen 2026', definition }).expect(201);
  const versionId: string = questionnaire.body.versions[0].id;
  await designer.post(`/api/questionnaire-versions/${versionId}/publish`).expect(200);
  return { designer, studyId: study.body.id, versionId };
}

export interface LinkDto {
  id: string;
  token: string;
  url: string;
  kind: 'study' | 'municipality';
  municipalityCode: string | null;
  label: string;
  status: string;
  paused: boolean;
  responseCap: number | null;
  responsesCounted: number | null;
  invitationOnly: boolean;
}

const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString();

/** An open link (from an hour ago to 30 days ahead) unless the body says otherwise. */
export async function createLink(survey: PublishedSurvey, body: Record<string, unknown> = {}): Promise<LinkDto> {
  const response = await survey.designer
    .post(`/api/questionnaire-versions/${survey.versionId}/links`)
    .send({ opensAt: inDays(-1 / 24), closesAt: inDays(30), ...body });
  if (response.status !== 201) throw new Error(`Making a link failed: ${response.status} ${JSON.stringify(response.body)}`);
  return response.body;
}

export { inDays };

/** Complete, valid answers to the demo questionnaire; the municipality is Bergen unless overridden. */
export function demoAnswers(changes: Record<string, Answers[string] | undefined> = {}): Record<string, unknown> {
  const answers: Record<string, unknown> = {
    q01_services: [1, 2],
    q02_duration: 3,
    q04_admitted: 2,
    q05_easy_to_get_help: 4,
    q12a_listened_to: 5,
    q13_family_involved: 9,
    q16_fits_needs: 4,
    q20_contact_person: 1,
    q21_contact_person_reachable: 4,
    q22_contact_person_trust: 5,
    q29_daytime: [3],
    q32_housing: 1,
    q33_happy_with_home: 4,
    q37_municipality: '4601',
    q38_age: 21,
    q41_anything_else: 'Takk for hjelpen.',
    ...changes,
  };
  for (const [variable, value] of Object.entries(answers)) if (value === undefined) delete answers[variable];
  return answers;
}

/** Posts a response through the JSON API. */
export function submit(ctx: TestContext, token: string, body: { submissionId?: string; language?: Language; answers?: Record<string, unknown>; invitationCode?: string } = {}) {
  return ctx
    .http()
    .post(`/api/s/${token}/responses`)
    .send({ submissionId: body.submissionId ?? randomUUID(), language: body.language ?? 'nb', answers: body.answers ?? demoAnswers(), ...(body.invitationCode ? { invitationCode: body.invitationCode } : {}) });
}

/** The stored responses of a link, as rows. */
export function responsesOf(ctx: TestContext, linkId: string): Promise<Record<string, unknown>[]> {
  return ctx.app
    .get(DataSource)
    .query(`SELECT *, to_char("submitted_on", 'YYYY-MM-DD') AS "submittedOnText" FROM "response" WHERE "link_id" = $1 ORDER BY "id"`, [linkId]);
}
