import { type FormEvent, useState } from 'react';
import { ApiError, normalizeDetailPath } from '../../api/client';
import { users } from '../../api/endpoints';
import type { User, UserRole } from '../../api/types';
import { ErrorSummary } from '../../components/ErrorSummary';
import { Field } from '../../components/Field';
import { useI18n } from '../../i18n/i18n';

const ROLES: UserRole[] = ['designer', 'evaluator', 'admin'];
const PASSWORD_MIN_LENGTH = 12;
type Errors = Partial<Record<'displayName' | 'email' | 'role' | 'password' | 'form', string>>;
const EMPTY = { displayName: '', email: '', role: 'designer' as UserRole, password: '' };

export function CreateUserForm({ onCreated }: { onCreated: (user: User) => void }) {
  const { t } = useI18n();
  const [form, setForm] = useState(EMPTY);
  const [errors, setErrors] = useState<Errors>({});
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found: Errors = {};
    if (!form.displayName.trim()) found.displayName = t('users.nameMissing');
    if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(form.email.trim())) found.email = t('users.emailInvalid');
    if (form.password.length < PASSWORD_MIN_LENGTH) found.password = t('users.passwordShort', { n: PASSWORD_MIN_LENGTH });
    setErrors(found);
    if (Object.keys(found).length) return;
    setBusy(true);
    try {
      onCreated(await users.create({ ...form, displayName: form.displayName.trim(), email: form.email.trim() }));
      setForm(EMPTY);
    } catch (error) {
      setErrors(serverErrors(error, t));
    } finally {
      setBusy(false);
    }
  };

  const summary = Object.entries(errors).map(([field, message]) => ({ targetId: field === 'form' ? '' : `user-${field}`, message: message! }));
  const text = (name: 'displayName' | 'email' | 'password', type: string, autoComplete: string, hint?: string) => (
    <Field id={`user-${name}`} label={t(`users.field.${name}`)} hint={hint} errors={errors[name] ? [errors[name]!] : []}>
      {(control) => (
        <input {...control} type={type} autoComplete={autoComplete} value={form[name]} onChange={(e) => setForm({ ...form, [name]: e.target.value })} />
      )}
    </Field>
  );

  return (
    <section className="panel" aria-labelledby="new-user-title">
      <h2 id="new-user-title">{t('users.newTitle')}</h2>
      <ErrorSummary errors={summary} />
      <form onSubmit={submit} noValidate className="form-grid">
        {text('displayName', 'text', 'off')}
        {text('email', 'email', 'off')}
        <Field id="user-role" label={t('users.role')} hint={t('users.roleHint')} errors={errors.role ? [errors.role] : []}>
          {(control) => (
            <select {...control} value={form.role} onChange={(e) => setForm({ ...form, role: e.target.value as UserRole })}>
              {ROLES.map((role) => (
                <option key={role} value={role}>
                  {t(`role.${role}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        {text('password', 'password', 'new-password', t('users.passwordHint', { n: PASSWORD_MIN_LENGTH }))}
        <div>
          <button type="submit" className="button-primary" disabled={busy}>
            {t('users.create')}
          </button>
        </div>
      </form>
    </section>
  );
}

function serverErrors(error: unknown, t: ReturnType<typeof useI18n>['t']): Errors {
  if (!(error instanceof ApiError)) return { form: t('users.createFailed') };
  if (error.status === 409) return { email: t('users.emailTaken') };
  const found: Errors = {};
  for (const detail of error.details) {
    const field = normalizeDetailPath(detail.path) as keyof Errors;
    if (['displayName', 'email', 'role', 'password'].includes(field)) found[field] = detail.message;
  }
  return Object.keys(found).length ? found : { form: error.status === 0 ? t('load.offline') : t('users.createFailed') };
}
