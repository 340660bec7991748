import type { Language, LikertQuestion, MatrixQuestion } from '@questionnaire/browser';
import { FieldErrors } from '../../components/Field';
import { useI18n } from '../../i18n/i18n';
import { NumberInput } from '../fields/NumberInput';
import { problemText } from '../fields/problem-text';
import { TextsRow } from '../fields/TextsRow';
import type { EditorQuestion } from '../model/editor-model';
import { fieldId } from '../model/problems';
import { dontKnowCodeFor } from '../model/question-defaults';
import { useBuilder } from '../state/BuilderContext';
import { useQuestionChange } from './useQuestionChange';

type ScaleQuestion = EditorQuestion & (LikertQuestion | MatrixQuestion);

const POINTS = Array.from({ length: 10 }, (_, index) => index + 2);
const DONT_KNOW: Record<Language, string> = { nb: 'Vet ikke', nn: 'Veit ikkje', en: "Don't know" };

/** Points 1..n with words at both ends, and an optional "don't know" with a code outside the scale. */
export function ScaleEditor({ question, columnIds }: { question: ScaleQuestion; columnIds: (language: Language) => string }) {
  const { t, language } = useI18n();
  const { problems, readOnly, languages } = useBuilder();
  const { update } = useQuestionChange<ScaleQuestion>(question.uiKey);
  const key = question.uiKey;
  const scale = question.scale;
  const pointsId = fieldId(key, 'scale.points');
  const dontKnowId = `${fieldId(key, 'scale.dontKnow')}-toggle`;
  const errorsAt = (field: string) => problems.at(key, field).map((problem) => problemText(problem, t, language));
  const pointsErrors = errorsAt('scale.points');

  return (
    <fieldset className="scale">
      <legend>{t('builder.scale')}</legend>
      <div className="field field-short">
        <label htmlFor={pointsId}>{t('builder.points')}</label>
        <FieldErrors id={pointsErrors.length ? `${pointsId}-error` : undefined} errors={pointsErrors} />
        <select
          id={pointsId}
          value={scale.points}
          disabled={readOnly}
          aria-invalid={pointsErrors.length ? true : undefined}
          aria-describedby={pointsErrors.length ? `${pointsId}-error` : undefined}
          onChange={(e) => update((q) => void (q.scale.points = Number(e.target.value)))}
        >
          {POINTS.map((points) => (
            <option key={points} value={points}>
              {t('builder.pointsOption', { n: points })}
            </option>
          ))}
        </select>
      </div>
      <TextsRow
        ownerKey={key}
        field="scale.lowLabel"
        label={t('builder.lowLabel')}
        columnIds={columnIds}
        value={scale.lowLabel}
        onChange={(texts) => update((q) => void (q.scale.lowLabel = texts))}
      />
      <TextsRow
        ownerKey={key}
        field="scale.highLabel"
        label={t('builder.highLabel', { n: scale.points })}
        columnIds={columnIds}
        value={scale.highLabel}
        onChange={(texts) => update((q) => void (q.scale.highLabel = texts))}
      />
      <label className="choice" htmlFor={dontKnowId}>
        <input
          id={dontKnowId}
          type="checkbox"
          checked={Boolean(scale.dontKnow)}
          disabled={readOnly}
          onChange={(e) =>
            update((q) => {
              q.scale.dontKnow = e.target.checked
                ? { code: dontKnowCodeFor(q.scale.points), label: Object.fromEntries(languages.map((lang) => [lang, DONT_KNOW[lang]])) }
                : undefined;
            })
          }
        />
        {t('builder.dontKnow')}
      </label>
      {scale.dontKnow && (
        <div className="dont-know">
          <div className="field field-short">
            <label htmlFor={fieldId(key, 'scale.dontKnow.code')}>{t('builder.dontKnowCode')}</label>
            <NumberInput
              id={fieldId(key, 'scale.dontKnow.code')}
              kind="code"
              value={scale.dontKnow.code}
              readOnly={readOnly}
              problems={errorsAt('scale.dontKnow.code')}
              onChange={(code) => code !== undefined && update((q) => void (q.scale.dontKnow && (q.scale.dontKnow.code = code)))}
            />
          </div>
          <TextsRow
            ownerKey={key}
            field="scale.dontKnow.label"
            label={t('builder.dontKnowLabel')}
            columnIds={columnIds}
            value={scale.dontKnow.label}
            onChange={(texts) => update((q) => void (q.scale.dontKnow && (q.scale.dontKnow.label = texts)))}
          />
        </div>
      )}
    </fieldset>
  );
}
