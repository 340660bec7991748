import { I18nProvider, useI18n } from '../i18n/i18n';
import { LoginScreen } from '../screens/login/LoginScreen';
import { Layout } from './Layout';
import { Screen } from './Screen';
import { Redirect, usePathname } from './router';
import { SessionProvider, useSession } from './session';

export function App() {
  return (
    <I18nProvider>
      <SessionProvider>
        <Shell />
      </SessionProvider>
    </I18nProvider>
  );
}

/** Logged out, any address shows the login; after it the same address shows its screen. */
function Shell() {
  const { state } = useSession();
  const { t } = useI18n();
  const pathname = usePathname();
  if (state.status === 'loading') return <p className="loading app-loading">{t('load.loading')}</p>;
  if (state.status === 'signedOut') return <LoginScreen expired={state.expired} />;
  if (pathname === '/login') return <Redirect to="/" />;
  return (
    <Layout user={state.user}>
      <Screen pathname={pathname} user={state.user} />
    </Layout>
  );
}
