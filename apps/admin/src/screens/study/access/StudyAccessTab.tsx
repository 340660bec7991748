import { useState } from 'react';
import { register, users } from '../../../api/endpoints';
import type { Municipality, Study, StudyAccess, User } from '../../../api/types';
import { LoadState } from '../../../components/LoadState';
import { Notice } from '../../../components/Notice';
import { useLoad } from '../../../components/useLoad';
import { useI18n } from '../../../i18n/i18n';
import { GrantForm } from './GrantForm';

interface AccessRow {
  user: User;
  grant: StudyAccess | undefined;
}

/**
 * Who may work with this study. The API lists grants per user, so the tab asks once per user;
 * admins see every study and need no grant.
 */
async function loadRows(studyId: string): Promise<AccessRow[]> {
  const everyone = await users.list();
  return Promise.all(
    everyone.map(async (user) => ({
      user,
      grant: user.role === 'admin' ? undefined : (await users.studyAccess(user.id)).find((grant) => grant.studyId === studyId),
    })),
  );
}

export function StudyAccessTab({ study }: { study: Study }) {
  const { t } = useI18n();
  const rows = useLoad(() => loadRows(study.id), [study.id]);
  const municipalities = useLoad(() => register.municipalities(), []);
  const [editing, setEditing] = useState<string>();
  const [message, setMessage] = useState<{ tone: 'success' | 'error'; text: string }>();

  const nameOf = (code: string) => municipalities.data?.find((m: Municipality) => m.code === code)?.name ?? code;
  const describe = (row: AccessRow) => {
    if (row.user.role === 'admin') return t('access.admin');
    if (!row.grant) return t('access.none');
    return row.grant.municipalityCode ? t('access.onlyMunicipality', { name: nameOf(row.grant.municipalityCode) }) : t('access.wholeStudy');
  };
  const revoke = async (row: AccessRow) => {
    try {
      await users.revoke(row.user.id, study.id);
      setMessage({ tone: 'success', text: t('access.revoked', { name: row.user.displayName }) });
      rows.reload();
    } catch {
      setMessage({ tone: 'error', text: t('access.failed') });
    }
  };

  return (
    <section aria-labelledby="access-title">
      <h2 id="access-title">{t('study.tab.access')}</h2>
      <p className="lead">{t('access.intro')}</p>
      {message && <Notice tone={message.tone}>{message.text}</Notice>}
      <LoadState loaded={rows} />
      {rows.data && (
        <table className="table">
          <caption className="sr-only">{t('access.caption', { study: study.name })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('users.name')}</th>
              <th scope="col">{t('users.role')}</th>
              <th scope="col">{t('access.access')}</th>
              <th scope="col">
                <span className="sr-only">{t('common.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.data.map((row) => (
              <tr key={row.user.id}>
                <th scope="row">
                  {row.user.displayName}
                  <span className="muted block">{row.user.email}</span>
                </th>
                <td>{t(`role.${row.user.role}`)}</td>
                <td>{describe(row)}</td>
                <td className="actions">
                  {row.user.role !== 'admin' && editing !== row.user.id && (
                    <>
                      <button type="button" className="button-secondary" onClick={() => (setEditing(row.user.id), setMessage(undefined))}>
                        {row.grant ? t('access.change') : t('access.grant')}
                        <span className="sr-only"> {row.user.displayName}</span>
                      </button>
                      {row.grant && (
                        <button type="button" className="button-quiet" onClick={() => revoke(row)}>
                          {t('access.revoke')}
                          <span className="sr-only"> {row.user.displayName}</span>
                        </button>
                      )}
                    </>
                  )}
                  {editing === row.user.id && (
                    <GrantForm
                      user={row.user}
                      studyId={study.id}
                      current={row.grant}
                      onCancel={() => setEditing(undefined)}
                      onGranted={() => {
                        setEditing(undefined);
                        setMessage({ tone: 'success', text: t('access.granted', { name: row.user.displayName }) });
                        rows.reload();
                      }}
                    />
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
