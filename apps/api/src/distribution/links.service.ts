import { Injectable } from '@nestjs/common';
import { FormContextCache, linkStatus, LinksRepository, newLinkToken, type LinkChanges, type NewLink, type SurveyLink } from '@stemme/distribution';
import type { AuthenticatedUser } from '@stemme/identity';
import { AppConfig, NotFoundError, UnprocessableError } from '@stemme/platform';
import { RegisterService, type MunicipalitySummary } from '@stemme/register';
import { QuestionnairesRepository } from '@stemme/studies';
import { StudiesService } from '../studies/studies.service';
import { CreateCountyLinksDto, CreateLinkDto, LinkResponseDto, UpdateLinkDto } from './dto/link.dto';

const STUDY_WIDE_LABEL = 'Hele studien';

/**
 * Links into a published questionnaire version: study-wide or per municipality, with an opening
 * and a closing time, an optional cap, paused or not. Designers with access to the study only.
 */
@Injectable()
export class LinksService {
  constructor(
    private readonly links: LinksRepository,
    private readonly questionnaires: QuestionnairesRepository,
    private readonly studies: StudiesService,
    private readonly register: RegisterService,
    private readonly cache: FormContextCache,
    private readonly config: AppConfig,
  ) {}

  async create(user: AuthenticatedUser, versionId: string, input: CreateLinkDto): Promise<LinkResponseDto> {
    const { studyId } = await this.publishedVersion(user, versionId);
    const municipality = input.municipalityCode === undefined ? undefined : await this.municipality(input.municipalityCode);
    const label = input.label ?? municipality?.name ?? STUDY_WIDE_LABEL;
    const [link] = await this.links.createMany([this.newLink(user, studyId, versionId, input, municipality?.code ?? null, label)]);
    return this.describe(link);
  }

  /** One link for each municipality of a county, in one transaction. */
  async createForCounty(user: AuthenticatedUser, versionId: string, input: CreateCountyLinksDto): Promise<LinkResponseDto[]> {
    const { studyId } = await this.publishedVersion(user, versionId);
    const municipalities = await this.register.listMunicipalities(input.countyCode).catch((error: unknown) => {
      if (error instanceof NotFoundError) throw new UnprocessableError(error.message, [{ path: 'countyCode', message: error.message }]);
      throw error;
    });
    const prefix = input.labelPrefix ? `${input.labelPrefix}: ` : '';
    const created = await this.links.createMany(
      municipalities.map((municipality) => this.newLink(user, studyId, versionId, input, municipality.code, `${prefix}${municipality.name}`)),
    );
    const counted = await this.links.quotaUsed(created.filter((link) => link.responseCap !== null).map((link) => link.id));
    return created.map((link) => this.toDto(link, counted.get(link.id) ?? null));
  }

  async listOfStudy(user: AuthenticatedUser, studyId: string): Promise<LinkResponseDto[]> {
    await this.studies.getForChange(user, studyId);
    const links = await this.links.listOfStudy(studyId);
    const counted = await this.links.quotaUsed(links.filter((link) => link.responseCap !== null).map((link) => link.id));
    return links.map((link) => this.toDto(link, counted.get(link.id) ?? null));
  }

  async get(user: AuthenticatedUser, id: string): Promise<LinkResponseDto> {
    return this.describe(await this.linkForChange(user, id));
  }

  async update(user: AuthenticatedUser, id: string, input: UpdateLinkDto): Promise<LinkResponseDto> {
    const link = await this.linkForChange(user, id);
    const changes: LinkChanges = {
      label: input.label,
      opensAt: input.opensAt === undefined ? undefined : new Date(input.opensAt),
      closesAt: input.closesAt === undefined ? undefined : new Date(input.closesAt),
      responseCap: input.responseCap,
      paused: input.paused,
      invitationOnly: input.invitationOnly,
    };
    for (const key of Object.keys(changes) as (keyof LinkChanges)[]) if (changes[key] === undefined) delete changes[key];
    this.assertPeriod(changes.opensAt ?? link.opensAt, changes.closesAt ?? link.closesAt);
    const updated = await this.links.update(id, changes);
    this.cache.invalidate(link.token);
    if (!updated) throw new NotFoundError(`No link has the id ${id}`);
    return this.describe(updated);
  }

  /** A link the user may change: designers and admins with access to its study. */
  async linkForChange(user: AuthenticatedUser, id: string): Promise<SurveyLink> {
    const link = await this.links.findById(id);
    if (!link) throw new NotFoundError(`No link has the id ${id}`);
    await this.studies.getForChange(user, link.studyId);
    return link;
  }

  private newLink(user: AuthenticatedUser, studyId: string, versionId: string, input: CreateLinkDto | CreateCountyLinksDto, municipalityCode: string | null, label: string): NewLink {
    const opensAt = input.opensAt === undefined ? new Date() : new Date(input.opensAt);
    const closesAt = new Date(input.closesAt);
    this.assertPeriod(opensAt, closesAt);
    return {
      studyId,
      questionnaireVersionId: versionId,
      token: newLinkToken(),
      kind: municipalityCode === null ? 'study' : 'municipality',
      municipalityCode,
      label,
      opensAt,
      closesAt,
      responseCap: input.responseCap ?? null,
      invitationOnly: input.invitationOnly ?? false,
      createdBy: user.id,
    };
  }

  private async publishedVersion(user: AuthenticatedUser, versionId: string): Promise<{ studyId: string }> {
    const found = await this.questionnaires.findVersionWithStudy(versionId);
    if (!found) throw new NotFoundError(`No questionnaire version has the id ${versionId}`);
    await this.studies.getForChange(user, found.studyId);
    if (found.version.status !== 'published') {
      throw new UnprocessableError(`Version ${found.version.versionNumber} is a draft: publish it before sending it out`);
    }
    return { studyId: found.studyId };
  }

  private async municipality(code: string): Promise<MunicipalitySummary> {
    const municipality = await this.register.findMunicipality(code);
    if (!municipality) throw new UnprocessableError(`There is no municipality with code ${code}`, [{ path: 'municipalityCode', message: 'Not a municipality in force' }]);
    return municipality;
  }

  private assertPeriod(opensAt: Date, closesAt: Date): void {
    if (closesAt.getTime() <= opensAt.getTime()) {
      throw new UnprocessableError('The link must close after it opens', [{ path: 'closesAt', message: 'Must be later than opensAt' }]);
    }
  }

  private async describe(link: SurveyLink): Promise<LinkResponseDto> {
    const counted = link.responseCap === null ? null : ((await this.links.quotaUsed([link.id])).get(link.id) ?? 0);
    return this.toDto(link, counted);
  }

  private toDto(link: SurveyLink, counted: number | null): LinkResponseDto {
    return LinkResponseDto.from(link, this.config.http.publicUrl, linkStatus(link, new Date(), counted ?? undefined), counted);
  }
}
