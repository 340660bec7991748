import { type FormEvent, useState } from 'react';
import { invitations, type SurveyLink } from '../../../api/distribution';
import { Field } from '../../../components/Field';
import { LoadState } from '../../../components/LoadState';
import { Notice } from '../../../components/Notice';
import { useLoad } from '../../../components/useLoad';
import { useI18n } from '../../../i18n/i18n';
import { downloadCsv } from './download';

/** Makes a batch of single-use codes for an invitation-only link; the CSV downloads at once. */
export function InvitationBatches({ link, onClose }: { link: SurveyLink; onClose: () => void }) {
  const { t, formatDate } = useI18n();
  const batches = useLoad(() => invitations.list(link.id), [link.id]);
  const [count, setCount] = useState('100');
  const [label, setLabel] = useState('');
  const [error, setError] = useState<string>();
  const [made, setMade] = useState<string>();
  const [busy, setBusy] = useState(false);
  const id = `codes-${link.id}`;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const n = Number(count);
    if (!Number.isInteger(n) || n < 1 || n > 10_000) {
      setError(t('distribution.error.codeCount'));
      return;
    }
    setError(undefined);
    setBusy(true);
    try {
      const batch = await invitations.create(link.id, n, label.trim() || undefined);
      const file = `invitasjonskoder-${link.label.replace(/[^\p{L}\p{N}_-]+/gu, '-')}-${batch.batchId.slice(0, 8)}.csv`;
      downloadCsv(file, batch.csv);
      setMade(t('distribution.codesMade', { n, file }));
      setLabel('');
      batches.reload();
    } catch {
      setError(t('distribution.error.failed'));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="link-details" aria-labelledby={`${id}-title`}>
      <h4 id={`${id}-title`}>{t('distribution.codesTitle', { label: link.label })}</h4>
      {!link.invitationOnly ? (
        <p>{t('distribution.notInvitationOnly')}</p>
      ) : (
        <>
          <Notice tone="warning">
            <p>{t('distribution.codesOnce')}</p>
          </Notice>
          <form className="inline-form" onSubmit={submit} noValidate>
            <Field id={`${id}-count`} label={t('distribution.codeCount')} hint={t('distribution.codeCountHint')} errors={error ? [error] : []}>
              {(control) => <input {...control} type="text" inputMode="numeric" className="input-short" value={count} onChange={(e) => setCount(e.target.value)} />}
            </Field>
            <Field id={`${id}-label`} label={t('distribution.batchLabel')}>
              {(control) => <input {...control} type="text" maxLength={200} value={label} onChange={(e) => setLabel(e.target.value)} />}
            </Field>
            <button type="submit" className="button-primary" disabled={busy}>
              {t('distribution.makeCodes')}
            </button>
          </form>
          {made && <Notice tone="success">{made}</Notice>}
        </>
      )}
      <h5>{t('distribution.batches')}</h5>
      <LoadState loaded={batches} />
      {batches.data &&
        (batches.data.length === 0 ? (
          <p>{t('distribution.noBatches')}</p>
        ) : (
          <ul>
            {batches.data.map((batch) => (
              <li key={batch.id}>
                {t('distribution.batchLine', {
                  label: batch.label || t('distribution.batchUnnamed'),
                  used: batch.usedCount,
                  count: batch.codeCount,
                  date: formatDate(batch.createdAt),
                })}
              </li>
            ))}
          </ul>
        ))}
      <button type="button" className="button-quiet" onClick={onClose}>
        {t('distribution.hideCodes')}
      </button>
    </section>
  );
}
