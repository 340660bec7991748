import type { SessionUser } from '../api/types';
import { BuilderScreen } from '../builder/BuilderScreen';
import { OpenQuestionnaire } from '../builder/OpenQuestionnaire';
import { NotFoundScreen } from '../screens/NotFoundScreen';
import { StudiesScreen } from '../screens/studies/StudiesScreen';
import { StudyScreen } from '../screens/study/StudyScreen';
import { UsersScreen } from '../screens/users/UsersScreen';
import { parseRoute } from './router';

/** The screen for an address. Keys make a new address start with fresh state. */
export function Screen({ pathname, user }: { pathname: string; user: SessionUser }) {
  const route = parseRoute(pathname);
  switch (route.name) {
    case 'login':
    case 'studies':
      return <StudiesScreen />;
    case 'study':
      return <StudyScreen key={route.studyId} studyId={route.studyId} tab={route.tab} />;
    case 'users':
      return user.role === 'admin' ? <UsersScreen /> : <NotFoundScreen />;
    case 'questionnaire':
      return <OpenQuestionnaire key={route.questionnaireId} questionnaireId={route.questionnaireId} />;
    case 'version':
      return <BuilderScreen key={route.versionId} versionId={route.versionId} />;
    case 'notFound':
      return <NotFoundScreen />;
  }
}
