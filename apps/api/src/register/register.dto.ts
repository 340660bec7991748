import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, Matches } from 'class-validator';

export class ListMunicipalitiesQueryDto {
  @ApiPropertyOptional({ description: 'Only the municipalities of this county (two digits)', example: '46' })
  @IsOptional()
  @Matches(/^\d{2}$/, { message: 'county must be a county code of two digits, e.g. 03' })
  county?: string;
}

export class MunicipalityCodeParamDto {
  @ApiProperty({ description: 'Municipality code valid from 2024 (four digits)', example: '0301' })
  @Matches(/^\d{4}$/, { message: 'code must be a municipality code of four digits, e.g. 0301' })
  code: string;
}

export class CountyResponseDto {
  @ApiProperty({ example: '46' })
  code: string;

  @ApiProperty({ example: 'Vestland' })
  name: string;

  @ApiProperty({ example: 43 })
  municipalityCount: number;
}

export class MunicipalityResponseDto {
  @ApiProperty({ example: '5001' })
  code: string;

  @ApiProperty({ example: 'Trondheim' })
  name: string;

  @ApiProperty({ type: String, nullable: true, description: 'Sami or Kven parallel names, joined with " - "', example: 'Tråante' })
  samiName: string | null;

  @ApiProperty({ example: '50' })
  countyCode: string;

  @ApiProperty({ example: 'Trøndelag' })
  countyName: string;
}
