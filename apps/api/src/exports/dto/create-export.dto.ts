import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { EXPORT_KINDS, type ExportKind, type ExportOptions } from '@stemme/exports';
import { Type } from 'class-transformer';
import { ArrayMinSize, ArrayUnique, IsArray, IsIn, IsOptional, IsUUID, Matches, ValidateNested } from 'class-validator';

export class ExportOptionsDto implements ExportOptions {
  @ApiPropertyOptional({ enum: ['nb', 'en'], default: 'nb', description: 'Labels and texts in bokmål or English' })
  @IsOptional()
  @IsIn(['nb', 'en'])
  language?: 'nb' | 'en';

  @ApiPropertyOptional({ description: 'Needed only when the study has several questionnaires with published versions' })
  @IsOptional()
  @IsUUID()
  questionnaireId?: string;

  @ApiPropertyOptional({ description: 'municipality_reports: only the report covering this municipality (its own, or its pool’s)', example: '1804' })
  @IsOptional()
  @Matches(/^\d{4}$/, { message: 'municipality must be a four-digit municipality code' })
  municipality?: string;

  @ApiPropertyOptional({ enum: ['xlsx', 'csv'], default: 'xlsx', description: 'raw_data: an Excel workbook, or a zip of CSV files' })
  @IsOptional()
  @IsIn(['xlsx', 'csv'])
  format?: 'xlsx' | 'csv';

  @ApiPropertyOptional({ enum: [';', ','], default: ';', description: 'raw_data as csv: the field separator (";" for Norwegian Excel)' })
  @IsOptional()
  @IsIn([';', ','])
  separator?: ';' | ',';

  @ApiPropertyOptional({ enum: ['png', 'svg'], isArray: true, default: ['png', 'svg'], description: 'charts: the file formats' })
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayUnique()
  @IsIn(['png', 'svg'], { each: true })
  formats?: ('png' | 'svg')[];
}

export class CreateExportDto {
  @ApiProperty({ enum: EXPORT_KINDS, description: 'results_workbook, municipality_reports, raw_data or charts' })
  @IsIn(EXPORT_KINDS)
  kind: ExportKind;

  @ApiPropertyOptional({ type: ExportOptionsDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => ExportOptionsDto)
  options?: ExportOptionsDto;
}
