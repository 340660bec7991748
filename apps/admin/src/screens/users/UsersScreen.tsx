import { useState } from 'react';
import { users } from '../../api/endpoints';
import type { User } from '../../api/types';
import { useUser } from '../../app/session';
import { LoadState } from '../../components/LoadState';
import { Notice } from '../../components/Notice';
import { PageHeading } from '../../components/PageHeading';
import { useLoad } from '../../components/useLoad';
import { useI18n } from '../../i18n/i18n';
import { CreateUserForm } from './CreateUserForm';

export function UsersScreen() {
  const { t, formatDate } = useI18n();
  const me = useUser();
  const list = useLoad(() => users.list(), []);
  const [message, setMessage] = useState<{ tone: 'success' | 'error'; text: string }>();

  const toggle = async (user: User) => {
    try {
      const changed = user.disabledAt ? await users.enable(user.id) : await users.disable(user.id);
      list.setData((list.data ?? []).map((u) => (u.id === changed.id ? changed : u)));
      setMessage({ tone: 'success', text: t(changed.disabledAt ? 'users.disabled' : 'users.enabled', { name: changed.displayName }) });
    } catch {
      setMessage({ tone: 'error', text: t('users.changeFailed') });
    }
  };

  return (
    <div className="page">
      <PageHeading title={t('users.title')} />
      <p className="lead">{t('users.intro')}</p>
      {message && <Notice tone={message.tone}>{message.text}</Notice>}
      <LoadState loaded={list} />
      {list.data && (
        <table className="table">
          <caption className="sr-only">{t('users.title')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('users.name')}</th>
              <th scope="col">{t('users.role')}</th>
              <th scope="col">{t('users.status')}</th>
              <th scope="col">{t('users.created')}</th>
              <th scope="col">
                <span className="sr-only">{t('common.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {list.data.map((user) => (
              <tr key={user.id} className={user.disabledAt ? 'row-disabled' : undefined}>
                <th scope="row">
                  {user.displayName}
                  <span className="muted block">{user.email}</span>
                </th>
                <td>{t(`role.${user.role}`)}</td>
                <td>{user.disabledAt ? t('users.statusDisabled', { date: formatDate(user.disabledAt) }) : t('users.statusActive')}</td>
                <td>{formatDate(user.createdAt)}</td>
                <td className="actions">
                  {user.id !== me.id && (
                    <button type="button" className="button-secondary" onClick={() => toggle(user)}>
                      {user.disabledAt ? t('users.enable') : t('users.disable')}
                      <span className="sr-only"> {user.displayName}</span>
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <CreateUserForm
        onCreated={(user) => {
          list.setData([...(list.data ?? []), user].sort((a, b) => a.email.localeCompare(b.email)));
          setMessage({ tone: 'success', text: t('users.createdMessage', { name: user.displayName }) });
        }}
      />
    </div>
  );
}
