import { Injectable } from '@nestjs/common';
import { createReadStream, type ReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { assertMayExport, exportOptionProblems, type ExportJob, type ExportScope, ExportsRepository, ExportRunner, mayExport, StudyResultsReader } from '@stemme/exports';
import { type AuthenticatedUser, StudyAccessService, UserRepository } from '@stemme/identity';
import { BadInputError, ConflictError, GoneError, NotFoundError } from '@stemme/platform';
import { StudiesService } from '../studies/studies.service';
import type { CreateExportDto } from './dto/create-export.dto';
import { ExportQueue } from './export-queue';

/** An export with the name of who asked for it, as the list shows it. */
export interface NamedExport {
  job: ExportJob;
  /** Null when nobody asked (a system export) or the user is deleted. */
  requestedByName: string | null;
}

export interface ExportDownload {
  stream: ReadStream;
  fileName: string;
  contentType: string;
  size: number;
}

/**
 * Exports over HTTP: asking for one (the worker makes it), following it, downloading it. Anyone
 * with access to the study may export; someone limited to one municipality only that
 * municipality's report (`assertMayExport`), checked again on every read and download.
 */
@Injectable()
export class ExportsService {
  constructor(
    private readonly studies: StudiesService,
    private readonly access: StudyAccessService,
    private readonly exports: ExportsRepository,
    private readonly queue: ExportQueue,
    private readonly reader: StudyResultsReader,
    private readonly runner: ExportRunner,
    private readonly users: UserRepository,
  ) {}

  async create(user: AuthenticatedUser, studyId: string, input: CreateExportDto): Promise<NamedExport> {
    await this.studies.get(user, studyId);
    const options = Object.fromEntries(Object.entries(input.options ?? {}).filter(([, value]) => value !== undefined));
    const problems = exportOptionProblems(input.kind, options);
    if (problems.length) throw new BadInputError('These options do not fit the kind of export', problems);
    assertMayExport(await this.scopeOf(user, studyId), input.kind, options);
    if (options.municipality !== undefined && !(await this.reader.geography()).countyOf.has(options.municipality)) {
      throw new NotFoundError(`There is no municipality with code ${options.municipality}`);
    }
    await this.reader.questionnaire(studyId, options.questionnaireId);

    const job = await this.exports.create({ studyId, kind: input.kind, options, requestedBy: user.id });
    try {
      await this.queue.enqueue(job.id);
    } catch (error) {
      await this.exports.markFailed(job.id, 'The job queue did not answer: ask for the export again');
      throw error;
    }
    return { job, requestedByName: user.displayName };
  }

  /** The study's exports the user may see, newest first. */
  async list(user: AuthenticatedUser, studyId: string): Promise<NamedExport[]> {
    await this.studies.get(user, studyId);
    const scope = await this.scopeOf(user, studyId);
    return this.named((await this.exports.listOfStudy(studyId)).filter((job) => mayExport(scope, job.kind, job.options)));
  }

  /** An export's state, progress and stage, with who asked for it. */
  async follow(user: AuthenticatedUser, id: string): Promise<NamedExport> {
    const [named] = await this.named([await this.get(user, id)]);
    return named;
  }

  async get(user: AuthenticatedUser, id: string): Promise<ExportJob> {
    const job = await this.exports.findById(id);
    if (!job) throw new NotFoundError(`No export has the id ${id}`);
    await this.studies.get(user, job.studyId);
    assertMayExport(await this.scopeOf(user, job.studyId), job.kind, job.options);
    return job;
  }

  /** The export's file to stream; the download is recorded. */
  async download(user: AuthenticatedUser, id: string): Promise<ExportDownload> {
    const job = await this.get(user, id);
    if (job.status === 'expired') throw new GoneError('The export has expired and its file is deleted: ask for it again');
    if (job.status !== 'done' || !job.filePath) throw new ConflictError(`The export is ${job.status}, not done`);
    const path = this.runner.files.absolute(job.filePath);
    const size = await stat(path).then(
      (info) => info.size,
      () => null,
    );
    if (size === null) throw new GoneError('The export’s file is gone: ask for it again');
    await this.exports.recordDownload(job.id, user.id);
    return { stream: createReadStream(path), fileName: job.fileName ?? `export.${job.filePath.split('.').pop()}`, contentType: job.contentType ?? 'application/octet-stream', size };
  }

  /** Who asked for each export, by name, in one query: the list says who and when. */
  private async named(jobs: ExportJob[]): Promise<NamedExport[]> {
    const names = await this.users.displayNames([...new Set(jobs.flatMap((job) => (job.requestedBy ? [job.requestedBy] : [])))]);
    return jobs.map((job) => ({ job, requestedByName: job.requestedBy ? (names.get(job.requestedBy) ?? null) : null }));
  }

  private async scopeOf(user: AuthenticatedUser, studyId: string): Promise<ExportScope> {
    const municipalityCode = await this.access.municipalityScope(user, studyId);
    return municipalityCode ? { municipalityCode } : null;
  }
}
