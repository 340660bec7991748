import type { ExportLanguage } from '../export-kinds';
import type { Figure } from '../results/display-rows';
import type { StudyResultsSnapshot } from '../results/study-results.reader';
import { WORDS } from '../texts';
import { breakdownGroups } from '@stemme/aggregation';

/** The overview's facts: study, questionnaire and versions, period, responses in all, when made. */
export function questionnaireFacts(snapshot: StudyResultsSnapshot, language: ExportLanguage): [string, string | Figure][] {
  const words = WORDS[language];
  const [nation] = breakdownGroups(snapshot.table, 'national', snapshot.geography.countyOf).groups;
  const versions = snapshot.questionnaire.versions
    .map((version) => `${version.versionNumber}${version.publishedAt ? ` (${version.publishedAt.toISOString().slice(0, 10)})` : ''}`)
    .join(', ');
  const { first, last } = snapshot.period;
  return [
    [words.study, snapshot.study.name],
    [words.questionnaire, snapshot.questionnaire.title],
    [words.versions, versions],
    [words.period, first && last ? `${first} – ${last}` : '–'],
    [words.responses, 'suppressed' in nation.published ? nation.published : nation.published.value],
    [words.made, new Date().toISOString().slice(0, 10)],
  ];
}
