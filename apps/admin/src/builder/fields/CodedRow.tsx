import type { ReactNode } from 'react';
import type { Texts } from '@questionnaire/browser';
import { useI18n } from '../../i18n/i18n';
import { fieldId } from '../model/problems';
import { NumberInput } from './NumberInput';
import { RowActions } from './RowActions';
import { TextsRow } from './TextsRow';

interface Props {
  ownerKey: string;
  /** The row's path in the question, e.g. `options[2]`. */
  path: string;
  /** The field of the row that holds its texts: `label` of an option, `text` of a matrix item. */
  textsField: string;
  rowName: string;
  className: string;
  /** Class of the cell that holds the code (and `before` it). */
  codeCellClass: string;
  /** Fields shown in the code's cell before it, e.g. a matrix item's variable name. */
  before?: ReactNode;
  code: number;
  codeProblems: string[];
  onCode: (code: number) => void;
  texts: Texts;
  onTexts: (texts: Texts) => void;
  /** Ids of the language columns, shared with the list's LanguageHeader. */
  columns: string;
  index: number;
  count: number;
  onMove: (delta: -1 | 1) => void;
  onDelete: () => void;
  readOnly: boolean;
}

/** One row of a list with codes: an option of a choice question or an item of a matrix. */
export function CodedRow(props: Props) {
  const { t } = useI18n();
  const { ownerKey, path, rowName, index, readOnly } = props;
  const codeId = fieldId(ownerKey, `${path}.code`);
  return (
    <div className={props.className}>
      <div className={props.codeCellClass}>
        {props.before}
        <label className="sr-only" htmlFor={codeId}>
          {t('builder.codeOf', { name: rowName })}
        </label>
        <NumberInput
          id={codeId}
          kind="code"
          value={props.code}
          readOnly={readOnly}
          problems={props.codeProblems}
          onChange={(code) => code !== undefined && props.onCode(code)}
        />
      </div>
      <TextsRow
        ownerKey={ownerKey}
        field={`${path}.${props.textsField}`}
        label={rowName}
        labelHidden
        columnIds={(lang) => `${props.columns}-${lang}`}
        value={props.texts}
        onChange={props.onTexts}
      />
      <RowActions
        idPrefix={fieldId(ownerKey, path)}
        name={rowName}
        canUp={index > 0}
        canDown={index < props.count - 1}
        onMove={props.onMove}
        onDelete={props.onDelete}
        disabled={readOnly}
      />
    </div>
  );
}
