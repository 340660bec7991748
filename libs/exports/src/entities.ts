import { ExportDownload } from './export-download.entity';
import { ExportJob } from './export-job.entity';

export const exportsEntities: Function[] = [ExportJob, ExportDownload];
