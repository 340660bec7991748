import type { DateQuestion, NumberQuestion } from '@questionnaire/browser';
import { FieldErrors } from '../../components/Field';
import { useI18n } from '../../i18n/i18n';
import { NumberInput } from '../fields/NumberInput';
import { problemText } from '../fields/problem-text';
import type { EditorQuestion } from '../model/editor-model';
import { fieldId } from '../model/problems';
import { useBuilder } from '../state/BuilderContext';
import { useQuestionChange } from './useQuestionChange';

type Limit = 'min' | 'max' | 'minAge' | 'maxAge' | 'minSelections' | 'maxSelections' | 'maxLength';
type Kind = 'whole' | 'positive' | 'decimal';

/** The limits of number, age, year of birth, text, date and multiple-choice questions. */
export function TypeFields({ question }: { question: EditorQuestion }) {
  const { t } = useI18n();
  switch (question.type) {
    case 'number':
      return (
        <div className="limits">
          <NumberTypeChoice question={question} />
          <LimitInput question={question} name="min" kind="decimal" label={t('builder.min')} />
          <LimitInput question={question} name="max" kind="decimal" label={t('builder.max')} />
        </div>
      );
    case 'age':
      return (
        <div className="limits">
          <LimitInput question={question} name="min" kind="whole" label={t('builder.minAge')} hint={t('builder.ageDefault')} />
          <LimitInput question={question} name="max" kind="whole" label={t('builder.maxAge')} />
        </div>
      );
    case 'year_of_birth':
      return (
        <div className="limits">
          <LimitInput question={question} name="minAge" kind="whole" label={t('builder.minAge')} hint={t('builder.yearOfBirthHint')} />
          <LimitInput question={question} name="maxAge" kind="whole" label={t('builder.maxAge')} />
        </div>
      );
    case 'multiple_choice':
      return (
        <div className="limits">
          <LimitInput question={question} name="minSelections" kind="whole" label={t('builder.minSelections')} />
          <LimitInput question={question} name="maxSelections" kind="positive" label={t('builder.maxSelections')} />
        </div>
      );
    case 'short_text':
    case 'long_text':
      return (
        <div className="limits">
          <LimitInput
            question={question}
            name="maxLength"
            kind="positive"
            label={t('builder.maxLength')}
            hint={t('builder.maxLengthDefault', { n: question.type === 'short_text' ? 200 : 4000 })}
          />
        </div>
      );
    case 'date':
      return (
        <div className="limits">
          <DateLimit question={question} name="min" label={t('builder.firstDate')} />
          <DateLimit question={question} name="max" label={t('builder.lastDate')} />
        </div>
      );
    case 'municipality':
      return <p className="hint">{t('builder.municipalityHint')}</p>;
    default:
      return null;
  }
}

function LimitInput({ question, name, kind, label, hint }: { question: EditorQuestion; name: Limit; kind: Kind; label: string; hint?: string }) {
  const { t, language } = useI18n();
  const { problems, readOnly } = useBuilder();
  const { update } = useQuestionChange<EditorQuestion & Partial<Record<Limit, number>>>(question.uiKey);
  const id = fieldId(question.uiKey, name);
  const value = (question as Partial<Record<Limit, number>>)[name];
  return (
    <div className="field field-short">
      <label htmlFor={id}>{label}</label>
      {hint && (
        <p className="hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      <NumberInput
        id={id}
        kind={kind}
        optional
        value={value}
        readOnly={readOnly}
        aria-describedby={hint ? `${id}-hint` : undefined}
        problems={problems.at(question.uiKey, name).map((problem) => problemText(problem, t, language))}
        onChange={(next) =>
          update((q) => {
            if (next === undefined) delete q[name];
            else q[name] = next;
          })
        }
      />
    </div>
  );
}

function NumberTypeChoice({ question }: { question: EditorQuestion & NumberQuestion }) {
  const { t } = useI18n();
  const { readOnly } = useBuilder();
  const { update } = useQuestionChange<EditorQuestion & NumberQuestion>(question.uiKey);
  return (
    <fieldset className="field" id={fieldId(question.uiKey, 'numberType')} tabIndex={-1}>
      <legend>{t('builder.numberType')}</legend>
      {(['integer', 'decimal'] as const).map((numberType) => (
        <label key={numberType} className="choice">
          <input
            type="radio"
            name={`${question.uiKey}-numberType`}
            checked={question.numberType === numberType}
            disabled={readOnly}
            onChange={() => update((q) => void (q.numberType = numberType))}
          />
          {t(`builder.numberType.${numberType}`)}
        </label>
      ))}
    </fieldset>
  );
}

function DateLimit({ question, name, label }: { question: EditorQuestion & DateQuestion; name: 'min' | 'max'; label: string }) {
  const { t, language } = useI18n();
  const { problems, readOnly } = useBuilder();
  const { update } = useQuestionChange<EditorQuestion & DateQuestion>(question.uiKey);
  const id = fieldId(question.uiKey, name);
  const errors = problems.at(question.uiKey, name).map((problem) => problemText(problem, t, language));
  return (
    <div className="field field-short">
      <label htmlFor={id}>{label}</label>
      <FieldErrors id={errors.length ? `${id}-error` : undefined} errors={errors} />
      <input
        id={id}
        type="date"
        value={question[name] ?? ''}
        readOnly={readOnly}
        aria-invalid={errors.length ? true : undefined}
        aria-describedby={errors.length ? `${id}-error` : undefined}
        onChange={(event) =>
          update((q) => {
            if (/^\d{4}-\d{2}-\d{2}$/.test(event.target.value)) q[name] = event.target.value;
            else delete q[name];
          })
        }
      />
    </div>
  );
}
