import { INestApplication } from '@nestjs/common';
import { AggregationRepository } from '@stemme/aggregation';
import { StudyAccessService } from '@stemme/identity';
import { DEFAULT_AGE_BANDS, type QuestionnaireDefinition } from '@stemme/questionnaire';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Response, Test } from 'supertest';
import { DataSource } from 'typeorm';
import { SeededRandom } from '../../../libs/statistics/src/testing/seeded-random';
import { ageQuestion, definitionWith, likert, matrix, multipleChoice, numberQuestion, singleChoice, textQuestion } from '../../../libs/questionnaire/src/testing/questionnaire-factory';
import { insertResponses, publishedStudy, randomResponses, type KnownResponse, type TestStudy } from '../../aggregation/support/cube-factories';
import { eventually, startWorker } from '../../aggregation/support/worker-apps';
import { loggedInAs, type LoggedIn } from '../../support/auth';
import { createTestApp, type TestContext } from '../../support/test-app';

/** Kongsvinger, in Innlandet, where the random responses never come from. */
export const SMALL_COUNTY = { municipalityCode: '3401', countyCode: '34' };

/** Every counted kind, and a free-text question. */
export function exportDefinition(): QuestionnaireDefinition {
  return definitionWith(
    singleChoice('q_gender'),
    likert('q_trust'),
    matrix('q_m', ['q_m_a', 'q_m_b']),
    multipleChoice('q_channels'),
    numberQuestion('q_hours', { numberType: 'decimal', min: 0, max: 40 }),
    ageQuestion('q_age', { min: 18, max: 99 }),
    textQuestion('q_comment', 'long_text'),
  );
}

export interface ExportWorld {
  ctx: TestContext;
  worker: INestApplication;
  dataSource: DataSource;
  study: TestStudy;
  responses: KnownResponse[];
  designer: LoggedIn;
  dataDir: string;
  close(): Promise<void>;
}

/**
 * The api and a worker on one database, Redis prefix and data directory, and a study with random
 * responses from large and small municipalities (so that some groups are pooled and some hidden),
 * its cube rebuilt, and a designer with access to it.
 */
export async function exportWorld(options: { responses?: number; seed?: number; freeTextExport?: boolean } = {}): Promise<ExportWorld> {
  const dataDir = await mkdtemp(join(tmpdir(), 'stemme-exports-'));
  const ctx = await createTestApp({ dataDir });
  const worker = await startWorker(ctx.config);
  const dataSource = ctx.app.get(DataSource);
  const study = await publishedStudy(dataSource, { definition: exportDefinition(), ageBands: DEFAULT_AGE_BANDS.map((band) => ({ ...band })) });
  await dataSource.query(`UPDATE "study" SET "name" = 'Brukerundersøkelsen – test', "free_text_export" = $2 WHERE "id" = $1`, [study.studyId, options.freeTextExport ?? false]);
  const random = new SeededRandom(options.seed ?? 7);
  // Three from a county with no other responses: a county under the threshold, which every export must hide.
  const responses = [...randomResponses(random, study, options.responses ?? 600), ...randomResponses(random, study, 3, [{ place: SMALL_COUNTY, weight: 1 }])];
  await insertResponses(dataSource, study, responses);
  await ctx.app.get(AggregationRepository, { strict: false }).rebuild(study.studyId);
  const designer = await loggedInAs(ctx, 'designer');
  await ctx.app.get(StudyAccessService, { strict: false }).grant(designer.user.id, study.studyId);
  return {
    ctx,
    worker,
    dataSource,
    study,
    responses,
    designer,
    dataDir,
    close: async () => {
      await worker.close();
      await ctx.close();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

/** Asks for an export and waits until the worker has made it (or failed). */
export async function exportAndWait(user: LoggedIn, studyId: string, body: object, timeoutMs = 90_000): Promise<{ id: string; status: string; [key: string]: unknown }> {
  const created = await user.post(`/api/studies/${studyId}/exports`).send(body);
  if (created.status !== 202) throw new Error(`Asking for the export failed: ${created.status} ${JSON.stringify(created.body)}`);
  return waitForExport(user, created.body.id, timeoutMs);
}

export async function waitForExport(user: LoggedIn, id: string, timeoutMs = 90_000): Promise<{ id: string; status: string; [key: string]: unknown }> {
  return eventually(
    `export ${id} to finish`,
    async () => (await user.get(`/api/exports/${id}`)).body,
    (job) => job.status === 'done' || job.status === 'failed',
    timeoutMs,
  );
}

/** Downloads a finished export into a file of its own; answers the path and the response. */
export async function download(user: LoggedIn, id: string, dir: string): Promise<{ path: string; response: Response }> {
  const response = await user.get(`/api/exports/${id}/download`).buffer(true).parse(binary);
  if (response.status !== 200) throw new Error(`Download failed: ${response.status} ${response.body}`);
  const name = /filename="([^"]+)"/.exec(String(response.headers['content-disposition']))?.[1] ?? `${id}.bin`;
  const path = join(dir, `${id.slice(0, 8)}-${name}`);
  await writeFile(path, response.body as Buffer);
  return { path, response };
}

/** A supertest parser that keeps the body as bytes. */
export const binary: Parameters<Test['parse']>[0] = (response, callback) => {
  const chunks: Buffer[] = [];
  response.on('data', (chunk: Buffer) => chunks.push(chunk));
  response.on('end', () => callback(null, Buffer.concat(chunks)));
  response.on('error', (error: Error) => callback(error, Buffer.alloc(0)));
};
