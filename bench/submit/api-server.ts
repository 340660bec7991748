/**
 * The API for the benchmark, in a process of its own (as in production): the real app on a fresh
 * database, with the demo questionnaire published and a study-wide link. The per-link rate limit
 * is raised so the benchmark measures storing, not refusing (it is still counted in Redis).
 * Prints one line, `READY {"port":…,"token":…}`, when it listens.
 */
import 'reflect-metadata';
import { Test } from '@nestjs/testing';
import { LinksRepository, newLinkToken } from '@stemme/distribution';
import { loadConfig, withConfig } from '@stemme/platform';
import { contentHash, DEFAULT_AGE_BANDS, korusDemoQuestionnaire } from '@stemme/questionnaire';
import { NO_RECEIPT_HELP, QuestionnairesRepository, StudiesRepository } from '@stemme/studies';
import type { AddressInfo } from 'node:net';
import { AppModule } from '../../apps/api/src/app.module';
import { configureApp } from '../../apps/api/src/bootstrap';
import { DEFAULT_RESPONDENT_LIMITS, RespondentLimits } from '../../apps/api/src/respondent/support/respondent-limits';

async function main(): Promise<void> {
  const [databaseUrl, queuePrefix] = process.argv.slice(2);
  const config = withConfig(loadConfig({ NODE_ENV: 'production', LOG_LEVEL: 'warn' }), { database: { url: databaseUrl }, redis: { queuePrefix } });
  const moduleRef = await Test.createTestingModule({ imports: [AppModule.forRoot(config)] })
    .overrideProvider(RespondentLimits)
    .useValue({ ...DEFAULT_RESPONDENT_LIMITS, submissionsPerLinkPerSecond: 1_000_000 })
    .compile();
  const app = moduleRef.createNestApplication({ bodyParser: false, bufferLogs: true });
  configureApp(app);
  await app.listen(0, '127.0.0.1');

  const study = await app.get(StudiesRepository).create(
    {
      name: 'Benchmark',
      description: '',
      disclosureThreshold: 5,
      reportingMinimum: 10,
      ageBands: DEFAULT_AGE_BANDS.map((band) => ({ ...band })),
      languages: ['nb', 'en'],
      freeTextExport: false,
      unfinishedExpiryDays: 14,
      receiptHelp: NO_RECEIPT_HELP,
      createdBy: null,
    },
    false,
  );
  const questionnaires = app.get(QuestionnairesRepository);
  const { versions } = await questionnaires.createWithDraft(study.id, 'Brukerundersøkelsen 2026', korusDemoQuestionnaire, null);
  await questionnaires.withLockedVersion(versions[0].id, (version, manager) => questionnaires.markPublished(manager, version!.id, contentHash(version!.definition)));
  const [link] = await app.get(LinksRepository).createMany([
    {
      studyId: study.id,
      questionnaireVersionId: versions[0].id,
      token: newLinkToken(),
      kind: 'study',
      municipalityCode: null,
      label: 'Benchmark',
      opensAt: new Date(Date.now() - 60_000),
      closesAt: new Date(Date.now() + 86_400_000),
      responseCap: null,
      invitationOnly: false,
      createdBy: null,
    },
  ]);
  const { port } = app.getHttpServer().address() as AddressInfo;
  console.log(`READY ${JSON.stringify({ port, token: link.token, studyId: study.id, versionId: versions[0].id, linkId: link.id })}`);
  process.on('SIGTERM', () => {
    app.close().then(() => process.exit(0));
  });
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
