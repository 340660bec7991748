import { type FormEvent, useState } from 'react';
import type { Language } from '@questionnaire/browser';
import { ApiError, normalizeDetailPath } from '../../../api/client';
import { studies } from '../../../api/endpoints';
import type { Study } from '../../../api/types';
import { canDesign, useUser } from '../../../app/session';
import { ErrorSummary } from '../../../components/ErrorSummary';
import { Field } from '../../../components/Field';
import { Notice } from '../../../components/Notice';
import { useI18n } from '../../../i18n/i18n';
import { AgeBandsEditor } from './AgeBandsEditor';
import { ReceiptHelpEditor } from './ReceiptHelpEditor';
import { checkForm, fieldIdOf, type FormErrors, formFromStudy, type SettingsForm, whereIs } from './settings-form';

const OPTIONAL_LANGUAGES: Language[] = ['nn', 'en'];

export function StudySettingsTab({ study, onSaved }: { study: Study; onSaved: (study: Study) => void }) {
  const { t } = useI18n();
  const editable = canDesign(useUser());
  const [form, setForm] = useState<SettingsForm>(() => formFromStudy(study));
  const [errors, setErrors] = useState<FormErrors>({});
  const [saved, setSaved] = useState(false);
  const [failure, setFailure] = useState<string>();
  const [busy, setBusy] = useState(false);
  const set = (change: Partial<SettingsForm>) => {
    setForm((current) => ({ ...current, ...change }));
    setSaved(false);
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setFailure(undefined);
    const checked = checkForm(form, t);
    setErrors(checked.errors);
    if (!checked.settings) return;
    setBusy(true);
    try {
      const updated = await studies.update(study.id, checked.settings);
      onSaved(updated);
      setForm(formFromStudy(updated));
      setSaved(true);
    } catch (error) {
      if (error instanceof ApiError && error.details.length && (error.status === 422 || error.status === 400)) {
        const fromServer: FormErrors = {};
        for (const detail of error.details) (fromServer[normalizeDetailPath(detail.path)] ??= []).push(detail.message);
        setErrors(fromServer);
      } else {
        setFailure(error instanceof ApiError && error.status === 0 ? t('load.offline') : t('settings.saveFailed'));
      }
    } finally {
      setBusy(false);
    }
  };

  const summary = Object.entries(errors).flatMap(([path, messages]) =>
    messages.map((message) => ({ targetId: fieldIdOf(path), message: `${whereIs(path, t)}: ${message}` })),
  );
  const number = (name: 'disclosureThreshold' | 'reportingMinimum' | 'unfinishedExpiryDays', id: string, label: string, hint: string) => (
    <Field id={id} label={label} hint={hint} errors={errors[name]} className="field-short">
      {(control) => <input {...control} type="text" inputMode="numeric" value={form[name]} onChange={(e) => set({ [name]: e.target.value })} />}
    </Field>
  );

  return (
    <section aria-labelledby="settings-title">
      <h2 id="settings-title">{t('study.tab.settings')}</h2>
      <ErrorSummary errors={summary} />
      {failure && <Notice tone="error">{failure}</Notice>}
      <form onSubmit={submit} noValidate className="settings-form">
        <fieldset disabled={!editable} className="plain">
          <Field id="settings-name" label={t('studies.name')} errors={errors['name']}>
            {(control) => <input {...control} type="text" maxLength={200} value={form.name} onChange={(e) => set({ name: e.target.value })} />}
          </Field>
          <Field id="settings-description" label={t('settings.description')} hint={t('settings.descriptionHint')}>
            {(control) => <textarea {...control} rows={3} maxLength={5000} value={form.description} onChange={(e) => set({ description: e.target.value })} />}
          </Field>
          <h3>{t('settings.privacy')}</h3>
          {number('disclosureThreshold', 'settings-disclosureThreshold', t('settings.k'), t('settings.kHint'))}
          {number('reportingMinimum', 'settings-reportingMinimum', t('settings.reportingMinimum'), t('settings.reportingMinimumHint'))}
          <fieldset>
            <legend>{t('settings.freeText')}</legend>
            {[false, true].map((value) => (
              <label key={String(value)} className="choice">
                <input type="radio" name="freeTextExport" checked={form.freeTextExport === value} onChange={() => set({ freeTextExport: value })} />
                {value ? t('settings.freeTextYes') : t('settings.freeTextNo')}
              </label>
            ))}
          </fieldset>
          <AgeBandsEditor rows={form.ageBands} errors={errors} onChange={(ageBands) => set({ ageBands })} />
          <h3>{t('settings.collection')}</h3>
          <fieldset>
            <legend>{t('settings.languages')}</legend>
            <p className="hint">{t('settings.languagesHint')}</p>
            <label className="choice">
              <input type="checkbox" checked disabled />
              {t('language.nb')} {t('settings.alwaysOn')}
            </label>
            {OPTIONAL_LANGUAGES.map((language, index) => (
              <label key={language} className="choice">
                <input
                  id={index === 0 ? 'settings-languages' : undefined}
                  type="checkbox"
                  checked={form.languages.includes(language)}
                  onChange={(e) =>
                    set({ languages: e.target.checked ? [...form.languages, language] : form.languages.filter((code) => code !== language) })
                  }
                />
                {t(`language.${language}`)}
              </label>
            ))}
          </fieldset>
          {number('unfinishedExpiryDays', 'settings-unfinishedExpiryDays', t('settings.expiryDays'), t('settings.expiryDaysHint'))}
          <ReceiptHelpEditor languages={form.languages} text={form.helpText} links={form.helpLinks} errors={errors} onChange={set} />
        </fieldset>
        {saved && <Notice tone="success">{t('settings.saved')}</Notice>}
        {editable && (
          <button type="submit" className="button-primary" disabled={busy}>
            {busy ? t('common.saving') : t('settings.save')}
          </button>
        )}
      </form>
    </section>
  );
}
