import { ApiProperty } from '@nestjs/swagger';
import type { RebuildJobStatus } from '@stemme/aggregation';
import { FreshnessDto } from '../../results/dto/results-response.dto';

export class AggregationStatusDto extends FreshnessDto {
  @ApiProperty({ description: 'Committed responses wait to be counted (a fold is due)' }) behind: boolean;
}

export class RebuildJobDto implements RebuildJobStatus {
  @ApiProperty() jobId: string;
  @ApiProperty({ example: 'active' }) state: string;
  @ApiProperty({ nullable: true, example: { percent: 20, stage: 'counting answers' } }) progress: { percent: number; stage: string } | null;
  @ApiProperty({ nullable: true }) failedReason: string | null;
}
