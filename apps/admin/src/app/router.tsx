/**
 * History routing by hand: a handful of screens need no router library. The API serves
 * index.html for every path that is not /api, /s or /health, so deep links and reloads work.
 */
import { type AnchorHTMLAttributes, type MouseEvent, useEffect, useSyncExternalStore } from 'react';

export type StudyTab = 'questionnaires' | 'settings' | 'access' | 'distribution' | 'monitor' | 'results' | 'exports';

export type Route =
  | { name: 'login' }
  | { name: 'studies' }
  | { name: 'study'; studyId: string; tab: StudyTab }
  | { name: 'users' }
  | { name: 'questionnaire'; questionnaireId: string }
  | { name: 'version'; versionId: string }
  | { name: 'notFound' };

const ID = '([0-9a-fA-F-]{36})';
const PATTERNS: Array<[RegExp, (match: RegExpMatchArray) => Route]> = [
  [/^\/$/, () => ({ name: 'studies' })],
  [/^\/login$/, () => ({ name: 'login' })],
  [/^\/users$/, () => ({ name: 'users' })],
  [new RegExp(`^/studies/${ID}$`), (m) => ({ name: 'study', studyId: m[1], tab: 'questionnaires' })],
  [new RegExp(`^/studies/${ID}/(settings|access|distribution|monitor|results|exports)$`), (m) => ({ name: 'study', studyId: m[1], tab: m[2] as StudyTab })],
  [new RegExp(`^/questionnaires/${ID}$`), (m) => ({ name: 'questionnaire', questionnaireId: m[1] })],
  [new RegExp(`^/versions/${ID}$`), (m) => ({ name: 'version', versionId: m[1] })],
];

export function parseRoute(pathname: string): Route {
  const path = pathname.length > 1 ? pathname.replace(/\/+$/, '') : pathname;
  for (const [pattern, toRoute] of PATTERNS) {
    const match = path.match(pattern);
    if (match) return toRoute(match);
  }
  return { name: 'notFound' };
}

export const paths = {
  studies: () => '/',
  study: (id: string, tab: StudyTab = 'questionnaires') => (tab === 'questionnaires' ? `/studies/${id}` : `/studies/${id}/${tab}`),
  users: () => '/users',
  questionnaire: (id: string) => `/questionnaires/${id}`,
  version: (id: string) => `/versions/${id}`,
};

const CHANGE = 'stemme:navigate';
let navigatedInApp = false;

export function navigate(to: string, options: { replace?: boolean } = {}): void {
  if (to === location.pathname) return;
  navigatedInApp = true;
  if (options.replace) history.replaceState(null, '', to);
  else history.pushState(null, '', to);
  window.dispatchEvent(new Event(CHANGE));
}

/** Whether the user has moved between screens, so a new screen should take the focus. */
export function hasNavigatedInApp(): boolean {
  return navigatedInApp;
}

function subscribe(onChange: () => void): () => void {
  const onPop = () => {
    navigatedInApp = true;
    onChange();
  };
  window.addEventListener('popstate', onPop);
  window.addEventListener(CHANGE, onChange);
  return () => {
    window.removeEventListener('popstate', onPop);
    window.removeEventListener(CHANGE, onChange);
  };
}

export function usePathname(): string {
  return useSyncExternalStore(subscribe, () => location.pathname);
}

/** A plain link that moves within the app without reloading; modified clicks open tabs as usual. */
export function Link({ to, onClick, ...rest }: AnchorHTMLAttributes<HTMLAnchorElement> & { to: string }) {
  const follow = (event: MouseEvent<HTMLAnchorElement>) => {
    onClick?.(event);
    if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    navigate(to);
  };
  return <a href={to} onClick={follow} {...rest} />;
}

/** Replaces the address, e.g. from a screen that only picks where to go. */
export function Redirect({ to }: { to: string }) {
  useEffect(() => navigate(to, { replace: true }), [to]);
  return null;
}
