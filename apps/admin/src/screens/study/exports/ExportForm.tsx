import { type FormEvent, useState } from 'react';
import { ApiError } from '../../../api/client';
import { register } from '../../../api/endpoints';
import { EXPORT_KINDS, type ExportJob, type ExportKind, type ExportOptions, exportJobs } from '../../../api/exports';
import type { ResultsScope } from '../../../api/results';
import type { Questionnaire, Study } from '../../../api/types';
import { Field, FieldErrors } from '../../../components/Field';
import { Notice } from '../../../components/Notice';
import { useLoad } from '../../../components/useLoad';
import { useI18n } from '../../../i18n/i18n';

interface Props {
  study: Study;
  scope: ResultsScope;
  /** Questionnaires with published versions. */
  questionnaires: Questionnaire[];
  onStarted: (job: ExportJob) => void;
}

/** Someone limited to one municipality may make that municipality's report and nothing else. */
export const mayStart = (scope: ResultsScope, kind: ExportKind) => scope.municipality === null || kind === 'municipality_reports';

/** Picks a kind of export and its options, and asks the API to start it. */
export function ExportForm({ study, scope, questionnaires, onStarted }: Props) {
  const { t, language: uiLanguage } = useI18n();
  const scoped = scope.municipality !== null;
  const [kind, setKind] = useState<ExportKind>(scoped ? 'municipality_reports' : 'results_workbook');
  const [municipality, setMunicipality] = useState(scope.municipality?.code ?? '');
  const [format, setFormat] = useState<'xlsx' | 'csv'>('xlsx');
  const [separator, setSeparator] = useState<';' | ','>(';');
  const [formats, setFormats] = useState<('png' | 'svg')[]>(['png', 'svg']);
  const [language, setLanguage] = useState<'nb' | 'en'>(uiLanguage);
  const [questionnaireId, setQuestionnaireId] = useState(questionnaires[0]?.id ?? '');
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string>();
  const [formatError, setFormatError] = useState(false);
  const municipalities = useLoad(() => (scoped ? Promise.resolve([]) : register.municipalities()), [scoped]);

  const optionsOf = (): ExportOptions => ({
    language,
    ...(questionnaires.length > 1 ? { questionnaireId } : {}),
    ...(kind === 'municipality_reports' && municipality ? { municipality } : {}),
    ...(kind === 'raw_data' ? { format, ...(format === 'csv' ? { separator } : {}) } : {}),
    ...(kind === 'charts' ? { formats } : {}),
  });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setFailure(undefined);
    if (kind === 'charts' && formats.length === 0) {
      setFormatError(true);
      document.getElementById('export-format-png')?.focus();
      return;
    }
    setBusy(true);
    try {
      onStarted(await exportJobs.create(study.id, kind, optionsOf()));
    } catch (error) {
      const status = error instanceof ApiError ? error.status : 0;
      setFailure(status === 403 ? t('exports.forbidden') : t('exports.startFailed', { message: error instanceof Error ? error.message : String(error) }));
    } finally {
      setBusy(false);
    }
  };

  const toggleFormat = (name: 'png' | 'svg', on: boolean) => {
    setFormatError(false);
    setFormats((current) => (on ? [...current.filter((other) => other !== name), name].sort() : current.filter((other) => other !== name)));
  };

  return (
    <form className="panel export-form" aria-labelledby="export-new-title" onSubmit={submit} noValidate>
      <h3 id="export-new-title">{t('exports.new')}</h3>
      {scoped && <p className="scope-note">{t('exports.scoped', { municipality: scope.municipality!.name })}</p>}
      <fieldset className="export-kinds">
        <legend>{t('exports.kind')}</legend>
        {EXPORT_KINDS.map((candidate) => {
          const allowed = mayStart(scope, candidate);
          return (
            <div key={candidate} className={`export-kind${allowed ? '' : ' export-kind-refused'}`}>
              <label className="choice">
                <input
                  type="radio"
                  name="export-kind"
                  value={candidate}
                  checked={kind === candidate}
                  disabled={!allowed}
                  aria-describedby={`export-about-${candidate}`}
                  onChange={() => setKind(candidate)}
                />
                <span className="export-kind-name">{t(`exports.kind.${candidate}`)}</span>
              </label>
              <p className="hint" id={`export-about-${candidate}`}>
                {t(`exports.about.${candidate}`)}
                {!allowed && candidate !== 'municipality_reports' && (
                  <span className="refused-why">
                    {' '}
                    <strong>{t('exports.notForYou')}</strong> {t(`exports.scopedWhy.${candidate}`)}
                  </span>
                )}
              </p>
            </div>
          );
        })}
      </fieldset>

      <div className="export-options">
        {kind === 'municipality_reports' && (
          <Field id="export-municipality" label={t('exports.municipality')}>
            {(control) => (
              <select {...control} value={municipality} onChange={(event) => setMunicipality(event.target.value)}>
                {scoped ? (
                  <option value={scope.municipality!.code}>{scope.municipality!.name}</option>
                ) : (
                  <>
                    <option value="">{t('exports.allMunicipalities')}</option>
                    {municipalities.data?.map((entry) => (
                      <option key={entry.code} value={entry.code}>
                        {entry.name} ({entry.code})
                      </option>
                    ))}
                  </>
                )}
              </select>
            )}
          </Field>
        )}
        {kind === 'raw_data' && (
          <>
            <fieldset>
              <legend>{t('exports.format')}</legend>
              {(['xlsx', 'csv'] as const).map((name) => (
                <label key={name} className="choice">
                  <input type="radio" name="export-format" checked={format === name} onChange={() => setFormat(name)} />
                  {t(`exports.format.${name}`)}
                </label>
              ))}
            </fieldset>
            {format === 'csv' && (
              <fieldset>
                <legend>{t('exports.separator')}</legend>
                <label className="choice">
                  <input type="radio" name="export-separator" checked={separator === ';'} onChange={() => setSeparator(';')} />
                  {t('exports.separator.semicolon')}
                </label>
                <label className="choice">
                  <input type="radio" name="export-separator" checked={separator === ','} onChange={() => setSeparator(',')} />
                  {t('exports.separator.comma')}
                </label>
              </fieldset>
            )}
          </>
        )}
        {kind === 'charts' && (
          <fieldset aria-describedby={formatError ? 'export-formats-error' : 'export-formats-hint'} className={formatError ? 'field-invalid' : undefined}>
            <legend>{t('exports.imageFormats')}</legend>
            <p className="hint" id="export-formats-hint">
              {t('exports.imageFormatsHint')}
            </p>
            <FieldErrors id="export-formats-error" errors={formatError ? [t('exports.noFormat')] : []} />
            {(['png', 'svg'] as const).map((name) => (
              <label key={name} className="choice">
                <input id={`export-format-${name}`} type="checkbox" checked={formats.includes(name)} onChange={(event) => toggleFormat(name, event.target.checked)} />
                {t(`exports.${name}`)}
              </label>
            ))}
          </fieldset>
        )}
        <fieldset>
          <legend>{t('exports.language')}</legend>
          {(['nb', 'en'] as const).map((name) => (
            <label key={name} className="choice">
              <input type="radio" name="export-language" checked={language === name} onChange={() => setLanguage(name)} />
              {t(`exports.language.${name}`)}
            </label>
          ))}
        </fieldset>
        {questionnaires.length > 1 && (
          <Field id="export-questionnaire" label={t('exports.questionnaire')}>
            {(control) => (
              <select {...control} value={questionnaireId} onChange={(event) => setQuestionnaireId(event.target.value)}>
                {questionnaires.map((questionnaire) => (
                  <option key={questionnaire.id} value={questionnaire.id}>
                    {questionnaire.title}
                  </option>
                ))}
              </select>
            )}
          </Field>
        )}
      </div>
      {failure && <Notice tone="error">{failure}</Notice>}
      <div className="button-row">
        <button type="submit" className="button-primary" disabled={busy || !mayStart(scope, kind)}>
          {busy ? t('exports.starting') : t('exports.start')}
        </button>
      </div>
    </form>
  );
}
