import { useEffect, useMemo, useState } from 'react';
import type { Questionnaire, Study, Version } from '../api/types';
import { Link, paths } from '../app/router';
import { canDesign, useUser } from '../app/session';
import { Notice } from '../components/Notice';
import { PageHeading } from '../components/PageHeading';
import { useI18n } from '../i18n/i18n';
import { LANGUAGE_ORDER, toEditor } from './model/editor-model';
import { clearBackup, readBackup, sameContent } from './model/local-backup';
import { anchorProblems, fieldId } from './model/problems';
import { PagesEditor } from './pages/PagesEditor';
import { PreviewPanel } from './preview/PreviewPanel';
import { BuilderContext, type BuilderContextValue } from './state/BuilderContext';
import { useBuilderState } from './state/useBuilderState';
import { ProblemSummary } from './toolbar/ProblemSummary';
import { PublishControls } from './toolbar/PublishControls';
import { SaveStatusView } from './toolbar/SaveStatusView';
import { UndoBar } from './toolbar/UndoBar';
import { VersionsList } from './toolbar/VersionsList';

interface Props {
  version: Version;
  study: Study;
  questionnaire: Questionnaire;
  onChanged: () => void;
}

/** Edits left in this browser win over the server's copy: they are newer and were never saved. */
function startingPoint(version: Version) {
  const backup = readBackup(version.id);
  if (backup && sameContent(backup, version.definition)) clearBackup(version.id);
  const restored = backup && !sameContent(backup, version.definition) ? backup : undefined;
  const editor = toEditor(restored ?? version.definition);
  return { editor, restored: Boolean(restored), problems: restored ? [] : anchorProblems(version.problems, editor) };
}

export function Builder({ version, study, questionnaire, onChanged }: Props) {
  const { t } = useI18n();
  const [start] = useState(() => startingPoint(version));
  const mayEdit = canDesign(useUser());
  const state = useBuilderState(version, start.editor, start.problems, mayEdit);
  const { editor, autosave } = state;
  const published = version.status === 'published';
  const languages = useMemo(() => LANGUAGE_ORDER.filter((language) => editor.languages.includes(language)), [editor.languages]);
  const studyLanguages = LANGUAGE_ORDER.filter((language) => study.languages.includes(language));
  const languagesDiffer = languages.join() !== studyLanguages.join();

  useEffect(() => {
    if (!start.restored) return;
    if (published) autosave.markConflict();
    else if (mayEdit) autosave.schedule(start.editor);
  }, []);

  const context: BuilderContextValue = { ...state, languages };
  const title = t(published ? 'builder.docTitlePublished' : 'builder.docTitleDraft', { title: questionnaire.title, n: version.versionNumber });

  return (
    <BuilderContext.Provider value={context}>
      <div className={`page builder langs-${languages.length}`}>
        <nav aria-label={t('layout.breadcrumbs')} className="breadcrumbs">
          <Link to={paths.studies()}>{t('layout.studies')}</Link> <span aria-hidden="true">›</span> <Link to={paths.study(study.id)}>{study.name}</Link>
        </nav>
        <div className="builder-head">
          <div>
            <PageHeading title={title}>{questionnaire.title}</PageHeading>
            <p className="version-line">
              {t(published ? 'builder.publishedLine' : mayEdit ? 'builder.draftLine' : 'builder.viewOnlyLine', { n: version.versionNumber })}
            </p>
          </div>
        </div>
        <div className="builder-toolbar">
          {(mayEdit || published) && <SaveStatusView status={autosave.status} published={published} announce={state.announce} />}
          {mayEdit && <PublishControls version={version} onPublished={onChanged} />}
        </div>
        {start.restored && (
          <Notice tone="info">{published ? t('builder.restoredPublished') : autosave.status.kind === 'saved' ? t('builder.restoredSaved') : t('builder.restored')}</Notice>
        )}
        {published && !start.restored && <Notice tone="info">{t(mayEdit ? 'builder.readOnly' : 'builder.publishedViewOnly')}</Notice>}
        {!published && !mayEdit && <Notice tone="info">{t('builder.viewOnly')}</Notice>}
        {languagesDiffer && !state.readOnly && (
          <Notice tone="warning">
            <p>
              {t('builder.languagesDiffer', {
                own: languages.map((language) => t(`language.${language}`)).join(', '),
                study: studyLanguages.map((language) => t(`language.${language}`)).join(', '),
              })}
            </p>
            <button type="button" id={fieldId('', 'languages')} className="button-secondary" onClick={() => state.change((draft) => void (draft.languages = studyLanguages))}>
              {t('builder.useStudyLanguages')}
            </button>
          </Notice>
        )}
        <ProblemSummary />
        <div className="builder-grid">
          <div className="builder-main">
            <PagesEditor />
          </div>
          <aside className="builder-side" aria-label={t('builder.aside')}>
            <VersionsList questionnaire={questionnaire} currentId={version.id} />
            <PreviewPanel versionId={version.id} />
            <section className="side-panel" aria-labelledby="lix-title">
              <h2 id="lix-title">{t('lix.title')}</h2>
              <p>{t('lix.about')}</p>
            </section>
          </aside>
        </div>
        <UndoBar />
        <p className="sr-only" aria-live="polite">
          {state.announcement}
        </p>
      </div>
    </BuilderContext.Provider>
  );
}
