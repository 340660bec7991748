import { type FormEvent, useState } from 'react';
import { ApiError } from '../../api/client';
import { LanguageSwitch } from '../../app/Layout';
import { useSession } from '../../app/session';
import { Field } from '../../components/Field';
import { Notice } from '../../components/Notice';
import { PageHeading } from '../../components/PageHeading';
import { useI18n, waitTime } from '../../i18n/i18n';

export function LoginScreen({ expired }: { expired: boolean }) {
  const { t } = useI18n();
  const { login } = useSession();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!email.trim() || !password) {
      setError(t('login.missing'));
      return;
    }
    setBusy(true);
    setError(undefined);
    try {
      await login(email.trim(), password);
    } catch (failure) {
      setError(loginErrorMessage(failure, t));
      setBusy(false);
    }
  };

  return (
    <div className="login-page">
      <header className="login-top">
        <span className="brand">Stemme</span>
        <LanguageSwitch />
      </header>
      <main id="main" className="login-card">
        <PageHeading title={t('login.title')} />
        <p className="lead">{t('login.intro')}</p>
        {expired && !error && <Notice tone="warning">{t('login.expired')}</Notice>}
        {error && <Notice tone="error">{error}</Notice>}
        <form onSubmit={submit} noValidate>
          <Field id="login-email" label={t('login.email')}>
            {(control) => (
              <input {...control} type="email" autoComplete="username" value={email} onChange={(e) => setEmail(e.target.value)} required />
            )}
          </Field>
          <Field id="login-password" label={t('login.password')}>
            {(control) => (
              <input
                {...control}
                type="password"
                autoComplete="current-password"
                value={password}
                onChange={(e) => setPassword(e.target.value)}
                required
              />
            )}
          </Field>
          <button type="submit" className="button-primary" disabled={busy}>
            {busy ? t('login.busy') : t('login.submit')}
          </button>
        </form>
      </main>
    </div>
  );
}

function loginErrorMessage(failure: unknown, t: ReturnType<typeof useI18n>['t']): string {
  if (!(failure instanceof ApiError)) return t('login.failed');
  if (failure.status === 401 || failure.status === 400) return t('login.wrong');
  if (failure.status === 429) return t('login.tooMany', { wait: waitTime(t, failure.retryAfterSeconds ?? 900) });
  if (failure.status === 0) return t('load.offline');
  return t('login.failed');
}
