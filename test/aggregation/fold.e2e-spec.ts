import { AggregationRepository } from '@stemme/aggregation';
import { UnprocessableError } from '@stemme/platform';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { SeededRandom } from '../../libs/statistics/src/testing/seeded-random';
import { createTestApp, TestContext } from '../support/test-app';
import { insertResponses, KnownResponse, publishedStudy, publishVersion, randomBatches, randomResponses, TestStudy } from './support/cube-factories';
import { cubeOf, entries, expectedCube } from './support/cube-oracle';

describe('folding responses into the count cube', () => {
  let ctx: TestContext;
  let dataSource: DataSource;
  let cube: AggregationRepository;

  beforeAll(async () => {
    ctx = await createTestApp();
    dataSource = ctx.app.get(DataSource);
    cube = ctx.app.get(AggregationRepository);
  });

  afterAll(async () => {
    await ctx.close();
  });

  const withVersion = (study: TestStudy, responses: KnownResponse[], versionId = study.versionId) => responses.map((response) => ({ ...response, versionId }));

  it('counts every answer of responses folded in random batches exactly once', async () => {
    const random = new SeededRandom(5);
    const study = await publishedStudy(dataSource);
    const responses = randomResponses(random, study, 1500);
    let folded = 0;
    for (const batch of randomBatches(random, responses, 120)) {
      await insertResponses(dataSource, study, batch);
      if (random.chance(0.4)) folded += (await cube.fold(study.studyId)).responses;
    }
    folded += (await cube.fold(study.studyId)).responses;

    expect(folded).toBe(1500);
    expect(entries(await cubeOf(dataSource, [study.versionId]))).toEqual(entries(expectedCube(withVersion(study, responses))));
    expect((await cube.findState(study.studyId))?.foldedCount).toBe('1500');
    expect((await cube.fold(study.studyId)).responses).toBe(0);
  });

  it('gives exactly the same cube from a rebuild as from folding in random batches, over two versions', async () => {
    const random = new SeededRandom(8);
    const study = await publishedStudy(dataSource);
    const second = await publishVersion(dataSource, study.questionnaireId, 2, study.definition);
    const known: (KnownResponse & { versionId: string })[] = [];
    for (const batch of randomBatches(random, randomResponses(random, study, 2000), 300)) {
      const versionId = random.chance(0.5) ? study.versionId : second;
      await insertResponses(dataSource, study, batch, versionId);
      known.push(...withVersion(study, batch, versionId));
      if (random.chance(0.5)) await cube.fold(study.studyId);
    }
    await cube.fold(study.studyId);
    const folded = entries(await cubeOf(dataSource, [study.versionId, second]));

    const rebuilt = await cube.rebuild(study.studyId);
    expect(rebuilt.responses).toBe(2000);
    expect(entries(await cubeOf(dataSource, [study.versionId, second]))).toEqual(folded);
    expect(folded).toEqual(entries(expectedCube(known)));
    expect((await cube.fold(study.studyId)).responses).toBe(0);
  });

  it('counts a response whose transaction was still open during a fold once, at a later fold', async () => {
    const random = new SeededRandom(13);
    const study = await publishedStudy(dataSource);
    const [late, early, after] = [randomResponses(random, study, 3), randomResponses(random, study, 4), randomResponses(random, study, 5)];
    const open = dataSource.createQueryRunner();
    let openTxid: string | undefined;
    await open.connect();
    try {
      await open.startTransaction();
      // The open transaction takes its id now, before the others: below the coming watermark.
      const [{ txid }] = await open.manager.query(`SELECT current_txid()::text AS "txid"`);
      openTxid = txid;
      await insertResponses(dataSource, study, early);
      expect((await cube.fold(study.studyId)).responses).toBe(4);
      await insertResponses(open.manager, study, late);
      await insertResponses(dataSource, study, after);
      expect((await cube.fold(study.studyId)).responses).toBe(5);
      expect((await cube.findState(study.studyId))?.pendingTxids).toContain(openTxid);
      await open.commitTransaction();
    } finally {
      await open.release();
    }
    expect((await cube.fold(study.studyId)).responses).toBe(3);
    expect(entries(await cubeOf(dataSource, [study.versionId]))).toEqual(entries(expectedCube(withVersion(study, [...early, ...after, ...late]))));
    // Other transactions on the server may be pending too (snapshots span every database); this one is not.
    expect((await cube.findState(study.studyId))?.pendingTxids).not.toContain(openTxid);
  });

  it('never counts a response twice when folds, a rebuild and submissions run at the same time', async () => {
    const random = new SeededRandom(21);
    const study = await publishedStudy(dataSource);
    const responses = randomResponses(random, study, 1200);
    const batches = randomBatches(random, responses, 40);
    let inserting = true;
    const submit = async (share: KnownResponse[][]) => {
      for (const batch of share) await insertResponses(dataSource, study, batch);
    };
    const foldLoop = async () => {
      let counted = 0;
      while (inserting) counted += (await cube.fold(study.studyId)).responses;
      return counted;
    };
    const folders = [foldLoop(), foldLoop()];
    const rebuilding = new Promise((resolve) => setTimeout(resolve, 150)).then(() => cube.rebuild(study.studyId));
    await Promise.all([0, 1, 2].map((lane) => submit(batches.filter((_, index) => index % 3 === lane))));
    await rebuilding;
    inserting = false;
    await Promise.all(folders);
    await cube.fold(study.studyId);

    expect(entries(await cubeOf(dataSource, [study.versionId]))).toEqual(entries(expectedCube(withVersion(study, responses))));
    expect((await cube.findState(study.studyId))?.foldedCount).toBe('1200');
  });

  it('sets the fold time only when a fold counts something, and the check time every time', async () => {
    const random = new SeededRandom(34);
    const study = await publishedStudy(dataSource);
    await insertResponses(dataSource, study, randomResponses(random, study, 10));
    await cube.fold(study.studyId);
    const first = await cube.findState(study.studyId);
    await cube.fold(study.studyId);
    const second = await cube.findState(study.studyId);
    expect(second?.foldedAt).toEqual(first?.foldedAt);
    expect(second!.checkedAt!.getTime()).toBeGreaterThan(first!.checkedAt!.getTime());
  });

  it('fails for good, without retries, to fold a study that does not exist', async () => {
    await expect(cube.fold(randomUUID())).rejects.toThrow(UnprocessableError);
  });

  it('names the studies whose committed responses no fold has counted', async () => {
    const random = new SeededRandom(55);
    const behind = await publishedStudy(dataSource);
    const current = await publishedStudy(dataSource);
    await insertResponses(dataSource, behind, randomResponses(random, behind, 3));
    await insertResponses(dataSource, current, randomResponses(random, current, 3));
    await cube.fold(current.studyId);
    const studies = await cube.studiesBehind();
    expect(studies).toContain(behind.studyId);
    expect(studies).not.toContain(current.studyId);
    expect(await cube.hasUnfolded(behind.studyId)).toBe(true);
    expect(await cube.hasUnfolded(current.studyId)).toBe(false);
  });
});
