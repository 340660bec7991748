import { Fragment, useState } from 'react';
import { links, type LinkChanges, type SurveyLink } from '../../../api/distribution';
import { ConfirmDialog } from '../../../builder/toolbar/ConfirmDialog';
import { useI18n } from '../../../i18n/i18n';
import { EditLinkForm } from './EditLinkForm';
import { InvitationBatches } from './InvitationBatches';

type Open = { linkId: string; part: 'edit' | 'codes' } | null;

/** Every link with its status and count, and what can be done with it. */
export function LinksTable({ list, onChanged, tell }: { list: SurveyLink[]; onChanged: (link: SurveyLink) => void; tell: (message: string) => void }) {
  const { t, formatDateTime } = useI18n();
  const [open, setOpen] = useState<Open>(null);
  const [closing, setClosing] = useState<SurveyLink | null>(null);
  const [busy, setBusy] = useState(false);

  const change = async (link: SurveyLink, changes: LinkChanges, message: string) => {
    setBusy(true);
    try {
      onChanged(await links.update(link.id, changes));
      tell(message);
    } catch {
      tell(t('distribution.error.failed'));
    } finally {
      setBusy(false);
    }
  };

  const copy = async (link: SurveyLink) => {
    try {
      await navigator.clipboard.writeText(link.url);
      tell(t('distribution.copied', { label: link.label }));
    } catch {
      tell(t('distribution.copyFailed', { url: link.url }));
    }
  };

  const closeNow = async (link: SurveyLink) => {
    const now = new Date();
    // A link that has not opened yet closes too: it opens a moment before it closes.
    const changes: LinkChanges = { closesAt: now.toISOString() };
    if (new Date(link.opensAt) >= now) changes.opensAt = new Date(now.getTime() - 60_000).toISOString();
    await change(link, changes, t('distribution.closed', { label: link.label }));
    setClosing(null);
  };

  const toggle = (linkId: string, part: 'edit' | 'codes') => setOpen(open?.linkId === linkId && open.part === part ? null : { linkId, part });

  return (
    <>
      <table className="table links-table">
        <thead>
          <tr>
            <th scope="col">{t('distribution.col.link')}</th>
            <th scope="col">{t('distribution.col.status')}</th>
            <th scope="col" className="numeric">
              {t('distribution.col.responses')}
            </th>
            <th scope="col">{t('distribution.col.period')}</th>
            <th scope="col">{t('distribution.col.actions')}</th>
          </tr>
        </thead>
        <tbody>
          {list.map((link) => {
            const label = link.label;
            const ended = link.status === 'closed';
            return (
              <Fragment key={link.id}>
                <tr data-link={link.id}>
                  <th scope="row">
                    <span className="link-label">{label}</span>
                    <span className="link-kind">
                      {link.kind === 'study' ? t('distribution.kind.study') : t('distribution.kind.municipality', { code: link.municipalityCode ?? '' })}
                      {link.invitationOnly && ` · ${t('distribution.kind.invitation')}`}
                    </span>
                    <code className="link-url">{link.url}</code>
                  </th>
                  <td>
                    <span className={`link-status link-status-${link.status}`}>{t(`distribution.status.${link.status}`)}</span>
                  </td>
                  <td className="numeric">
                    {link.responseCap === null ? t('distribution.noCount') : t('distribution.countOfCap', { n: link.responsesCounted ?? 0, cap: link.responseCap })}
                  </td>
                  <td>{t('distribution.periodText', { from: formatDateTime(link.opensAt), to: formatDateTime(link.closesAt) })}</td>
                  <td>
                    <div className="link-actions">
                      <button type="button" className="button-secondary" aria-label={t('distribution.copyLabel', { label })} onClick={() => void copy(link)}>
                        {t('distribution.copy')}
                      </button>
                      {!ended &&
                        (link.paused ? (
                          <button type="button" className="button-secondary" disabled={busy} aria-label={t('distribution.resumeLabel', { label })} onClick={() => void change(link, { paused: false }, t('distribution.resumed', { label }))}>
                            {t('distribution.resume')}
                          </button>
                        ) : (
                          <button type="button" className="button-secondary" disabled={busy} aria-label={t('distribution.pauseLabel', { label })} onClick={() => void change(link, { paused: true }, t('distribution.paused', { label }))}>
                            {t('distribution.pause')}
                          </button>
                        ))}
                      {!ended && (
                        <button type="button" className="button-secondary" disabled={busy} aria-label={t('distribution.closeLabel', { label })} onClick={() => setClosing(link)}>
                          {t('distribution.close')}
                        </button>
                      )}
                      <button
                        type="button"
                        className="button-quiet"
                        aria-label={t('distribution.editLabel', { label })}
                        aria-expanded={open?.linkId === link.id && open.part === 'edit'}
                        onClick={() => toggle(link.id, 'edit')}
                      >
                        {t('distribution.edit')}
                      </button>
                      {link.invitationOnly && (
                        <button
                          type="button"
                          className="button-quiet"
                          aria-label={t('distribution.codesLabel', { label })}
                          aria-expanded={open?.linkId === link.id && open.part === 'codes'}
                          onClick={() => toggle(link.id, 'codes')}
                        >
                          {t('distribution.codes')}
                        </button>
                      )}
                      <span className="qr-downloads">
                        {t('distribution.qr')}:{' '}
                        <a href={links.qrCodeUrl(link.id, 'png')} download aria-label={t('distribution.qrPngLabel', { label })}>
                          {t('distribution.qrPng')}
                        </a>{' '}
                        <a href={links.qrCodeUrl(link.id, 'svg')} download aria-label={t('distribution.qrSvgLabel', { label })}>
                          {t('distribution.qrSvg')}
                        </a>
                      </span>
                    </div>
                  </td>
                </tr>
                {open?.linkId === link.id && (
                  <tr className="link-details-row">
                    <td colSpan={5}>
                      {open.part === 'edit' ? (
                        <EditLinkForm
                          link={link}
                          onCancel={() => setOpen(null)}
                          onSaved={(saved) => {
                            onChanged(saved);
                            setOpen(null);
                            tell(t('distribution.saved', { label: saved.label }));
                          }}
                        />
                      ) : (
                        <InvitationBatches link={link} onClose={() => setOpen(null)} />
                      )}
                    </td>
                  </tr>
                )}
              </Fragment>
            );
          })}
        </tbody>
      </table>
      <p className="hint">{t('distribution.countsHint')}</p>
      <ConfirmDialog
        open={closing !== null}
        title={t('distribution.closeLabel', { label: closing?.label ?? '' })}
        confirmLabel={t('distribution.close')}
        cancelLabel={t('common.cancel')}
        busy={busy}
        onConfirm={() => closing && void closeNow(closing)}
        onCancel={() => setClosing(null)}
      >
        <p>{t('distribution.closeConfirm', { label: closing?.label ?? '' })}</p>
      </ConfirmDialog>
    </>
  );
}
