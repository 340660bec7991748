import { ApiProperty } from '@nestjs/swagger';
import type { StudyAccess } from '@stemme/identity';
import { IsOptional, Matches } from 'class-validator';

export class PutStudyAccessDto {
  @ApiProperty({ required: false, nullable: true, type: String, example: '4601', description: 'Limit the user to this municipality; null or absent for the whole study' })
  @IsOptional()
  @Matches(/^\d{4}$/, { message: 'municipalityCode must be a four-digit municipality code' })
  municipalityCode?: string | null;
}

export class StudyAccessResponseDto {
  @ApiProperty({ format: 'uuid' })
  userId: string;

  @ApiProperty({ format: 'uuid' })
  studyId: string;

  @ApiProperty({ type: String, nullable: true, description: 'The one municipality the user is limited to; null for the whole study' })
  municipalityCode: string | null;

  @ApiProperty({ format: 'date-time' })
  createdAt: string;

  static from(grant: StudyAccess): StudyAccessResponseDto {
    return { userId: grant.userId, studyId: grant.studyId, municipalityCode: grant.municipalityCode, createdAt: grant.createdAt.toISOString() };
  }
}
