import { type FormEvent, useState } from 'react';
import { questionnaires } from '../../api/endpoints';
import type { Questionnaire, Study, VersionSummary } from '../../api/types';
import { Link, navigate, paths } from '../../app/router';
import { canDesign, useUser } from '../../app/session';
import { Field } from '../../components/Field';
import { LoadState } from '../../components/LoadState';
import { useLoad } from '../../components/useLoad';
import { useI18n } from '../../i18n/i18n';

/** The version to open: the newest draft if there is one, else the newest version. */
export function versionToOpen(questionnaire: Questionnaire): VersionSummary | undefined {
  const newestFirst = [...questionnaire.versions].sort((a, b) => b.versionNumber - a.versionNumber);
  return newestFirst.find((version) => version.status === 'draft') ?? newestFirst[0];
}

export function QuestionnairesTab({ study }: { study: Study }) {
  const { t, formatDate } = useI18n();
  const user = useUser();
  const list = useLoad(() => questionnaires.listOfStudy(study.id), [study.id]);

  return (
    <section aria-labelledby="questionnaires-title">
      <h2 id="questionnaires-title">{t('study.tab.questionnaires')}</h2>
      <LoadState loaded={list} />
      {list.data && list.data.length === 0 && <p className="empty">{canDesign(user) ? t('questionnaires.emptyDesigner') : t('questionnaires.empty')}</p>}
      {list.data && list.data.length > 0 && (
        <ul className="card-list">
          {list.data.map((questionnaire) => {
            const version = versionToOpen(questionnaire);
            return (
              <li key={questionnaire.id} className="card">
                <Link to={version ? paths.version(version.id) : paths.questionnaire(questionnaire.id)} className="card-title">
                  {questionnaire.title}
                </Link>
                {version && (
                  <p className="muted">
                    {version.status === 'draft'
                      ? t('questionnaires.draftVersion', { n: version.versionNumber, date: formatDate(version.updatedAt) })
                      : t('questionnaires.publishedVersion', { n: version.versionNumber, date: formatDate(version.publishedAt ?? version.updatedAt) })}
                  </p>
                )}
              </li>
            );
          })}
        </ul>
      )}
      {canDesign(user) && <CreateQuestionnaireForm studyId={study.id} />}
    </section>
  );
}

function CreateQuestionnaireForm({ studyId }: { studyId: string }) {
  const { t } = useI18n();
  const [title, setTitle] = useState('');
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!title.trim()) {
      setError(t('questionnaires.titleMissing'));
      document.getElementById('new-questionnaire-title')?.focus();
      return;
    }
    setBusy(true);
    try {
      const created = await questionnaires.create(studyId, title.trim());
      const draft = versionToOpen(created);
      navigate(draft ? paths.version(draft.id) : paths.questionnaire(created.id));
    } catch {
      setError(t('questionnaires.createFailed'));
      setBusy(false);
    }
  };

  return (
    <div className="panel">
      <h3>{t('questionnaires.newTitle')}</h3>
      <form onSubmit={submit} noValidate className="inline-form">
        <Field id="new-questionnaire-title" label={t('questionnaires.titleLabel')} errors={error ? [error] : []}>
          {(control) => <input {...control} type="text" maxLength={200} value={title} onChange={(e) => setTitle(e.target.value)} />}
        </Field>
        <button type="submit" className="button-primary" disabled={busy}>
          {t('questionnaires.create')}
        </button>
      </form>
    </div>
  );
}
