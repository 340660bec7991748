import { type FormEvent, useEffect, useRef, useState } from 'react';
import { register, users } from '../../../api/endpoints';
import type { StudyAccess, User } from '../../../api/types';
import { FieldErrors } from '../../../components/Field';
import { useLoad } from '../../../components/useLoad';
import { useI18n } from '../../../i18n/i18n';

interface Props {
  user: User;
  studyId: string;
  current: StudyAccess | undefined;
  onCancel: () => void;
  onGranted: () => void;
}

/** The whole study, or one municipality picked by county from the register. */
export function GrantForm({ user, studyId, current, onCancel, onGranted }: Props) {
  const { t } = useI18n();
  const [limited, setLimited] = useState(Boolean(current?.municipalityCode));
  const [county, setCounty] = useState('');
  const [municipality, setMunicipality] = useState(current?.municipalityCode ?? '');
  const [error, setError] = useState<string>();
  const counties = useLoad(() => register.counties(), []);
  const municipalities = useLoad(() => register.municipalities(), []);
  const first = useRef<HTMLInputElement>(null);
  useEffect(() => first.current?.focus(), []);

  const selectedCounty = county || municipalities.data?.find((m) => m.code === municipality)?.countyCode || '';
  const inCounty = municipalities.data?.filter((m) => m.countyCode === selectedCounty) ?? [];
  const id = `grant-${user.id}`;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (limited && !municipality) {
      setError(t('access.pickMunicipality'));
      return;
    }
    try {
      await users.grant(user.id, studyId, limited ? municipality : null);
      onGranted();
    } catch {
      setError(t('access.failed'));
    }
  };

  return (
    <form className="grant-form" onSubmit={submit} noValidate aria-label={t('access.formLabel', { name: user.displayName })}>
      <fieldset>
        <legend className="sr-only">{t('access.access')}</legend>
        <label className="choice">
          <input ref={first} type="radio" name={`${id}-scope`} checked={!limited} onChange={() => setLimited(false)} />
          {t('access.wholeStudy')}
        </label>
        <label className="choice">
          <input type="radio" name={`${id}-scope`} checked={limited} onChange={() => setLimited(true)} />
          {t('access.oneMunicipality')}
        </label>
      </fieldset>
      {limited && (
        <div className="grant-pickers">
          <label htmlFor={`${id}-county`}>{t('access.county')}</label>
          <select
            id={`${id}-county`}
            value={selectedCounty}
            onChange={(e) => {
              setCounty(e.target.value);
              setMunicipality('');
            }}
          >
            <option value="">{t('access.pickCounty')}</option>
            {counties.data?.map((c) => (
              <option key={c.code} value={c.code}>
                {c.name}
              </option>
            ))}
          </select>
          <label htmlFor={`${id}-municipality`}>{t('access.municipality')}</label>
          <select id={`${id}-municipality`} value={municipality} disabled={!selectedCounty} onChange={(e) => setMunicipality(e.target.value)}>
            <option value="">{t('access.pickMunicipality')}</option>
            {inCounty.map((m) => (
              <option key={m.code} value={m.code}>
                {m.name} ({m.code})
              </option>
            ))}
          </select>
        </div>
      )}
      <FieldErrors errors={error ? [error] : []} />
      <div className="button-row">
        <button type="submit" className="button-primary">
          {t('access.save')}
        </button>
        <button type="button" className="button-quiet" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
