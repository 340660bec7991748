import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsObject, IsOptional, IsString, Length } from 'class-validator';
import type { PathProblem, QuestionnaireDefinition, ReadabilitySummary } from '@stemme/questionnaire';
import type { Questionnaire, QuestionnaireVersion } from '@stemme/studies';

export class CreateQuestionnaireDto {
  @ApiProperty({ example: 'Brukerundersøkelsen 2026' })
  @IsString()
  @Length(1, 200)
  title: string;

  @ApiPropertyOptional({ description: 'A definition to start from; an empty one when left out (see the format schema)' })
  @IsOptional()
  @IsObject()
  definition?: QuestionnaireDefinition;
}

export class SaveDefinitionDto {
  @ApiProperty({ description: 'The whole definition (see GET /api/questionnaire-format/schema)' })
  @IsObject()
  definition: QuestionnaireDefinition;
}

export class VersionSummaryDto {
  @ApiProperty() id: string;
  @ApiProperty() versionNumber: number;
  @ApiProperty({ enum: ['draft', 'published'] }) status: 'draft' | 'published';
  @ApiProperty({ nullable: true }) contentHash: string | null;
  @ApiProperty({ nullable: true }) publishedAt: string | null;
  @ApiProperty({ nullable: true }) basedOnVersionId: string | null;
  @ApiProperty() updatedAt: string;

  static from(version: QuestionnaireVersion): VersionSummaryDto {
    return {
      id: version.id,
      versionNumber: version.versionNumber,
      status: version.status,
      contentHash: version.contentHash,
      publishedAt: version.publishedAt?.toISOString() ?? null,
      basedOnVersionId: version.basedOnVersionId,
      updatedAt: version.updatedAt.toISOString(),
    };
  }
}

export class QuestionnaireResponseDto {
  @ApiProperty() id: string;
  @ApiProperty() studyId: string;
  @ApiProperty() title: string;
  @ApiProperty() createdAt: string;
  @ApiProperty({ type: [VersionSummaryDto] }) versions: VersionSummaryDto[];

  static from(questionnaire: Questionnaire, versions: QuestionnaireVersion[]): QuestionnaireResponseDto {
    return {
      id: questionnaire.id,
      studyId: questionnaire.studyId,
      title: questionnaire.title,
      createdAt: questionnaire.createdAt.toISOString(),
      versions: versions.filter((v) => v.questionnaireId === questionnaire.id).map(VersionSummaryDto.from),
    };
  }
}

export class ProblemDto {
  @ApiProperty({ example: '$.pages[0].questions[2].options' }) path: string;
  @ApiProperty({ example: 'empty_options' }) code: string;
  @ApiProperty() message: string;
}

export class VersionResponseDto extends VersionSummaryDto {
  @ApiProperty() questionnaireId: string;
  @ApiProperty() studyId: string;
  @ApiProperty() title: string;
  @ApiProperty({ description: 'The questionnaire definition' }) definition: QuestionnaireDefinition;
  @ApiProperty({ type: [ProblemDto], description: 'What stands in the way of publishing (empty when it can be published)' })
  problems: PathProblem[];
  @ApiProperty({ description: 'LIX readability per question and for the whole questionnaire, per language', nullable: true })
  readability: ReadabilitySummary[] | null;
}
