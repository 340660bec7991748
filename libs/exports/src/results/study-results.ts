import type { VersionDefinition } from '@stemme/aggregation';

/** A questionnaire and its published versions, oldest first. */
export interface ExportQuestionnaire {
  id: string;
  title: string;
  versions: (VersionDefinition & { versionNumber: number; publishedAt: Date | null })[];
}
