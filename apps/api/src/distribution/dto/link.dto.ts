import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsInt, IsISO8601, IsOptional, IsString, Length, Matches, Max, Min, ValidateIf } from 'class-validator';
import type { LinkKind, LinkStatus, SurveyLink } from '@stemme/distribution';

const MAX_CAP = 10_000_000;

class LinkSettingsDto {
  @ApiPropertyOptional({ example: '2026-03-01T00:00:00+01:00', description: 'When respondents can start answering; now if left out' })
  @IsOptional()
  @IsISO8601({ strict: true })
  opensAt?: string;

  @ApiProperty({ example: '2026-04-30T23:59:59+02:00', description: 'From this moment the link shows "the survey has ended"' })
  @IsISO8601({ strict: true })
  closesAt: string;

  @ApiPropertyOptional({ example: 500, nullable: true, description: 'At most this many responses through the link; none if left out' })
  @IsOptional()
  @ValidateIf((_, value) => value !== null)
  @IsInt()
  @Min(1)
  @Max(MAX_CAP)
  responseCap?: number | null;

  @ApiPropertyOptional({ default: false, description: 'The form opens only with a single-use invitation code' })
  @IsOptional()
  @IsBoolean()
  invitationOnly?: boolean;
}

export class CreateLinkDto extends LinkSettingsDto {
  @ApiPropertyOptional({ example: '4601', description: 'A per-municipality link: the form does not ask for the municipality. Leave out for a study-wide link.' })
  @IsOptional()
  @Matches(/^\d{4}$/, { message: 'municipalityCode must be four digits' })
  municipalityCode?: string;

  @ApiPropertyOptional({ example: 'SMS til brukere i Bergen', description: 'For designers only; the municipality name or "Hele studien" if left out' })
  @IsOptional()
  @IsString()
  @Length(1, 200)
  label?: string;
}

export class CreateCountyLinksDto extends LinkSettingsDto {
  @ApiProperty({ example: '46', description: 'One link for each municipality of this county' })
  @Matches(/^\d{2}$/, { message: 'countyCode must be two digits' })
  countyCode: string;

  @ApiPropertyOptional({ example: 'Plakat', description: 'Put before each municipality name in the labels' })
  @IsOptional()
  @IsString()
  @Length(1, 150)
  labelPrefix?: string;
}

export class UpdateLinkDto {
  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @Length(1, 200)
  label?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsISO8601({ strict: true })
  opensAt?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsISO8601({ strict: true })
  closesAt?: string;

  @ApiPropertyOptional({ nullable: true, description: 'null removes the cap' })
  @IsOptional()
  @ValidateIf((_, value) => value !== null)
  @IsInt()
  @Min(1)
  @Max(MAX_CAP)
  responseCap?: number | null;

  @ApiPropertyOptional({ description: 'true pauses the link, false resumes it' })
  @IsOptional()
  @IsBoolean()
  paused?: boolean;

  @ApiPropertyOptional()
  @IsOptional()
  @IsBoolean()
  invitationOnly?: boolean;
}

export class LinkResponseDto {
  @ApiProperty() id: string;
  @ApiProperty() studyId: string;
  @ApiProperty() questionnaireVersionId: string;
  @ApiProperty({ enum: ['study', 'municipality'] }) kind: LinkKind;
  @ApiProperty({ nullable: true, example: '4601' }) municipalityCode: string | null;
  @ApiProperty() label: string;
  @ApiProperty({ description: '24 URL-safe characters (144 random bits)' }) token: string;
  @ApiProperty({ example: 'https://stemme.example.no/s/3q2-7Yd0aXbVfK1mZ9Qw4tRe' }) url: string;
  @ApiProperty() opensAt: string;
  @ApiProperty() closesAt: string;
  @ApiProperty({ nullable: true }) responseCap: number | null;
  @ApiProperty({ nullable: true, description: 'Responses counted against the cap (capped links only)' }) responsesCounted: number | null;
  @ApiProperty() paused: boolean;
  @ApiProperty() invitationOnly: boolean;
  @ApiProperty({ enum: ['open', 'not_open_yet', 'closed', 'paused', 'full'] }) status: LinkStatus;
  @ApiProperty() createdAt: string;
  @ApiProperty() updatedAt: string;

  static from(link: SurveyLink, publicUrl: string, status: LinkStatus, responsesCounted: number | null): LinkResponseDto {
    return {
      id: link.id,
      studyId: link.studyId,
      questionnaireVersionId: link.questionnaireVersionId,
      kind: link.kind,
      municipalityCode: link.municipalityCode,
      label: link.label,
      token: link.token,
      url: `${publicUrl}/s/${link.token}`,
      opensAt: link.opensAt.toISOString(),
      closesAt: link.closesAt.toISOString(),
      responseCap: link.responseCap,
      responsesCounted,
      paused: link.paused,
      invitationOnly: link.invitationOnly,
      status,
      createdAt: link.createdAt.toISOString(),
      updatedAt: link.updatedAt.toISOString(),
    };
  }
}
