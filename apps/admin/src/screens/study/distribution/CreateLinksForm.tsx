import { type FormEvent, useState } from 'react';
import { links, type LinkSettings, type SurveyLink } from '../../../api/distribution';
import { register } from '../../../api/endpoints';
import { ErrorSummary, type SummaryError } from '../../../components/ErrorSummary';
import { Field } from '../../../components/Field';
import { useLoad } from '../../../components/useLoad';
import { useI18n } from '../../../i18n/i18n';
import { defaultClosing, fieldsOf, fromLocalInput, parseCap, type LinkField } from './link-form';

export interface PublishedVersion {
  id: string;
  label: string;
}

type Target = 'study' | 'municipality' | 'county';

const FIELD_IDS: Record<LinkField, string> = {
  opensAt: 'link-opens',
  closesAt: 'link-closes',
  responseCap: 'link-cap',
  municipalityCode: 'link-municipality',
  countyCode: 'link-county',
};

/** One study-wide link, one for a municipality, or one for each municipality of a county. */
export function CreateLinksForm({ versions, onCreated }: { versions: PublishedVersion[]; onCreated: (created: SurveyLink[]) => void }) {
  const { t } = useI18n();
  const [versionId, setVersionId] = useState(versions[0].id);
  const [target, setTarget] = useState<Target>('study');
  const [county, setCounty] = useState('');
  const [municipality, setMunicipality] = useState('');
  const [label, setLabel] = useState('');
  const [opensAt, setOpensAt] = useState('');
  const [closesAt, setClosesAt] = useState(defaultClosing);
  const [cap, setCap] = useState('');
  const [invitationOnly, setInvitationOnly] = useState(false);
  const [errors, setErrors] = useState<Partial<Record<LinkField | 'form', string>>>({});
  const [busy, setBusy] = useState(false);
  const counties = useLoad(() => register.counties(), []);
  const municipalities = useLoad(() => (county ? register.municipalities(county) : Promise.resolve([])), [county]);

  const check = (): Partial<Record<LinkField, string>> => {
    const found: Partial<Record<LinkField, string>> = {};
    const closes = fromLocalInput(closesAt);
    const opens = fromLocalInput(opensAt);
    if (!closes) found.closesAt = t('distribution.error.closesAt');
    else if (new Date(closes).getTime() <= new Date(opens ?? Date.now()).getTime()) found.closesAt = t('distribution.error.closesBeforeOpens');
    if (parseCap(cap) === undefined) found.responseCap = t('distribution.error.cap');
    if (target !== 'study' && !county) found.countyCode = t('distribution.error.county');
    if (target === 'municipality' && county && !municipality) found.municipalityCode = t('distribution.error.municipality');
    return found;
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found = check();
    setErrors(found);
    if (Object.keys(found).length) return;
    const settings: LinkSettings = { opensAt: fromLocalInput(opensAt), closesAt: fromLocalInput(closesAt)!, responseCap: parseCap(cap), invitationOnly };
    const name = label.trim() || undefined;
    setBusy(true);
    try {
      const created =
        target === 'county'
          ? await links.createForCounty(versionId, { ...settings, countyCode: county, labelPrefix: name })
          : [await links.create(versionId, { ...settings, label: name, municipalityCode: target === 'municipality' ? municipality : undefined })];
      // The next link starts without this one's name, cap or invitation rule; the version,
      // the kind and the open period are usually the same for a batch of links.
      setLabel('');
      setCap('');
      setInvitationOnly(false);
      onCreated(created);
    } catch (error) {
      const fields = fieldsOf(error);
      const messages: Partial<Record<LinkField | 'form', string>> = {};
      if (fields.includes('closesAt')) messages.closesAt = t('distribution.error.closesBeforeOpens');
      if (fields.includes('municipalityCode')) messages.municipalityCode = t('distribution.error.municipality');
      if (fields.includes('countyCode')) messages.countyCode = t('distribution.error.county');
      if (fields.includes('responseCap')) messages.responseCap = t('distribution.error.cap');
      if (!Object.keys(messages).length) messages.form = t('distribution.error.failed');
      setErrors(messages);
    } finally {
      setBusy(false);
    }
  };

  const summary: SummaryError[] = Object.entries(errors).map(([field, message]) => ({ targetId: field === 'form' ? '' : FIELD_IDS[field as LinkField], message: message! }));
  const fieldErrors = (field: LinkField) => (errors[field] ? [errors[field]!] : []);

  return (
    <form className="link-form" onSubmit={submit} noValidate aria-labelledby="create-links-title">
      <h3 id="create-links-title">{t('distribution.create')}</h3>
      <ErrorSummary errors={summary} />
      <Field id="link-version" label={t('distribution.version')}>
        {(control) => (
          <select {...control} value={versionId} onChange={(e) => setVersionId(e.target.value)}>
            {versions.map((version) => (
              <option key={version.id} value={version.id}>
                {version.label}
              </option>
            ))}
          </select>
        )}
      </Field>
      <fieldset>
        <legend>{t('distribution.target')}</legend>
        {(['study', 'municipality', 'county'] as const).map((value) => (
          <label className="choice" key={value}>
            <input type="radio" name="link-target" value={value} checked={target === value} onChange={() => setTarget(value)} />
            {t(value === 'study' ? 'distribution.targetStudy' : value === 'municipality' ? 'distribution.targetMunicipality' : 'distribution.targetCounty')}
          </label>
        ))}
      </fieldset>
      {target !== 'study' && (
        <div className="link-places">
          <Field id={FIELD_IDS.countyCode} label={t('distribution.county')} errors={fieldErrors('countyCode')}>
            {(control) => (
              <select
                {...control}
                value={county}
                onChange={(e) => {
                  setCounty(e.target.value);
                  setMunicipality('');
                }}
              >
                <option value="">{t('distribution.pickCounty')}</option>
                {counties.data?.map((c) => (
                  <option key={c.code} value={c.code}>
                    {target === 'county' ? t('distribution.countyCount', { name: c.name, n: c.municipalityCount }) : c.name}
                  </option>
                ))}
              </select>
            )}
          </Field>
          {target === 'municipality' && (
            <Field id={FIELD_IDS.municipalityCode} label={t('distribution.municipality')} errors={fieldErrors('municipalityCode')}>
              {(control) => (
                <select {...control} value={municipality} disabled={!county} onChange={(e) => setMunicipality(e.target.value)}>
                  <option value="">{t('distribution.pickMunicipality')}</option>
                  {municipalities.data?.map((m) => (
                    <option key={m.code} value={m.code}>
                      {m.name} ({m.code})
                    </option>
                  ))}
                </select>
              )}
            </Field>
          )}
        </div>
      )}
      <Field
        id="link-label"
        label={t(target === 'county' ? 'distribution.labelPrefix' : 'distribution.label')}
        hint={t(target === 'county' ? 'distribution.labelPrefixHint' : 'distribution.labelHint')}
      >
        {(control) => <input {...control} type="text" maxLength={target === 'county' ? 150 : 200} value={label} onChange={(e) => setLabel(e.target.value)} />}
      </Field>
      <fieldset>
        <legend>{t('distribution.period')}</legend>
        <div className="link-times">
          <Field id={FIELD_IDS.opensAt} label={t('distribution.opensAt')} hint={t('distribution.opensAtHint')} errors={fieldErrors('opensAt')}>
            {(control) => <input {...control} type="datetime-local" value={opensAt} onChange={(e) => setOpensAt(e.target.value)} />}
          </Field>
          <Field id={FIELD_IDS.closesAt} label={t('distribution.closesAt')} errors={fieldErrors('closesAt')}>
            {(control) => <input {...control} type="datetime-local" required value={closesAt} onChange={(e) => setClosesAt(e.target.value)} />}
          </Field>
        </div>
      </fieldset>
      <Field id={FIELD_IDS.responseCap} label={t('distribution.cap')} hint={t('distribution.capHint')} errors={fieldErrors('responseCap')}>
        {(control) => <input {...control} type="text" inputMode="numeric" className="input-short" value={cap} onChange={(e) => setCap(e.target.value)} />}
      </Field>
      <div className="field">
        <label className="choice">
          <input type="checkbox" checked={invitationOnly} aria-describedby="link-invitation-hint" onChange={(e) => setInvitationOnly(e.target.checked)} />
          {t('distribution.invitationOnly')}
        </label>
        <p className="hint" id="link-invitation-hint">
          {t('distribution.invitationOnlyHint')}
        </p>
      </div>
      <button type="submit" className="button-primary" disabled={busy}>
        {t(target === 'county' ? 'distribution.submitCounty' : 'distribution.submitOne')}
      </button>
    </form>
  );
}
