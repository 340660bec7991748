import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsInt, IsOptional, IsString, Length, Max, Min } from 'class-validator';
import type { BatchSummary } from '@stemme/distribution';

export const MAX_BATCH_SIZE = 10_000;

export class CreateInvitationBatchDto {
  @ApiProperty({ example: 500, minimum: 1, maximum: MAX_BATCH_SIZE })
  @IsInt()
  @Min(1)
  @Max(MAX_BATCH_SIZE)
  count: number;

  @ApiPropertyOptional({ example: 'Brev til brukere, mars' })
  @IsOptional()
  @IsString()
  @Length(1, 200)
  label?: string;
}

export class InvitationBatchResponseDto {
  @ApiProperty() id: string;
  @ApiProperty() linkId: string;
  @ApiProperty() label: string;
  @ApiProperty() codeCount: number;
  @ApiProperty({ description: 'Codes used so far; which ones is not shown and cannot be linked to any response' }) usedCount: number;
  @ApiProperty() createdAt: string;

  static from({ batch, usedCount }: BatchSummary): InvitationBatchResponseDto {
    return {
      id: batch.id,
      linkId: batch.linkId,
      label: batch.label,
      codeCount: batch.codeCount,
      usedCount,
      createdAt: batch.createdAt.toISOString(),
    };
  }
}
