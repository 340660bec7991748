import { useState } from 'react';
import type { PathProblem } from '@questionnaire/browser';
import { ApiError } from '../../api/client';
import { questionnaires } from '../../api/endpoints';
import type { Version } from '../../api/types';
import { navigate, paths } from '../../app/router';
import { Notice } from '../../components/Notice';
import { useI18n } from '../../i18n/i18n';
import { toDefinition } from '../model/editor-model';
import { clearBackup, writeBackup } from '../model/local-backup';
import { anchorProblems } from '../model/problems';
import { useBuilder } from '../state/BuilderContext';
import { ConfirmDialog } from './ConfirmDialog';
import { PROBLEM_SUMMARY_ID } from './ProblemSummary';

/** Publish a draft (after a confirmation), or start a new draft from this version. */
export function PublishControls({ version, onPublished }: { version: Version; onPublished: () => void }) {
  const { t } = useI18n();
  const { editor, readOnly, latestProblems, setProblems, autosave, focusNext } = useBuilder();
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<string>();

  const startPublishing = async () => {
    setMessage(undefined);
    setBusy(true);
    const saved = await autosave.flush();
    setBusy(false);
    if (!saved) return setMessage(t('publish.notSaved'));
    const problems = latestProblems();
    if (problems.length) {
      setMessage(t('publish.fixFirst', { n: problems.length }));
      focusNext([PROBLEM_SUMMARY_ID]);
      return;
    }
    setConfirming(true);
  };

  const publish = async () => {
    setBusy(true);
    try {
      await questionnaires.publish(version.id);
      setConfirming(false);
      onPublished();
    } catch (error) {
      setConfirming(false);
      if (error instanceof ApiError && error.status === 422) {
        setProblems(anchorProblems(error.details as PathProblem[], editor));
        setMessage(t('publish.fixFirst', { n: error.details.length }));
        focusNext([PROBLEM_SUMMARY_ID]);
      } else setMessage(t('publish.failed'));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="publish-controls">
      {!readOnly && autosave.status.kind !== 'conflict' && (
        <button type="button" className="button-primary" onClick={startPublishing} disabled={busy}>
          {t('publish.button', { n: version.versionNumber })}
        </button>
      )}
      {(readOnly || autosave.status.kind === 'conflict') && <NewDraftButton version={version} carryEdits={autosave.status.kind === 'conflict'} editorDefinition={() => toDefinition(editor)} />}
      {message && <Notice tone="warning">{message}</Notice>}
      <ConfirmDialog
        open={confirming}
        title={t('publish.confirmTitle', { n: version.versionNumber })}
        confirmLabel={t('publish.confirm')}
        cancelLabel={t('common.cancel')}
        busy={busy}
        onConfirm={publish}
        onCancel={() => setConfirming(false)}
      >
        <p>{t('publish.confirmText1')}</p>
        <p>{t('publish.confirmText2')}</p>
      </ConfirmDialog>
    </div>
  );
}

interface NewDraftProps {
  version: Version;
  /** Whether edits that the server refused should go into the new draft. */
  carryEdits: boolean;
  editorDefinition: () => ReturnType<typeof toDefinition>;
}

/** A new draft from this version; after a refused save, it carries the unsaved edits along. */
export function NewDraftButton({ version, carryEdits, editorDefinition }: NewDraftProps) {
  const { t } = useI18n();
  const [failed, setFailed] = useState(false);
  const create = async () => {
    setFailed(false);
    try {
      const draft = await questionnaires.draftFrom(version.id);
      if (carryEdits) {
        writeBackup(draft.id, editorDefinition());
        clearBackup(version.id);
      }
      navigate(paths.version(draft.id));
    } catch {
      setFailed(true);
    }
  };
  return (
    <>
      <button type="button" className="button-primary" onClick={create}>
        {carryEdits ? t('publish.newDraftWithEdits') : t('publish.newDraft')}
      </button>
      {failed && <Notice tone="error">{t('publish.newDraftFailed')}</Notice>}
    </>
  );
}
