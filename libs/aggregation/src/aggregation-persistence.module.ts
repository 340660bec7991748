import { Module } from '@nestjs/common';
import { AggregationRepository } from './cube/aggregation.repository';
import { CubeRepository } from './cube/cube.repository';

/** The count cube in PostgreSQL: folding, rebuilding and reading it. No Redis needed (the CLI uses it too). */
@Module({ providers: [AggregationRepository, CubeRepository], exports: [AggregationRepository, CubeRepository] })
export class AggregationPersistenceModule {}
