import { Injectable } from '@nestjs/common';
import { AggregationRepository, AggregationTrigger } from '@stemme/aggregation';
import type { AuthenticatedUser } from '@stemme/identity';
import { NotFoundError } from '@stemme/platform';
import { StudiesService } from '../studies/studies.service';
import type { AggregationStatusDto, RebuildJobDto } from './dto/aggregation.dto';

/** Operating the count cube: how fresh it is, and full rebuilds on demand (admins and designers of the study). */
@Injectable()
export class AggregationService {
  constructor(
    private readonly studies: StudiesService,
    private readonly cube: AggregationRepository,
    private readonly trigger: AggregationTrigger,
  ) {}

  async status(user: AuthenticatedUser, studyId: string): Promise<AggregationStatusDto> {
    await this.studies.getForChange(user, studyId);
    const [state, behind] = await Promise.all([this.cube.findState(studyId), this.cube.hasUnfolded(studyId)]);
    return {
      responsesCounted: Number(state?.foldedCount ?? 0),
      lastFoldedAt: state?.foldedAt?.toISOString() ?? null,
      checkedAt: state?.checkedAt?.toISOString() ?? null,
      rebuiltAt: state?.rebuiltAt?.toISOString() ?? null,
      behind,
    };
  }

  async rebuild(user: AuthenticatedUser, studyId: string): Promise<RebuildJobDto> {
    await this.studies.getForChange(user, studyId);
    const jobId = await this.trigger.rebuild(studyId);
    return (await this.trigger.rebuildJob(studyId, jobId)) ?? { jobId, state: 'waiting', progress: null, failedReason: null };
  }

  async rebuildJob(user: AuthenticatedUser, studyId: string, jobId: string): Promise<RebuildJobDto> {
    await this.studies.getForChange(user, studyId);
    const job = await this.trigger.rebuildJob(studyId, jobId);
    if (!job) throw new NotFoundError(`No rebuild job ${jobId} for this study`);
    return job;
  }
}
