import { AggregationRepository } from '@stemme/aggregation';
import { DataSource } from 'typeorm';
import { SeededRandom } from '../../../libs/statistics/src/testing/seeded-random';
import { insertResponses, KnownResponse, Place, publishedStudy, randomBatches, randomResponses, TEST_PLACES, TestStudy } from '../../aggregation/support/cube-factories';
import type { TestContext } from '../../support/test-app';

export interface StudyWithResponses {
  study: TestStudy;
  responses: KnownResponse[];
}

/** A study with random responses, inserted in batches and folded into the cube. */
export async function studyWithResponses(
  ctx: TestContext,
  options: { seed: number; count: number; threshold?: number; reportingMinimum?: number; places?: { place: Place; weight: number }[] },
): Promise<StudyWithResponses> {
  const dataSource = ctx.app.get(DataSource);
  const random = new SeededRandom(options.seed);
  const study = await publishedStudy(dataSource, { threshold: options.threshold, reportingMinimum: options.reportingMinimum });
  const responses = randomResponses(random, study, options.count, options.places ?? TEST_PLACES);
  for (const batch of randomBatches(random, responses, 400)) await insertResponses(dataSource, study, batch);
  await ctx.app.get(AggregationRepository).fold(study.studyId);
  return { study, responses };
}

export const QUESTIONS = ['q_gender', 'q_trust', 'q_m_b', 'q_channels', 'q_hours', 'q_age'] as const;
export const BREAKDOWN_NAMES = ['national', 'age_band', 'county', 'county_age_band', 'municipality', 'municipality_age_band'] as const;
