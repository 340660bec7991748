import { questionnaires } from '../api/endpoints';
import { paths, Redirect } from '../app/router';
import { LoadState } from '../components/LoadState';
import { useLoad } from '../components/useLoad';
import { versionToOpen } from '../screens/study/QuestionnairesTab';

/** /questionnaires/:id opens the version to work on: the newest draft, else the newest version. */
export function OpenQuestionnaire({ questionnaireId }: { questionnaireId: string }) {
  const loaded = useLoad(() => questionnaires.get(questionnaireId), [questionnaireId]);
  const version = loaded.data && versionToOpen(loaded.data);
  if (version) return <Redirect to={paths.version(version.id)} />;
  return (
    <div className="page">
      <LoadState loaded={loaded} />
    </div>
  );
}
