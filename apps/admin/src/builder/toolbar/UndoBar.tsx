import { useI18n } from '../../i18n/i18n';
import { UNDO_BUTTON_ID } from '../state/useBuilderState';
import { useBuilder } from '../state/BuilderContext';

/** After a deletion: what went, and a way to bring it back. It stays until dismissed. */
export function UndoBar() {
  const { t } = useI18n();
  const { undo, runUndo, dismissUndo } = useBuilder();
  return (
    <div className="undo-bar-holder" aria-live="polite">
      {undo && (
        <div className="undo-bar" key={undo.id}>
          <span>{undo.message}</span>
          <button type="button" id={UNDO_BUTTON_ID} className="button-primary" onClick={runUndo}>
            {t('builder.undo')}
          </button>
          <button type="button" className="button-quiet" onClick={dismissUndo}>
            {t('builder.dismiss')}
          </button>
        </div>
      )}
    </div>
  );
}
