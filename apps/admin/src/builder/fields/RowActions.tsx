import { useI18n } from '../../i18n/i18n';

interface Props {
  /** Prefix of the buttons' ids: `${idPrefix}-up`, `-down`, `-delete`, so focus can follow a move. */
  idPrefix: string;
  /** What the buttons act on, for screen readers: "svaralternativ 2". */
  name: string;
  canUp: boolean;
  canDown: boolean;
  onMove: (delta: -1 | 1) => void;
  onDelete: () => void;
  disabled?: boolean;
}

/** Move up, move down and delete: the keyboard's way to reorder, and a way for everyone. */
export function RowActions({ idPrefix, name, canUp, canDown, onMove, onDelete, disabled }: Props) {
  const { t } = useI18n();
  if (disabled) return null;
  return (
    <div className="row-actions">
      <button type="button" id={`${idPrefix}-up`} className="button-icon" disabled={!canUp} onClick={() => onMove(-1)}>
        <span aria-hidden="true">↑</span>
        <span className="sr-only">
          {t('builder.moveUp')} {name}
        </span>
        <span className="button-icon-text" aria-hidden="true">
          {t('builder.moveUpShort')}
        </span>
      </button>
      <button type="button" id={`${idPrefix}-down`} className="button-icon" disabled={!canDown} onClick={() => onMove(1)}>
        <span aria-hidden="true">↓</span>
        <span className="sr-only">
          {t('builder.moveDown')} {name}
        </span>
        <span className="button-icon-text" aria-hidden="true">
          {t('builder.moveDownShort')}
        </span>
      </button>
      <button type="button" id={`${idPrefix}-delete`} className="button-icon button-danger" onClick={onDelete}>
        <span className="sr-only">
          {t('builder.delete')} {name}
        </span>
        <span aria-hidden="true">{t('builder.delete')}</span>
      </button>
    </div>
  );
}
