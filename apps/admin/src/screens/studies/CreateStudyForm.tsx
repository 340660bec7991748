import { type FormEvent, useState } from 'react';
import { ApiError } from '../../api/client';
import { studies } from '../../api/endpoints';
import { navigate, paths } from '../../app/router';
import { Field } from '../../components/Field';
import { useI18n } from '../../i18n/i18n';

/** Only the name is needed; the settings have sensible defaults and can be changed later. */
export function CreateStudyForm() {
  const { t } = useI18n();
  const [name, setName] = useState('');
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!name.trim()) {
      setError(t('studies.nameMissing'));
      document.getElementById('new-study-name')?.focus();
      return;
    }
    setBusy(true);
    try {
      const study = await studies.create({ name: name.trim() });
      navigate(paths.study(study.id));
    } catch (failure) {
      setError(failure instanceof ApiError && failure.status === 0 ? t('load.offline') : t('studies.createFailed'));
      setBusy(false);
    }
  };

  return (
    <section className="panel" aria-labelledby="new-study-title">
      <h2 id="new-study-title">{t('studies.newTitle')}</h2>
      <form onSubmit={submit} noValidate className="inline-form">
        <Field id="new-study-name" label={t('studies.name')} hint={t('studies.nameHint')} errors={error ? [error] : []}>
          {(control) => <input {...control} type="text" maxLength={200} value={name} onChange={(e) => setName(e.target.value)} />}
        </Field>
        <button type="submit" className="button-primary" disabled={busy}>
          {t('studies.create')}
        </button>
      </form>
    </section>
  );
}
