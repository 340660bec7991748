import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Length,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import type { AgeBand, Language } from '@stemme/questionnaire';
import type { ReceiptHelp, Study } from '@stemme/studies';

export class AgeBandDto implements AgeBand {
  @ApiProperty({ example: '18–23' })
  @IsString()
  @Length(1, 20)
  label: string;

  @ApiProperty({ example: 18 })
  @IsInt()
  @Min(0)
  @Max(120)
  min: number;

  @ApiProperty({ example: 23, nullable: true, description: 'null for an open-ended band such as 70+' })
  @ValidateIf((_, value) => value !== null)
  @IsInt()
  @Min(0)
  @Max(120)
  max: number | null;
}

const LANGUAGE_CODES = ['nb', 'nn', 'en'];

export class HelpTextDto {
  @ApiPropertyOptional({ example: 'Trenger du noen å snakke med? Ring Mental Helse Hjelpetelefonen på 116 123, hele døgnet.' })
  @IsOptional()
  @IsString()
  @MaxLength(1500)
  nb?: string;

  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(1500) nn?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(1500) en?: string;
}

export class HelpLinkLabelDto {
  @ApiPropertyOptional({ example: 'Ring Hjelpetelefonen 116 123' }) @IsOptional() @IsString() @MaxLength(120) nb?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(120) nn?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(120) en?: string;
}

export class HelpLinkDto {
  @ApiProperty({ example: 'tel:116123', description: 'tel:, sms:, mailto: or https:// only' })
  @IsString()
  @MaxLength(500)
  @Matches(/^(tel:|sms:|mailto:|https:\/\/)\S+$/i, { message: 'href must start with tel:, sms:, mailto: or https:// and have no spaces' })
  href: string;

  @ApiProperty({ type: HelpLinkLabelDto })
  @ValidateNested()
  @Type(() => HelpLinkLabelDto)
  label: HelpLinkLabelDto;
}

/** Shown on the receipt: where respondents can find someone to talk to. */
export class ReceiptHelpDto implements ReceiptHelp {
  @ApiProperty({ type: HelpTextDto, description: 'Per language; paragraphs are split on blank lines. Bokmål is shown where a language has none.' })
  @ValidateNested()
  @Type(() => HelpTextDto)
  text: HelpTextDto;

  @ApiProperty({ type: [HelpLinkDto] })
  @IsArray()
  @ArrayMaxSize(6)
  @ValidateNested({ each: true })
  @Type(() => HelpLinkDto)
  links: HelpLinkDto[];
}

export class UpdateStudyDto {
  @ApiPropertyOptional({ example: 'Brukerundersøkelsen 2026' })
  @IsOptional()
  @IsString()
  @Length(1, 200)
  name?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(5000)
  description?: string;

  @ApiPropertyOptional({ description: 'Groups with fewer respondents are never shown (k)', default: 5 })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(100)
  disclosureThreshold?: number;

  @ApiPropertyOptional({ description: 'Responses a municipality needs for results of its own', default: 10 })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(1000)
  reportingMinimum?: number;

  @ApiPropertyOptional({ type: [AgeBandDto], description: 'Sorted, without gaps or overlaps' })
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => AgeBandDto)
  ageBands?: AgeBandDto[];

  @ApiPropertyOptional({ enum: LANGUAGE_CODES, isArray: true, description: 'Bokmål (nb) is always enabled' })
  @IsOptional()
  @IsArray()
  @ArrayUnique()
  @IsIn(LANGUAGE_CODES, { each: true })
  languages?: Language[];

  @ApiPropertyOptional({ description: 'Whether free-text answers may be exported', default: false })
  @IsOptional()
  @IsBoolean()
  freeTextExport?: boolean;

  @ApiPropertyOptional({ description: 'Days an unfinished form is kept for the respondent to resume', default: 14 })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(365)
  unfinishedExpiryDays?: number;

  @ApiPropertyOptional({ type: ReceiptHelpDto, description: 'Help text and links on the receipt page' })
  @IsOptional()
  @ValidateNested()
  @Type(() => ReceiptHelpDto)
  receiptHelp?: ReceiptHelpDto;
}

export class CreateStudyDto extends UpdateStudyDto {
  @ApiProperty({ example: 'Brukerundersøkelsen 2026' })
  @IsString()
  @Length(1, 200)
  declare name: string;
}

export class StudyResponseDto {
  @ApiProperty() id: string;
  @ApiProperty() name: string;
  @ApiProperty() description: string;
  @ApiProperty() disclosureThreshold: number;
  @ApiProperty() reportingMinimum: number;
  @ApiProperty({ type: [AgeBandDto] }) ageBands: AgeBand[];
  @ApiProperty({ enum: LANGUAGE_CODES, isArray: true }) languages: Language[];
  @ApiProperty() freeTextExport: boolean;
  @ApiProperty() unfinishedExpiryDays: number;
  @ApiProperty({ type: ReceiptHelpDto }) receiptHelp: ReceiptHelp;
  @ApiProperty() createdAt: string;
  @ApiProperty() updatedAt: string;

  static from(study: Study): StudyResponseDto {
    return {
      id: study.id,
      name: study.name,
      description: study.description,
      disclosureThreshold: study.disclosureThreshold,
      reportingMinimum: study.reportingMinimum,
      ageBands: study.ageBands,
      languages: study.languages,
      freeTextExport: study.freeTextExport,
      unfinishedExpiryDays: study.unfinishedExpiryDays,
      receiptHelp: study.receiptHelp,
      createdAt: study.createdAt.toISOString(),
      updatedAt: study.updatedAt.toISOString(),
    };
  }
}
