import { ApiProperty } from '@nestjs/swagger';
import { EXPORT_KINDS, EXPORT_STATUSES, type ExportKind, type ExportOptions, type ExportStatus } from '@stemme/exports';
import type { NamedExport } from '../exports.service';

export class ExportResponseDto {
  @ApiProperty() id: string;
  @ApiProperty() studyId: string;
  @ApiProperty({ enum: EXPORT_KINDS }) kind: ExportKind;
  @ApiProperty({ description: 'As asked for: language, questionnaireId, municipality, format, separator, formats' }) options: ExportOptions;
  @ApiProperty({ enum: EXPORT_STATUSES }) status: ExportStatus;
  @ApiProperty({ description: 'Percent done, 0–100' }) progress: number;
  @ApiProperty({ description: 'What the worker is doing now, in a few words' }) stage: string;
  @ApiProperty({ nullable: true, description: 'The name a download gets' }) fileName: string | null;
  @ApiProperty({ nullable: true, description: 'Bytes' }) fileSize: number | null;
  @ApiProperty({ nullable: true }) contentType: string | null;
  @ApiProperty({ nullable: true }) requestedBy: string | null;
  @ApiProperty({ nullable: true, description: 'The display name of who asked for it' }) requestedByName: string | null;
  @ApiProperty() createdAt: string;
  @ApiProperty({ nullable: true }) startedAt: string | null;
  @ApiProperty({ nullable: true }) finishedAt: string | null;
  @ApiProperty({ nullable: true, description: 'When the file is deleted' }) expiresAt: string | null;
  @ApiProperty({ nullable: true }) errorMessage: string | null;
  @ApiProperty({ nullable: true, description: 'Where to download the file, once done' }) downloadUrl: string | null;

  static from({ job, requestedByName }: NamedExport): ExportResponseDto {
    return {
      id: job.id,
      studyId: job.studyId,
      kind: job.kind,
      options: job.options,
      status: job.status,
      progress: job.progress,
      stage: job.stage,
      fileName: job.fileName,
      fileSize: job.fileSize === null ? null : Number(job.fileSize),
      contentType: job.contentType,
      requestedBy: job.requestedBy,
      requestedByName,
      createdAt: job.createdAt.toISOString(),
      startedAt: job.startedAt?.toISOString() ?? null,
      finishedAt: job.finishedAt?.toISOString() ?? null,
      expiresAt: job.expiresAt?.toISOString() ?? null,
      errorMessage: job.errorMessage,
      downloadUrl: job.status === 'done' ? `/api/exports/${job.id}/download` : null,
    };
  }
}
