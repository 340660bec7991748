import { questionnaires, studies } from '../api/endpoints';
import { LoadState } from '../components/LoadState';
import { useLoad } from '../components/useLoad';
import { Builder } from './Builder';

/** Loads a version with its study (for the languages) and questionnaire (for the versions). */
export function BuilderScreen({ versionId }: { versionId: string }) {
  const loaded = useLoad(async () => {
    const version = await questionnaires.version(versionId);
    const [study, questionnaire] = await Promise.all([studies.get(version.studyId), questionnaires.get(version.questionnaireId)]);
    return { version, study, questionnaire };
  }, [versionId]);

  if (!loaded.data) {
    return (
      <div className="page">
        <LoadState loaded={loaded} />
      </div>
    );
  }
  const { version, study, questionnaire } = loaded.data;
  return <Builder key={`${version.id}-${version.status}`} version={version} study={study} questionnaire={questionnaire} onChanged={loaded.reload} />;
}
