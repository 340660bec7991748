import { Injectable } from '@nestjs/common';
import { AuthenticatedUser, StudyAccessService } from '@stemme/identity';
import { ForbiddenError, NotFoundError, UnprocessableError } from '@stemme/platform';
import { DEFAULT_AGE_BANDS } from '@stemme/questionnaire';
import { NO_RECEIPT_HELP, StudiesRepository, Study } from '@stemme/studies';
import { CreateStudyDto, UpdateStudyDto } from './dto/study.dto';
import { checkStudySettings } from './study-settings';

@Injectable()
export class StudiesService {
  constructor(
    private readonly studies: StudiesRepository,
    private readonly access: StudyAccessService,
  ) {}

  async create(user: AuthenticatedUser, input: CreateStudyDto): Promise<Study> {
    const study = {
      name: input.name,
      description: input.description ?? '',
      disclosureThreshold: input.disclosureThreshold ?? 5,
      reportingMinimum: input.reportingMinimum ?? 10,
      ageBands: input.ageBands ?? DEFAULT_AGE_BANDS.map((band) => ({ ...band })),
      languages: input.languages ?? ['nb'],
      freeTextExport: input.freeTextExport ?? false,
      unfinishedExpiryDays: input.unfinishedExpiryDays ?? 14,
      receiptHelp: input.receiptHelp ?? NO_RECEIPT_HELP,
      createdBy: user.id,
    };
    this.assertValidSettings(study);
    return this.studies.create(study, user.role !== 'admin');
  }

  list(user: AuthenticatedUser): Promise<Study[]> {
    return this.studies.listVisibleTo(user);
  }

  /** A study the user may see; 404 when it does not exist, 403 without access. */
  async get(user: AuthenticatedUser, id: string): Promise<Study> {
    const study = await this.studies.findById(id);
    if (!study) throw new NotFoundError(`No study has the id ${id}`);
    await this.access.assertCanAccessStudy(user, id);
    return study;
  }

  /** A study the user may change: admins, and designers with access. */
  async getForChange(user: AuthenticatedUser, id: string): Promise<Study> {
    const study = await this.get(user, id);
    if (user.role === 'evaluator') throw new ForbiddenError('Evaluators cannot change studies');
    return study;
  }

  async update(user: AuthenticatedUser, id: string, changes: UpdateStudyDto): Promise<Study> {
    const study = await this.getForChange(user, id);
    this.assertValidSettings({ ...study, ...changes });
    return (await this.studies.update(id, changes))!;
  }

  private assertValidSettings(settings: Parameters<typeof checkStudySettings>[0]): void {
    const problems = checkStudySettings(settings);
    if (problems.length) throw new UnprocessableError('The study settings are not valid', problems);
  }
}
