import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { BREAKDOWNS, type Breakdown } from '@stemme/aggregation';
import { VARIABLE_NAME_PATTERN } from '@stemme/questionnaire';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsUUID, Matches, Max, Min } from 'class-validator';

export class ResultsQueryDto {
  @ApiProperty({ description: 'The question’s variable (a matrix item’s variable for one item)', example: 'q24_satisfied_overall' })
  @Matches(VARIABLE_NAME_PATTERN, { message: 'question must be a variable name' })
  question: string;

  @ApiPropertyOptional({ enum: BREAKDOWNS, default: 'national' })
  @IsOptional()
  @IsIn(BREAKDOWNS)
  breakdown: Breakdown = 'national';

  @ApiPropertyOptional({ description: 'Only this county’s rows (county and municipality breakdowns)', example: '03' })
  @IsOptional()
  @Matches(/^\d{2}$/, { message: 'county must be a two-digit county code' })
  county?: string;

  @ApiPropertyOptional({ description: 'Only the row reporting this municipality (its own, or its pool)', example: '0301' })
  @IsOptional()
  @Matches(/^\d{4}$/, { message: 'municipality must be a four-digit municipality code' })
  municipality?: string;

  @ApiPropertyOptional({ description: 'Only this age band (index into the study’s age bands)', example: 0 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(99)
  ageBand?: number;

  @ApiPropertyOptional({ description: 'Needed only when two questionnaires of the study have the variable' })
  @IsOptional()
  @IsUUID()
  questionnaire?: string;
}

export class CrossTabQueryDto {
  @ApiProperty({ description: 'A single-choice or Likert question (columns)', example: 'q24_satisfied_overall' })
  @Matches(VARIABLE_NAME_PATTERN, { message: 'question must be a variable name' })
  question: string;

  @ApiProperty({ description: 'A single-choice or Likert background question (rows)', example: 'q39_gender' })
  @Matches(VARIABLE_NAME_PATTERN, { message: 'by must be a variable name' })
  by: string;

  @ApiPropertyOptional({ example: '03' })
  @IsOptional()
  @Matches(/^\d{2}$/, { message: 'county must be a two-digit county code' })
  county?: string;

  @ApiPropertyOptional({ description: 'The row reporting this municipality: the municipality, or its pool', example: '0301' })
  @IsOptional()
  @Matches(/^\d{4}$/, { message: 'municipality must be a four-digit municipality code' })
  municipality?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsUUID()
  questionnaire?: string;
}
