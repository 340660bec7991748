import { type FormEvent, useState } from 'react';
import { links, type LinkChanges, type SurveyLink } from '../../../api/distribution';
import { Field } from '../../../components/Field';
import { useI18n } from '../../../i18n/i18n';
import { fieldsOf, fromLocalInput, parseCap, toLocalInput } from './link-form';

/** The name, the times, the cap and whether a code is needed, for one link. */
export function EditLinkForm({ link, onSaved, onCancel }: { link: SurveyLink; onSaved: (link: SurveyLink) => void; onCancel: () => void }) {
  const { t } = useI18n();
  const [label, setLabel] = useState(link.label);
  const [opensAt, setOpensAt] = useState(toLocalInput(new Date(link.opensAt)));
  const [closesAt, setClosesAt] = useState(toLocalInput(new Date(link.closesAt)));
  const [cap, setCap] = useState(link.responseCap === null ? '' : String(link.responseCap));
  const [invitationOnly, setInvitationOnly] = useState(link.invitationOnly);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const id = `edit-${link.id}`;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const opens = fromLocalInput(opensAt);
    const closes = fromLocalInput(closesAt);
    const responseCap = parseCap(cap);
    const found: Record<string, string> = {};
    if (!closes) found.closesAt = t('distribution.error.closesAt');
    else if (opens && new Date(closes) <= new Date(opens)) found.closesAt = t('distribution.error.closesBeforeOpens');
    if (responseCap === undefined) found.responseCap = t('distribution.error.cap');
    setErrors(found);
    if (Object.keys(found).length) return;
    const changes: LinkChanges = { label: label.trim() || link.label, closesAt: closes, responseCap, invitationOnly };
    if (opens) changes.opensAt = opens;
    try {
      onSaved(await links.update(link.id, changes));
    } catch (error) {
      setErrors(fieldsOf(error).includes('closesAt') ? { closesAt: t('distribution.error.closesBeforeOpens') } : { form: t('distribution.error.failed') });
    }
  };

  return (
    <form className="link-details" onSubmit={submit} noValidate aria-labelledby={`${id}-title`}>
      <h4 id={`${id}-title`}>{t('distribution.editTitle', { label: link.label })}</h4>
      {errors.form && (
        <p className="field-error" role="alert">
          {errors.form}
        </p>
      )}
      <div className="link-times">
        <Field id={`${id}-label`} label={t('distribution.label')}>
          {(control) => <input {...control} type="text" maxLength={200} value={label} onChange={(e) => setLabel(e.target.value)} />}
        </Field>
        <Field id={`${id}-opens`} label={t('distribution.opensAt')}>
          {(control) => <input {...control} type="datetime-local" value={opensAt} onChange={(e) => setOpensAt(e.target.value)} />}
        </Field>
        <Field id={`${id}-closes`} label={t('distribution.closesAt')} errors={errors.closesAt ? [errors.closesAt] : []}>
          {(control) => <input {...control} type="datetime-local" value={closesAt} onChange={(e) => setClosesAt(e.target.value)} />}
        </Field>
        <Field id={`${id}-cap`} label={t('distribution.cap')} errors={errors.responseCap ? [errors.responseCap] : []}>
          {(control) => <input {...control} type="text" inputMode="numeric" className="input-short" value={cap} onChange={(e) => setCap(e.target.value)} />}
        </Field>
      </div>
      <label className="choice">
        <input type="checkbox" checked={invitationOnly} onChange={(e) => setInvitationOnly(e.target.checked)} />
        {t('distribution.invitationOnly')}
      </label>
      <div className="button-row">
        <button type="submit" className="button-primary">
          {t('distribution.save')}
        </button>
        <button type="button" className="button-quiet" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
