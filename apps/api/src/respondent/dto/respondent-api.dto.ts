import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { LANGUAGES, type Language } from '@stemme/questionnaire';
import { IsIn, IsObject, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';

export class FormQueryDto {
  @ApiPropertyOptional({ enum: LANGUAGES, description: "One of the study's languages; bokmål if left out or not offered" })
  @IsOptional()
  @IsIn(LANGUAGES)
  lang?: Language;
}

export class SubmitResponseDto {
  @ApiProperty({ format: 'uuid', description: 'Made by the client when the form starts, and sent again unchanged with every retry: the response is stored once' })
  @IsUUID()
  submissionId: string;

  @ApiProperty({ enum: LANGUAGES, description: 'The language the respondent answered in; problems are described in it' })
  @IsIn(LANGUAGES)
  language: Language;

  @ApiProperty({
    type: 'object',
    additionalProperties: true,
    example: { q01_services: [1, 2], q20_contact_person: 2, q37_municipality: '4601', q38_age: 34, q41_anything_else: 'Takk' },
    description: 'By variable: an option code, a list of codes (multiple choice), a number, or a string (text, a municipality number, a date as YYYY-MM-DD). Leave out what was not answered.',
  })
  @IsObject()
  answers: Record<string, unknown>;

  @ApiPropertyOptional({ example: 'K7QXM-2PAB9', description: 'For invitation-only links: the single-use code; used only once the answers are accepted' })
  @IsOptional()
  @IsString()
  @MaxLength(40)
  invitationCode?: string;
}

export class ReceiptResponseDto {
  @ApiProperty({ format: 'uuid' }) submissionId: string;
  @ApiProperty({ example: '2026-03-15', description: 'The date only: no time of day is kept' }) submittedOn: string;
}

export class MunicipalityOptionDto {
  @ApiProperty({ example: '4601' }) code: string;
  @ApiProperty({ example: 'Bergen' }) name: string;
  @ApiProperty({ example: 'Vestland' }) countyName: string;
}

export class FormLinkDto {
  @ApiProperty({ enum: ['study', 'municipality'] }) kind: string;
  @ApiProperty({ type: MunicipalityOptionDto, nullable: true, description: 'Set by a per-municipality link' }) municipality: MunicipalityOptionDto | null;
  @ApiProperty() invitationOnly: boolean;
}

export class FormResponseDto {
  @ApiProperty() title: string;
  @ApiProperty({ enum: LANGUAGES }) language: Language;
  @ApiProperty({ enum: LANGUAGES, isArray: true }) languages: Language[];
  @ApiProperty({ type: FormLinkDto }) link: FormLinkDto;
  @ApiProperty({ type: [String], description: 'Questions the link answers: do not ask them, do not send them' }) skippedVariables: string[];
  @ApiProperty({
    type: 'object',
    additionalProperties: true,
    description: 'The questionnaire (format in libs/questionnaire/FORMAT.md) with every text in the chosen language. Conditions are kept: evaluate them with the answers so far to show and hide questions; the server applies the same rules.',
  })
  definition: unknown;
  @ApiPropertyOptional({ type: [MunicipalityOptionDto], description: 'The municipalities to choose from, when the form asks for one' })
  municipalities?: MunicipalityOptionDto[];
}
