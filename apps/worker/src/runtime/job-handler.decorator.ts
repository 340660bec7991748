import { SetMetadata } from '@nestjs/common';
import { JobName } from '@stemme/platform';

export const JOB_HANDLER = 'stemme:job-handler';

/** Marks a provider method as the handler of one job of the catalogue. */
export const JobHandler = (name: JobName): MethodDecorator => SetMetadata(JOB_HANDLER, name);
