import { ApiPropertyOptional } from '@nestjs/swagger';
import type { ChartBreakdown } from '@stemme/exports';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsUUID, Matches, Max, Min } from 'class-validator';

export const CHART_BREAKDOWNS: readonly ChartBreakdown[] = ['national', 'county', 'age_band', 'municipality'];

export class ChartQueryDto {
  @ApiPropertyOptional({ enum: CHART_BREAKDOWNS, default: 'county', description: 'municipality needs county: one chart per county' })
  @IsOptional()
  @IsIn(CHART_BREAKDOWNS)
  breakdown: ChartBreakdown = 'county';

  @ApiPropertyOptional({ description: 'The county whose municipalities (and pools) a municipality chart shows', example: '18' })
  @IsOptional()
  @Matches(/^\d{2}$/, { message: 'county must be a two-digit county code' })
  county?: string;

  @ApiPropertyOptional({ description: 'Multiple choice by county, age band or municipality: the option whose share is drawn', example: 2 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(1_000_000)
  option?: number;

  @ApiPropertyOptional({ enum: ['nb', 'en'], default: 'nb' })
  @IsOptional()
  @IsIn(['nb', 'en'])
  lang?: 'nb' | 'en';

  @ApiPropertyOptional({ description: 'Needed only when two questionnaires of the study have the variable' })
  @IsOptional()
  @IsUUID()
  questionnaire?: string;
}
