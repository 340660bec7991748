import type { ReactNode } from 'react';
import type { SessionUser } from '../api/types';
import { useI18n } from '../i18n/i18n';
import { Link, paths, usePathname } from './router';
import { useSession } from './session';

export function Layout({ user, children }: { user: SessionUser; children: ReactNode }) {
  const { t } = useI18n();
  const { logout } = useSession();
  const pathname = usePathname();
  const onUsers = pathname === paths.users();
  return (
    <>
      <a className="skip-link" href="#main">
        {t('layout.skipToContent')}
      </a>
      <header className="topbar">
        <Link to={paths.studies()} className="brand">
          Stemme
        </Link>
        <nav aria-label={t('layout.mainMenu')} className="topnav">
          <Link to={paths.studies()} aria-current={!onUsers ? 'page' : undefined}>
            {t('layout.studies')}
          </Link>
          {user.role === 'admin' && (
            <Link to={paths.users()} aria-current={onUsers ? 'page' : undefined}>
              {t('layout.users')}
            </Link>
          )}
        </nav>
        <div className="topbar-end">
          <LanguageSwitch />
          <span className="user-name">{user.displayName}</span>
          <button type="button" className="button-quiet" onClick={() => logout()}>
            {t('layout.logout')}
          </button>
        </div>
      </header>
      <main id="main" tabIndex={-1}>
        {children}
      </main>
    </>
  );
}

/** Shows the other language in its own words, so anyone can find their way back. */
export function LanguageSwitch() {
  const { language, setLanguage } = useI18n();
  const other = language === 'nb' ? 'en' : 'nb';
  return (
    <button type="button" className="button-quiet" lang={other} onClick={() => setLanguage(other)}>
      {other === 'en' ? 'English' : 'Norsk'}
    </button>
  );
}
