/** Who is logged in. The session cookie is httpOnly; the CSRF token is kept in memory only. */
import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import { setCsrfToken, whenSessionLost } from '../api/client';
import { auth } from '../api/endpoints';
import type { SessionResponse, SessionUser } from '../api/types';

type SessionState = { status: 'loading' } | { status: 'signedOut'; expired: boolean } | { status: 'signedIn'; user: SessionUser };

interface Session {
  state: SessionState;
  login: (email: string, password: string) => Promise<void>;
  logout: () => Promise<void>;
}

const SessionContext = createContext<Session | undefined>(undefined);

export function SessionProvider({ children }: { children: ReactNode }) {
  const [state, setState] = useState<SessionState>({ status: 'loading' });

  const signIn = useCallback((session: SessionResponse) => {
    setCsrfToken(session.csrfToken);
    setState({ status: 'signedIn', user: session.user });
  }, []);

  useEffect(() => {
    whenSessionLost(() => {
      setCsrfToken(undefined);
      setState({ status: 'signedOut', expired: true });
    });
    auth.me().then(signIn, () => setState({ status: 'signedOut', expired: false }));
  }, [signIn]);

  const value = useMemo<Session>(
    () => ({
      state,
      login: async (email, password) => signIn(await auth.login(email, password)),
      logout: async () => {
        await auth.logout().catch(() => undefined);
        setCsrfToken(undefined);
        setState({ status: 'signedOut', expired: false });
      },
    }),
    [state, signIn],
  );
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): Session {
  const context = useContext(SessionContext);
  if (!context) throw new Error('useSession outside SessionProvider');
  return context;
}

/** The logged-in user; only for screens shown after login. */
export function useUser(): SessionUser {
  const { state } = useSession();
  if (state.status !== 'signedIn') throw new Error('useUser without a logged-in user');
  return state.user;
}

export function canDesign(user: SessionUser): boolean {
  return user.role === 'admin' || user.role === 'designer';
}
